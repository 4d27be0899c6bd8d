package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentsCommandTest {

    @TempDir
    Path dir;

    @Test
    void csvSheetHasOneRowPerSegmentAndEveryCodeOfTheScheme() throws Exception {
        Path sheet = dir.resolve("sheet.csv");
        CliRun r = CliRun.of("segments", Samples.demoSession().toString(), "--segment", "5m", "-o", sheet.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] lines = Files.readString(sheet).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("segment,start,end,W1,W2,W3,W4,W5,W6,W7,C1,C2,C3,C4,C5,C6,C7,R1,R2,")
                .endsWith(",R10,withdrawal_significance,confrontation_significance,resolution_rating");
        // segment 1: W2 x2, W4, C3 x2, C5; significance 3 and 4
        assertThat(lines[1]).startsWith("1,0:00,5:00,0,2,0,1,0,0,0,0,0,2,0,1,0,0,").endsWith(",3,4,");
        assertThat(lines[2]).startsWith("2,5:00,7:08,").endsWith(",,,");
    }

    @Test
    void tableShowsMarkersStrategiesAndGlobals() {
        CliRun r = CliRun.of("segments", Samples.dir().resolve("demo-two-coders.eaf").toString(), "--coder", "B");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("coder B, segments of 5:00")
                .containsPattern("1\\s+0:00-5:00\\s+C1 C3 C5 W2 W4\\s+R2 R3 R4 R5x2 R7\\s+2\\s+5")
                .contains("Session: withdrawal significance 2, confrontation significance 5, resolution rating -");
    }

    @Test
    void anUnknownCoderIsNamed() {
        CliRun r = CliRun.of("segments", Samples.demoSession().toString(), "--coder", "Z");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no coder 'Z'; coders: A");
    }

    @Test
    void anEditedSheetIsTheCodersRatings() throws Exception {
        Path sheet = dir.resolve("sheet.csv");
        CliRun.of("segments", Samples.demoSession().toString(), "-o", sheet.toString());
        Files.writeString(sheet, Files.readString(sheet).replace(",3,4,\n", ",3,4,2\n"));
        Path again = dir.resolve("again.csv");
        CliRun r = CliRun.of("segments", Samples.demoSession().toString(), "--ratings", sheet.toString(),
                "-o", again.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(again).split("\n")[1]).endsWith(",3,4,2");
    }
}
