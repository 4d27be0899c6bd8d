package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {

    @TempDir
    Path dir;

    @Test
    void summarisesParticipantsTiersVocabulariesAndCodingsOfTheSample() {
        CliRun r = CliRun.of("info", Samples.demoSession().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .containsPattern("T\\s+therapist\\s+18 utterances")
                .containsPattern("P\\s+patient\\s+17 utterances")
                .contains("3RS rupture (coder A)", "3RS rupture rating (coder A)", "Symbolic_Association")
                .contains("3rs-2015-rupture", "14 entries")
                .contains("Codings (14 by 1 coder)")
                .containsPattern("C5 \\(confrontation\\)\\s+1")
                .containsPattern("W2 \\(withdrawal\\)\\s+2");
    }

    @Test
    void aBrokenFileGivesItsPositionAndExitsOne() throws Exception {
        Path bad = dir.resolve("bad.eaf");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>\n<TIER>\n</ANNOTATION_DOCUMENT>\n");
        CliRun r = CliRun.of("info", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith(bad + ":3:1: malformed XML: <TIER> is not closed");
    }
}
