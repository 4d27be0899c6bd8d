package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void tableReportOfOneSession() {
        CliRun r = CliRun.of("report", Samples.demoSession().toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("demo-session: 7:08, 1 coder")
                .containsPattern("category\\s+confrontation\\s+3\\s+25\\.2")
                .containsPattern("code\\s+W2\\s+Minimal response\\s+2\\s+16\\.8")
                .containsPattern("C3\\s+1:07\\s+3\\s+R5 R2\\s+15\\.5 s")
                .contains("resolution rate: 4 of 6 ruptures = 0.667");
    }

    @Test
    void csvReportHasCountsRatesAndEpisodeRows() {
        CliRun r = CliRun.of("report", Samples.demoSession().toString(), "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("session,coder,kind,key,label,count,per_hour,value\n")
                .contains("demo-session,A,category,withdrawal,,3,25.2,\n")
                .contains("demo-session,A,code,C3,Complaints/concerns about the activities of therapy,2,16.8,\n")
                .contains("demo-session,A,episodes,resolution_rate,,,,0.667\n")
                .contains("demo-session,A,episodes,mean_seconds_to_resolution,,,,16.6\n");
    }

    @Test
    void htmlReportOfACorpusIsWrittenToOneFile() throws Exception {
        Path out = dir.resolve("report.html");
        CliRun r = CliRun.of("report", Samples.dir().toString(), "--format", "html", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo("wrote " + out + " (html report of 2 sessions)");
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Corpus: 2 sessions")
                .contains("<h2>demo-session</h2>").contains("<h2>demo-two-coders</h2>");
        assertThat(html).contains("<svg").doesNotContain("<script");
    }

    @Test
    void theEpisodeWindowIsAnOption() {
        CliRun r = CliRun.of("report", Samples.demoSession().toString(), "--window", "10s");
        assertThat(r.out()).contains("episodes (window 0:10)").contains("resolution rate: 0 of 6 ruptures = 0.000");
        CliRun bad = CliRun.of("report", Samples.demoSession().toString(), "--window", "soon");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'soon' is not a duration");
    }

    @Test
    void aFolderWithoutSessionsIsReported() {
        CliRun r = CliRun.of("report", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("attune: " + dir + ": no .eaf files in this folder\n");
    }
}
