package org.attune.elan.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Report report = new Report(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private String[] lines() {
        return bytes.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void progressStaysBelowOneAndNeverGoesBack() {
        report.progress(0.4, "reading");
        report.progress(0.2, "still\nreading");
        report.progress(1.0, "writing");
        report.done();

        assertThat(lines()).containsExactly("PROGRESS: 0.40 reading", "PROGRESS: 0.40 still reading",
                "PROGRESS: 0.99 writing", "RESULT: DONE.");
    }

    @Test
    void aFailureSaysWhyOnTheLineBeforeTheResult() {
        report.failed("no ruptures tier\nchoose one");

        assertThat(lines()).containsExactly("ERROR: no ruptures tier", "  choose one", "RESULT: FAILED.");
    }

    @Test
    void anInfoLineNeverReadsAsAProtocolLine() {
        report.info("RESULT: DONE. is what ELAN waits for");

        assertThat(lines()).containsExactly("  RESULT: DONE. is what ELAN waits for");
    }
}
