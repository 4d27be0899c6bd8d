package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.core.eaf.Eaf;
import org.attune.core.testing.ElanCoded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune query ... --codes-on REGEX[=SCHEME]} on sessions coded in ELAN without the Attune profile. */
class QueryCodesOnTest {
    @TempDir
    Path dir;

    private Path session(String name) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Eaf.write(ElanCoded.session(), f);
        return f;
    }

    @Test
    void onOneFileCodesCategoriesAndRatingsOfThePlainTiersAreFound() throws Exception {
        Path f = session("elan.eaf");
        assertThat(CliRun.of("query", f.toString(), "confrontation", "--count").out().strip()).isEqualTo("0");
        CliRun run = CliRun.of("query", f.toString(), "confrontation", "--codes-on", "Ruptures|Strategies",
                "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("session,match,element,tier,start_ms,end_ms,value\n"
                + "elan.eaf,1,1,Ruptures,1000,3000,C3\n"
                + "elan.eaf,2,1,Ruptures,10000,12000,Patient rejects therapist intervention\n");
        assertThat(CliRun.of("query", f.toString(), "[rating>=3] -> R4 within 10s", "--codes-on", "Ruptures|Strategies",
                "--count").out().strip()).isEqualTo("1");
        assertThat(CliRun.of("query", f.toString(), "W2", "--codes-on", "Strategies=3rs@2015", "--count")
                .out().strip()).isEqualTo("1");
        CliRun table = CliRun.of("query", f.toString(), "C3", "--codes-on", "Ruptures");
        // the C3 on Notes (not named) is context, not a match
        assertThat(table.out()).startsWith("1 match of: C3").contains("Ruptures  C3 [rating 4]");
    }

    @Test
    void onACorpusTheIndexIsBuiltWithTheSettingAndRebuiltWhenItChanges() throws Exception {
        session("a.eaf");
        session("sub/b.eaf");
        CliRun plain = CliRun.of("query", dir.toString(), "C3", "--count");
        assertThat(plain.out().strip()).isEqualTo("0");

        CliRun coded = CliRun.of("query", dir.toString(), "C3", "--codes-on", "Ruptures", "--by-session",
                "--format", "csv");
        assertThat(coded.exitCode()).as(coded.err()).isZero();
        assertThat(coded.err()).contains("rebuilding the index").contains("it was built without --codes-on")
                .contains("this query reads codes on Ruptures=3rs");
        assertThat(coded.out()).isEqualTo("session,matches\na.eaf,1\nsub/b.eaf,1\n");

        CliRun again = CliRun.of("query", dir.toString(), "withdrawal", "--codes-on", "Ruptures", "--count");
        assertThat(again.err()).as("the index is current for this setting").doesNotContain("indexing")
                .doesNotContain("rebuilding");
        assertThat(again.out().strip()).isEqualTo("2");

        CliRun index = CliRun.of("index", dir.toString());
        assertThat(index.exitCode()).isZero();
        assertThat(index.err()).contains("it was built with --codes-on Ruptures=3rs");
        assertThat(CliRun.of("query", dir.toString(), "C3", "--count").out().strip()).isEqualTo("0");
    }

    @Test
    void aBadSettingIsAUsageError() throws Exception {
        Path f = session("elan.eaf");
        CliRun regex = CliRun.of("query", f.toString(), "C3", "--codes-on", "Rupt(ures");
        assertThat(regex.exitCode()).isEqualTo(2);
        assertThat(regex.err()).contains("--codes-on 'Rupt(ures' is not a valid regular expression")
                .contains("position").doesNotContain("Exception");
        CliRun scheme = CliRun.of("query", f.toString(), "C3", "--codes-on", "Ruptures=nosuch");
        assertThat(scheme.exitCode()).isEqualTo(2);
        assertThat(scheme.err()).contains("unknown coding scheme 'nosuch'").contains("3rs")
                .doesNotContain("Exception");
    }
}
