package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.testing.Interop;
import org.junit.jupiter.api.Test;

class TextGridImportTest {

    static final String SHORT = "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n0\n3\n<exists>\n2\n"
            + "\"IntervalTier\"\n\"words\"\n0\n3\n3\n0\n1\n\"\"\n1\n2.5\n\"say \"\"hi\"\"\nagain\"\n2.5\n3\n\"  \"\n"
            + "\"TextTier\"\n\"events\"\n0\n3\n2\n0.5\n\"click\"\n2\n\"\"\n";

    @Test
    void intervalTiersBecomeTiersAndEmptyIntervalsAreDropped() throws Exception {
        AnnotationDocument doc = Formats.parse(SHORT, Format.TEXTGRID, "g.TextGrid").document();
        assertThat(Described.tier(doc, "words").items()).containsExactly(
                new Described.Item(1000, 2500, false, "say \"hi\"\nagain"));
        Eaf.toBytes(doc);
    }

    @Test
    void pointTiersBecomeZeroLengthAnnotationsOfThePointType() throws Exception {
        AnnotationDocument doc = Formats.parse(SHORT, Format.TEXTGRID, "g.TextGrid").document();
        Described events = Described.tier(doc, "events");
        assertThat(events.type()).isEqualTo("attune-point");
        assertThat(events.items()).containsExactly(new Described.Item(500, 500, false, "click"));
    }

    @Test
    void theLongAndShortTextFormatsOfOneGridGiveTheSameDocument() throws Exception {
        Path dir = Interop.require().resolve("textgrid");
        AnnotationDocument longFormat = Formats.read(dir.resolve("mfa_michaelandsickmichael.TextGrid")).document();
        AnnotationDocument shortFormat = Formats.read(dir.resolve("mfa_michaelandsickmichael_short_tg.TextGrid"))
                .document();
        assertThat(Described.of(shortFormat)).isEqualTo(Described.of(longFormat));
        Described michael = Described.tier(longFormat, "michael");
        assertThat(michael.items()).hasSize(3);
        assertThat(michael.items().get(0)).isEqualTo(new Described.Item(1059, 7541, false,
                "this is the acoustic corpus i'm talking pretty fast here there's nothing going else going on we're"
                        + " just yknow there's some speech errors but who\ncares"));
    }

    @Test
    void aSecondTierOfTheSameNameGetsANameOfItsOwn() throws Exception {
        String twice = SHORT.replace("\"events\"", "\"words\"");
        Imported imported = Formats.parse(twice, Format.TEXTGRID, "g.TextGrid");
        assertThat(Described.of(imported.document())).extracting(Described::tier).containsExactly("words",
                "words (2)");
        assertThat(imported.warnings()).extracting(Object::toString).containsExactly(
                "g.TextGrid:24:1: warning: a second tier named \"words\"; imported as \"words (2)\"");
    }

    @Test
    void aFileThatIsNotATextGridIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> Formats.parse("File type = \"ooTextFile\"\nObject class = \"Sound\"\n",
                Format.TEXTGRID, "s.TextGrid")).isInstanceOf(FormatException.class)
                .hasMessage("s.TextGrid:2:16: a Praat Sound, not a TextGrid");
        assertThatThrownBy(() -> Formats.parse(SHORT.substring(0, 90), Format.TEXTGRID, "cut.TextGrid"))
                .isInstanceOf(FormatException.class).hasMessageContaining("cut.TextGrid:")
                .hasMessageContaining("found the end of the file");
    }
}
