package org.attune.elan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.elan.extension.ExtensionFolder;
import org.attune.elan.recognizers.Recognizers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a run can fail ends with a line saying why and then {@code RESULT: FAILED.}, and writes no output. */
class FailuresTest {
    @TempDir
    Path tmp;
    private Map<String, ElanHost.Discovered> recognizers;
    private Path out;

    @BeforeEach
    void discover() throws Exception {
        ExtensionFolder.write(tmp.resolve("extensions"), Recognizers.all(), java.io.InputStream::nullInputStream);
        recognizers = new HashMap<>();
        for (ElanHost.Discovered d : ElanHost.discover(tmp.resolve("extensions"))) {
            recognizers.put(d.name(), d);
        }
        out = tmp.resolve("out.xml");
    }

    private ElanHost.Run run(String name, Map<String, Object> values) {
        ElanHost.Discovered d = recognizers.get(name);
        return ElanHost.runInProcess(d, ElanHost.paramDocument(d, values));
    }

    private String failure(ElanHost.Run run) {
        assertThat(run.last()).as(String.join("\n", run.lines())).isEqualTo("RESULT: FAILED.");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(out).doesNotExist();
        List<String> errors = run.lines().stream().filter(l -> l.startsWith("ERROR: ")).toList();
        assertThat(errors).hasSize(1);
        return errors.get(0).substring("ERROR: ".length());
    }

    private Path tier(String name, String... spans) throws Exception {
        StringBuilder sb = new StringBuilder("<TIER columns=\"x\">\n");
        for (String s : spans) {
            sb.append('\t').append(s).append('\n');
        }
        return Files.writeString(tmp.resolve(name), sb.append("</TIER>\n").toString());
    }

    @Test
    void aMissingTierIsNamed() {
        assertThat(failure(run("Attune 3RS segments", Map.of("segments", out))))
                .isEqualTo("no tier was chosen for 'ruptures': choose the ruptures tier in ELAN's recognizer panel");
    }

    @Test
    void aNumberOutsideItsRangeIsNamed() throws Exception {
        Path r = tier("r.xml", "<span start=\"1.000\" end=\"2.000\"><v>C2</v></span>");
        assertThat(failure(run("Attune 3RS segments", Map.of("ruptures", r, "segment_minutes", 0, "segments", out))))
                .isEqualTo("parameter segment_minutes: 0 is outside 0.5 to 60");
        assertThat(failure(run("Attune episodes", Map.of("ruptures", r, "window_seconds", -3, "episodes", out))))
                .isEqualTo("parameter window_seconds: -3 is outside 1 to 3600");
    }

    @Test
    void aNumberThatIsNoNumberIsNamed() throws Exception {
        Path r = tier("r.xml", "<span start=\"1.000\" end=\"2.000\"><v>C2</v></span>");
        String doc = ElanHost.paramDocument(recognizers.get("Attune 3RS segments"), Map.of("ruptures", r,
                "segments", out)).replace("<param name=\"segment_minutes\">5.0<", "<param name=\"segment_minutes\">5 min<");
        ElanHost.Run run = ElanHost.runInProcess(recognizers.get("Attune 3RS segments"), doc);
        assertThat(failure(run)).isEqualTo("parameter segment_minutes: '5 min' is not a number");
    }

    @Test
    void anUnreadableTierFileIsNamed() {
        Path gone = tmp.resolve("gone.xml");
        assertThat(failure(run("Attune episodes", Map.of("ruptures", gone, "episodes", out))))
                .isEqualTo("cannot read the ruptures tier: " + gone + ": no such file");
    }

    @Test
    void aMalformedSpanIsNamedWithFileLineAndColumn() throws Exception {
        Path r = tier("r.xml", "<span start=\"1.000\" end=\"2.000\"><v>C2</v></span>",
                "<span start=\"oops\" end=\"2.000\"><v>C3</v></span>");
        assertThat(failure(run("Attune 3RS segments", Map.of("ruptures", r, "segments", out))))
                .isEqualTo(r + ":3:2: the span's start time 'oops' is not a time in seconds");
    }

