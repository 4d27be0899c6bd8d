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
    void aCallOfOneCommandBuildsThatCommandOnlyAndHelpBuildsThemAll() {
        java.io.PrintWriter w = new java.io.PrintWriter(new java.io.StringWriter());
        assertThat(AttuneCommand.commandLine(w, w, new String[] {"--debug", "info", "x.eaf"}).getSubcommands().keySet())
                .containsExactly("info");
        int all = AttuneCommand.COMMANDS.size();
        assertThat(AttuneCommand.commandLine(w, w, new String[] {"--help"}).getSubcommands()).hasSize(all);
        assertThat(AttuneCommand.commandLine(w, w, new String[] {"help", "info"}).getSubcommands()).hasSize(all);
        assertThat(AttuneCommand.commandLine(w, w, new String[] {"reprot"}).getSubcommands()).hasSize(all);
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestCommandAndExitCode2() {
        CliRun r = CliRun.of("reprot", "x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly("attune: unknown command 'reprot'; did you mean report?",
                "Run 'attune --help' for the commands.");
    }

    @Test
    void aMistypedSubCommandNamesItsParent() {
        CliRun r = CliRun.of("schemes", "shwo");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("attune schemes: unknown command 'shwo'; did you mean show?");
    }

    @Test
    void everyCommandsSummaryInTheTopLevelHelpIsWhole() {
        CliRun r = CliRun.of("--help");
        // picocli shows the first line of each description: none may end mid-sentence ("..., e.g.")
        assertThat(r.out().lines().filter(l -> l.strip().endsWith("e.g."))).isEmpty();
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
