package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code attune annotate} in-process, headless (cli tests run with java.awt.headless=true). */
class AnnotateCommandTest {

    @Test
    void withoutADisplayItSaysSoAndFails() {
        CliRun r = CliRun.of("annotate", "../samples/demo-session.eaf");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("annotate needs a display").contains("xvfb-run");
    }

    @Test
    void aMissingFileIsNamedBeforeAnythingElse() {
        CliRun r = CliRun.of("annotate", "no-such-session.eaf");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no-such-session.eaf: no such file");
    }

    @Test
    void isListedAmongTheCommands() {
        assertThat(CliRun.of("--help").out()).contains("annotate");
    }
}
