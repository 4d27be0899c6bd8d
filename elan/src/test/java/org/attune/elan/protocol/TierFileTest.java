package org.attune.elan.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TierFileTest {
    @TempDir
    Path tmp;

    @Test
    void readsValuesElanWritesWithoutEscapingLiterally() throws Exception {
        String elan = """
                <?xml version="1.0" encoding="UTF-8"?>
                <TIER xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="file:avatech-tier.xsd" columns="Patient">
                \t<span start="1.250" end="3.5"><v>Fine <sigh></v></span>
                \t<span start="4.000" end="4.000"><v>Tom & Jerry &amp; co</v></span>
                \t<span start="10.001" end="12.999"><v></v></span>
                \t<span start="13.000" end="14.000"><v>  C2  </v></span>
                </TIER>
                """;
        List<Span> spans = TierFile.parse(elan, "t.xml", "the tier");

        assertThat(spans).containsExactly(new Span(1250, 3500, "Fine <sigh>", 3), new Span(4000, 4000,
                "Tom & Jerry &amp; co", 4), new Span(10001, 12999, "", 5), new Span(13000, 14000, "C2", 6));
    }

    @Test
    void aTimeWithoutDecimalPointIsMilliseconds() throws Exception {
        assertThat(TierFile.parse("<TIERS><TIER columns=\"a\"><span start=\"1500\" end=\"2000\"><v>x</v></span>"
                + "</TIER></TIERS>", "t", "the tier")).containsExactly(new Span(1500, 2000, "x", 1));
    }

    @Test
    void aMalformedTimeIsReportedWithFileLineAndColumn() {
        assertThatThrownBy(() -> TierFile.parse("<TIER columns=\"a\">\n  <span start=\"1.0\" end=\"soon\"><v>x</v>"
                + "</span>\n</TIER>", "r.xml", "the ruptures tier"))
                .isInstanceOf(RecognizerException.class)
                .hasMessage("r.xml:2:3: the span's end time 'soon' is not a time in seconds");
        assertThatThrownBy(() -> TierFile.parse("<TIER columns=\"a\">\n<span end=\"1.0\"><v>x</v></span></TIER>",
                "r.xml", "the ruptures tier")).hasMessage("r.xml:2:1: the span has no start time");
        assertThatThrownBy(() -> TierFile.parse("<TIER columns=\"a\"><span start=\"2.0\" end=\"1.0\"><v>x</v>"
                + "</span></TIER>", "r.xml", "t")).hasMessage("r.xml:1:19: the span ends (1000 ms) before it "
                + "starts (2000 ms)");
    }

    @Test
    void aFileThatIsNoTierFileOrIsMissingIsNamed() throws Exception {
        Path eaf = Files.writeString(tmp.resolve("s.eaf"), "<ANNOTATION_DOCUMENT/>");
        assertThatThrownBy(() -> TierFile.read(eaf, "the ruptures tier")).isInstanceOf(RecognizerException.class)
                .hasMessage(eaf + ":1:1: the ruptures tier is not an ELAN tier file (no <TIER> element)");
        assertThatThrownBy(() -> TierFile.read(tmp.resolve("gone.xml"), "the ruptures tier"))
                .hasMessage("cannot read the ruptures tier: " + tmp.resolve("gone.xml") + ": no such file");
    }

    @Test
    void anEmptyTierHasNoSpans() throws Exception {
        assertThat(TierFile.parse("<TIER columns=\"a\">\n</TIER>\n", "t", "t")).isEmpty();
    }
}
