package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequentialCommandTest {

    @TempDir
    Path dir;

    @Test
    void confrontationFollowedByResolutionAtLagOnePerSessionAndPooled() {
        CliRun r = CliRun.of("sequential", Samples.dir().toString(), "--given", "confrontation", "--target",
                "resolution", "--lag", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // demo session, coder A, by category: W W W R R C R R C R C R R R: C -> R three times out of three;
        // 13 transitions, R total as target = 8 (R after W, R, C); expected 3 * 8 / 13
        assertThat(r.out()).contains("confrontation -> resolution, lag 1, by category")
                .containsPattern("demo-session\\s+confrontation\\s+resolution\\s+3\\s+3\\s+1\\.000\\s+1\\.846")
                .containsPattern("\\(pooled\\)\\s+confrontation\\s+resolution\\s+6\\s+6\\s+1\\.000")
                .contains("Yule's Q");
    }

    @Test
    void exportsSdisAndTidyCsv() throws Exception {
        Path sdis = dir.resolve("demo.sds");
        Path tidy = dir.resolve("codings.csv");
        CliRun r = CliRun.of("sequential", Samples.demoSession().toString(), "--sdis", sdis.toString(),
                "--tidy", tidy.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(sdis)).contains("Timed confrontation resolution withdrawal ;")
                .contains("<demo-session>").contains("confrontation,1:07.50-1:22.00");
        String csv = Files.readString(tidy);
        assertThat(csv).startsWith("session,coder,scheme,layer,code,label,category,start_ms,end_ms,rating,note\n")
                .contains("demo-session,A,3rs@2015,rupture,W2,Minimal response,withdrawal,8200,10000,2,");
        assertThat(csv.split("\n")).hasSize(15);
    }

    @Test
    void codesInsteadOfCategoriesAndTimeWindows() {
        CliRun r = CliRun.of("sequential", Samples.demoSession().toString(), "--given", "C3", "--target", "R5",
                "--window", "30s", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // C3@67.5 -> R5@83 within 30 s; C3@257 -> R5@277 within 30 s
        assertThat(r.out()).startsWith("session,given,target,count,given_total,transitional_probability,expected,"
                + "adjusted_residual,p,yules_q\n").contains("demo-session,C3,R5,2,");
    }

    @Test
    void givenWithoutTargetIsAUsageError() {
        CliRun r = CliRun.of("sequential", Samples.demoSession().toString(), "--given", "C3");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--given and --target go together");
    }

    @Test
    void aLagOfZeroOrLessIsAUsageErrorSayingWhichLagsAreAllowed() {
        for (String lag : new String[] {"0", "-1"}) {
            CliRun r = CliRun.of("sequential", Samples.demoSession().toString(), "--given", "C3", "--target", "R5",
                    "--lag", lag);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("--lag must be 1 or more").doesNotContain("IllegalArgumentException");
        }
    }

    @Test
    void aGivenOrTargetThatMatchesNoEventIsRefusedNamingCodesThatOccur() {
        CliRun r = CliRun.of("sequential", Samples.demoSession().toString(), "--given", "foo", "--target", "R5");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("no event matched --given foo").contains("C3");
        assertThat(r.out()).isEmpty();
        CliRun t = CliRun.of("sequential", Samples.demoSession().toString(), "--given", "confrontation",
                "--target", "bar");
        assertThat(t.exitCode()).as(t.err()).isEqualTo(1);
        assertThat(t.err()).contains("no event matched --target bar").contains("resolution");
    }
}
