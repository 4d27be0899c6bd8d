package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attune.core.eaf.Eaf;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.search.event.Match;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {

    @TempDir
    Path dir;

    @Test
    void csvHasTheContractHeaderAndOneRowPerMatchedElement() throws IOException {
        String q = "confrontation -> resolution within 60s";
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), q, "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("session,match,element,tier,start_ms,end_ms,value\n");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        List<Match> expected = reference(q);
        assertThat(rows).hasSize(expected.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            var e = expected.get(i / 2).events().get(i % 2);
            CSVRecord r = rows.get(i);
            assertThat(List.of(r.get("session"), r.get("match"), r.get("element"), r.get("tier"), r.get("start_ms"),
                    r.get("end_ms"), r.get("value")))
                    .containsExactly("demo-session.eaf", Integer.toString(i / 2 + 1), Integer.toString(i % 2 + 1),
                            e.tier(), Long.toString(e.start()), Long.toString(e.end()), e.value());
        }
    }

    @Test
    void aCorpusIsIndexedOnFirstUseAndCountsAgreeWithTheMatches() throws IOException {
        copySample("a.eaf");
        copySample("sub/b.eaf");
        CliRun first = CliRun.of("query", dir.toString(), "rupture !-> resolution within 30s", "--count");
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("indexing");
        long single = reference("rupture !-> resolution within 30s").size();
        assertThat(first.out().strip()).isEqualTo(Long.toString(2 * single));
        assertThat(Files.isDirectory(dir.resolve(".attune-index"))).isTrue();

        CliRun again = CliRun.of("query", dir.toString(), "\"waste of time\"", "--by-session", "--format", "csv");
        assertThat(again.err()).as("the index is current").doesNotContain("indexing");
        assertThat(again.out()).isEqualTo("session,matches\na.eaf,1\nsub/b.eaf,1\n");
    }

    @Test
    void theTableShowsEachMatchWithItsEventsAndTheUtterancesAround() {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "[role=patient text=\"waste of time\"] & C5");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("1 match of: [role=patient text=\"waste of time\"] & C5")
                .contains("#1  demo-session.eaf  0:03:50.0")
                .contains("C5 Complaints/concerns about progress in therapy [rating 4]")
                .contains("> 0:03:50.0  P: Honestly, this is a waste of time.");
    }

    @Test
    void aCorpusShowsTheSameTableAsTheFileItHolds() throws IOException {
        copySample("demo-session.eaf");
        for (String q : List.of("confrontation -> resolution within 60s", "\"waste of time\" & rupture", "W2")) {
            CliRun single = CliRun.of("query", Samples.demoSession().toString(), q);
            CliRun corpus = CliRun.of("query", dir.toString(), q);
            assertThat(corpus.out()).as(q).isEqualTo(single.out()).contains("     | ");
        }
        assertThat(CliRun.of("query", dir.toString(), "\"waste of time\"").out()).as("a matched utterance is marked")
                .contains("     > 0:03:50.0  P: Honestly, this is a waste of time.");
    }

    @Test
    void jsonListsMatchesWithTheirEvents() throws IOException {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "W2", "--format", "json");
        assertThat(run.out()).contains("\"count\" : " + reference("W2").size()).contains("\"code\" : \"W2\"").contains("\"coder\" : \"A\"");
    }

    @Test
    void inFindsTheMarkersInsidePatientTurnsListingTheMarkerFirst() throws IOException {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "withdrawal in [role=patient]");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("3 matches of: withdrawal in [role=patient]")
                .contains("  1  0:00:08.2-0:00:10.0  3RS rupture (coder A)  W2 Minimal response [rating 2]\n"
                        + "  2  0:00:08.2-0:00:10.0  Patient                P: Fine.");
        copySample("demo-session.eaf");
        CliRun corpus = CliRun.of("query", dir.toString(), "withdrawal in [role=patient]", "--count");
        assertThat(corpus.out().strip()).isEqualTo("3");
        CliRun mixed = CliRun.of("query", dir.toString(), "withdrawal & C5 in [role=patient]");
        assertThat(mixed.exitCode()).isEqualTo(1);
        assertThat(mixed.err().strip()).isEqualTo("query:1:17: '&' and 'in' cannot be mixed in one group");
    }

    @Test
    void aSyntaxErrorNamesTheColumnAndExitsNonZero() {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "3rs:C2 -> R3 60s");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("query:1:14: expected 'within' or end of query, found '60s'");
    }

    @Test
    void indexReportsUnreadableFilesAndIndexesTheRest() throws IOException {
        copySample("good.eaf");
        Files.writeString(dir.resolve("bad.eaf"), "<ANNOTATION_DOCUMENT>\n<TIER>");
        CliRun run = CliRun.of("index", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).containsPattern("bad\\.eaf:\\d+:\\d+: ").contains("1 file(s) could not be read");
        assertThat(run.out()).contains("1 sessions").contains("(2 new, 0 changed, 0 removed, 0 unchanged, 1 unreadable)");
        CliRun again = CliRun.of("index", dir.toString());
        assertThat(again.out()).contains("(0 new, 0 changed, 0 removed, 2 unchanged, 1 unreadable)");
    }

    @Test
    void anIndexElsewhereLeavesTheCorpusFolderAlone() throws IOException {
        copySample("a.eaf");
        Path index = Files.createTempDirectory("attune-index");
        CliRun run = CliRun.of("query", dir.toString(), "C5", "--index", index.toString(), "--count");
        assertThat(run.out().strip()).isEqualTo("1");
        assertThat(Files.exists(dir.resolve(".attune-index"))).isFalse();
        assertThat(Files.list(index)).isNotEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS) // stops a hang only
    void aCatastrophicRegexOnTheHostileLongValueEndsWithNoMatchInTheFileAndInTheIndex() throws IOException {
        Path hostile = org.attune.core.testing.Interop.dir().resolveSibling("hostile");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(hostile.resolve("redos-long.eaf")),
                "hostile inputs not found at " + hostile + " (they live in ../shared/hostile beside the checkout)");
        CliRun file = CliRun.of("query", hostile.resolve("redos-long.eaf").toString(), "[value~\"(a+)+$\"]", "--count");
        assertThat(file.exitCode()).as(file.err()).isZero();
        assertThat(file.out().strip()).isEqualTo("0");
        CliRun found = CliRun.of("query", hostile.resolve("redos-long.eaf").toString(), "[value~\"^(a+)+\"]", "--count");
        assertThat(found.out().strip()).isEqualTo("1");

        CliRun corpus = CliRun.of("query", hostile.toString(), "[value~\"(a+)+$\"]", "--count",
                "--index", dir.resolve("index").toString());
        assertThat(corpus.exitCode()).as(corpus.err()).isZero();
        assertThat(corpus.out().strip()).isEqualTo("0");
    }

    @Test
    void aBackReferenceIsAQuerySyntaxErrorWithItsColumn() {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "[value~\"(a)\\1\"]");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("query:1:12: back-references (\\1) are not supported");
    }

    private void copySample(String name) throws IOException {
        Path to = dir.resolve(name);
        Files.createDirectories(to.getParent());
        Files.copy(Samples.demoSession(), to);
    }

    private static List<Match> reference(String q) throws IOException {
        SessionEvents s = SessionEvents.of("demo-session.eaf", Eaf.read(Samples.demoSession()).document(),
                SchemeRegistry.builtIn()::find);
        return ReferenceEvaluator.evaluate(Query.parse(q), s);
    }
}