    @Test
    void tiersWithoutAnyCodeAreRefusedWithAHint() throws Exception {
        Path r = tier("r.xml", "<span start=\"1.000\" end=\"2.000\"><v>Fine <sigh></v></span>",
                "<span start=\"3.000\" end=\"4.000\"><v>yeah & no</v></span>");
        ElanHost.Run run = run("Attune episodes", Map.of("ruptures", r, "episodes", out));
        assertThat(failure(run)).startsWith("none of the 2 annotations of the chosen tiers names a 3RS rupture marker");
        assertThat(run.lines()).anyMatch(l -> l.contains("'Fine <sigh>' (line 2), 'yeah & no' (line 3)"));
    }

    @Test
    void anUnknownSchemeIsNamedWithTheKnownOnes() throws Exception {
        Path r = tier("r.xml", "<span start=\"1.000\" end=\"2.000\"><v>C2</v></span>");
        assertThat(failure(run("Attune 3RS segments", Map.of("ruptures", r, "scheme", "4rs", "segments", out))))
                .startsWith("parameter scheme: no coding scheme '4rs'; known: 3rs@2015");
    }

    @Test
    void aQuerySyntaxErrorIsReportedWithLineAndColumn() throws Exception {
        Path eaf = Files.writeString(tmp.resolve("s.eaf"), "<ANNOTATION_DOCUMENT/>");
        ElanHost.Run run = run("Attune query", Map.of("document", eaf, "query", "3rs:C2 -> R3 60s", "hits", out));
        assertThat(failure(run)).isEqualTo("query:1:14: expected 'within' or end of query, found '60s'");
        assertThat(run.lines()).contains("  3rs:C2 -> R3 60s");
    }

    @Test
    void aDocumentThatIsNoEafIsReportedWithLineAndColumn() throws Exception {
        Path eaf = Files.writeString(tmp.resolve("s.eaf"), "<ANNOTATION_DOCUMENT>\n<TIER TIER_ID=\"a\">\n");
        String reason = failure(run("Attune query", Map.of("document", eaf, "query", "C2", "hits", out)));
        assertThat(reason).startsWith("cannot read the document: " + eaf + ":");
        assertThat(reason).matches(".*s\\.eaf:\\d+:\\d+: .*");
    }

    @Test
    void aMissingDocumentOrQueryIsNamed() throws Exception {
        assertThat(failure(run("Attune query", Map.of("query", "C2", "hits", out))))
                .startsWith("no document: choose the session's saved .eaf file");
        assertThat(failure(run("Attune query", Map.of("document", tmp.resolve("gone.eaf"), "query", "C2",
                "hits", out)))).isEqualTo("cannot read the document: " + tmp.resolve("gone.eaf") + ": no such file");
    }

    @Test
    void anOutputThatCannotBeWrittenIsNamed() throws Exception {
        Path r = tier("r.xml", "<span start=\"1.000\" end=\"2.000\"><v>C2</v></span>");
        Path folder = Files.createDirectories(tmp.resolve("a-folder.xml"));
        ElanHost.Run run = run("Attune 3RS segments", Map.of("ruptures", r, "segments", folder));
        assertThat(run.last()).isEqualTo("RESULT: FAILED.");
        assertThat(run.lines()).anyMatch(l -> l.startsWith("ERROR: cannot write the output: "));
    }

    @Test
    void anUnknownRecognizerOrNoParametersEndInFailure() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = RecognizerMain.run(new String[] {"attune-nothing"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("ERROR: no Attune recognizer 'attune-nothing'")
                .endsWith("RESULT: FAILED.\n");

        bytes.reset();
        exit = RecognizerMain.run(new String[] {"attune-segments"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("ERROR: no parameters on standard input")
                .endsWith("RESULT: FAILED.\n");
    }
}
