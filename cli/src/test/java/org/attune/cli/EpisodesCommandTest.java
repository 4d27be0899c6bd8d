package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpisodesCommandTest {

    @TempDir
    Path dir;

    @Test
    void storedEpisodesAreCrossLinksThatLaterRunsRead() throws Exception {
        Path copy = dir.resolve("s.eaf");
        Files.copy(Samples.demoSession(), copy);
        CliRun stored = CliRun.of("episodes", copy.toString(), "--store");
        assertThat(stored.exitCode()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("coder A: 6 ruptures, 4 resolved");
        String xml = Files.readString(copy);
        assertThat(xml).contains("<REF_LINK_SET LINK_SET_ID=\"attune-episodes-A\"")
                .contains("DIRECTIONALITY=\"unidirectional\"").contains("REF_TYPE=\"attune:episode\"");
        assertThat(CliRun.of("validate", copy.toString()).exitCode()).isZero();
        CliRun again = CliRun.of("episodes", copy.toString(), "--window", "1s");
        // the stored links decide the pairing, not the (tiny) window
        assertThat(again.out()).contains("coder A: 6 ruptures, 4 resolved (stored links)");
    }
}
