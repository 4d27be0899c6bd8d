package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineBasicsTest {

    @Test
    void versionNamesAttuneAndJava() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("attune ").contains("Java ");
    }

    @Test
    void helpListsEveryCommand() {
        CliRun r = CliRun.of("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("validate", "convert", "info", "schemes");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"validate", "convert", "info", "schemes"}) {
            CliRun r = CliRun.of(command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: attune " + command);
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() {
        CliRun r = CliRun.of("validate", "--frobnicate", "x.eaf");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void aMissingFileIsOneLineWithoutDebugAndAStackTraceWithIt() {
        CliRun plain = CliRun.of("info", "/no/such/session.eaf");
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err().strip()).isEqualTo("attune: /no/such/session.eaf: no such file");

        CliRun debug = CliRun.of("--debug", "info", "/no/such/session.eaf");
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).contains("attune: /no/such/session.eaf: no such file")
                .contains("java.nio.file.NoSuchFileException").contains("\tat ");
    }
}
