package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.core.eaf.Eaf;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.search.event.Event;
import org.attune.search.event.GroupKey;
import org.attune.search.event.Match;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune query ... --group-by KEY}. */
class QueryGroupByTest {

    @TempDir
    Path dir;

    @Test
    void theTableCountsMatchesByTheFirstElementsCodeSortedByKeyWithATotal() {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "rupture", "--group-by", "code");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "code   matches", "C3     2", "C5     1", "W2     2", "W4     1", "total  6");
    }

    @Test
    void csvHasTheKeysNameThenMatchesAsHeaderAndOneRowPerKeyForEveryKey() throws IOException {
        for (String q : List.of("rupture -> resolution within 60s", "[role=patient]", "\"waste of time\" & rupture")) {
            List<Match> matches = reference(q);
            for (GroupKey key : GroupKey.values()) {
                CliRun run = CliRun.of("query", Samples.demoSession().toString(), q, "--group-by", key.name(),
                        "--format", "csv");
                assertThat(run.exitCode()).as(run.err()).isZero();
                StringBuilder expected = new StringBuilder(key.name() + ",matches\n");
                Map<String, Long> counts = new TreeMap<>();
                for (Match m : matches) {
                    counts.merge(key == GroupKey.session ? m.session() : key.of(m.events().get(0)), 1L, Long::sum);
                }
                counts.forEach((k, n) -> expected.append(k.contains(",") || k.contains("\"") ? "\"" + k.replace("\"",
                        "\"\"") + "\"" : k).append(',').append(n).append('\n'));
                assertThat(run.out()).as("%s --group-by %s", q, key).isEqualTo(expected.toString());
            }
        }
    }

    @Test
    void anAttributeTheFirstElementLacksIsCountedUnderNone() {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "rupture", "--group-by", "speaker",
                "--format", "csv");
        assertThat(run.out()).isEqualTo("speaker,matches\n(none),6\n");
    }

    @Test
    void bySessionTheTableAndJsonGiveTheSessionsLengthAndMatchesPerHour() throws IOException {
        SessionEvents s = session();
        long length = s.events().stream().mapToLong(Event::end).max().orElseThrow();
        double perHour = 6 / (length / 3_600_000.0);
        CliRun table = CliRun.of("query", Samples.demoSession().toString(), "rupture", "--group-by", "session");
        assertThat(table.out()).contains("length").contains("per hour")
                .containsPattern("demo-session\\.eaf\\s+6\\s+" + Text.duration(length) + "\\s+"
                        + String.format(java.util.Locale.ROOT, "%.1f", perHour));
        CliRun json = CliRun.of("query", Samples.demoSession().toString(), "rupture", "--group-by", "session",
                "--format", "json");
        Map<String, Object> root = Json.object(json.out());
        assertThat(root.get("group_by")).isEqualTo("session");
        assertThat(root.get("total")).isEqualTo(6L);
        Map<?, ?> g = (Map<?, ?>) ((List<?>) root.get("groups")).get(0);
        assertThat(g.get("session")).isEqualTo("demo-session.eaf");
        assertThat(g.get("matches")).isEqualTo(6L);
        assertThat(g.get("length_ms")).isEqualTo(length);
        assertThat((Double) g.get("per_hour")).isCloseTo(perHour, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void jsonNamesEachGroupByItsKey() throws IOException {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "rupture", "--group-by", "coder",
                "--format", "json");
        Map<String, Object> root = Json.object(run.out());
        assertThat(root.get("query")).isEqualTo("rupture");
        List<?> groups = (List<?>) root.get("groups");
        assertThat(groups).hasSize(1);
        Map<?, ?> g = (Map<?, ?>) groups.get(0);
        assertThat(g.get("coder")).isEqualTo("A");
        assertThat(g.get("matches")).isEqualTo(6L);
        assertThat(g.containsKey("per_hour")).as("rates only by session").isFalse();
    }

    @Test
    void aCorpusGroupsThroughTheIndexAsTheFilesWouldEachKeyAndFormat() throws IOException {
        Files.copy(Samples.demoSession(), dir.resolve("a.eaf"));
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(Samples.dir().resolve("demo-two-coders.eaf"), dir.resolve("sub/b.eaf"));
        String q = "rupture -> resolution within 60s";
        List<Match> expected = new java.util.ArrayList<>();
        for (String name : List.of("a.eaf", "sub/b.eaf")) {
            expected.addAll(ReferenceEvaluator.evaluate(Query.parse(q), SessionEvents.of(name,
                    Eaf.read(dir.resolve(name)).document(), SchemeRegistry.builtIn()::find)));
        }
        for (GroupKey key : GroupKey.values()) {
            CliRun run = CliRun.of("query", dir.toString(), q, "--group-by", key.name(), "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            Map<String, Long> got = new java.util.LinkedHashMap<>();
            for (Object o : (List<?>) Json.object(run.out()).get("groups")) {
                Map<?, ?> g = (Map<?, ?>) o;
                got.put((String) g.get(key.name()), (Long) g.get("matches"));
            }
            assertThat(got).as("--group-by %s", key).containsExactlyEntriesOf(key.count(expected));
        }
        CliRun sessions = CliRun.of("query", dir.toString(), q, "--group-by", "session", "--format", "csv");
        assertThat(sessions.out()).startsWith("session,matches\na.eaf,");
        assertThat(sessions.out()).isEqualTo(CliRun.of("query", dir.toString(), q, "--by-session", "--format", "csv")
                .out()).as("the same as --by-session");
    }

    @Test
    void anUnknownKeyIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "rupture", "--group-by", "colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--group-by").contains("colour").contains("session, tier, value, speaker, code, coder");
    }

    @Test
    void groupByWithCountIsAUsageError() {
        CliRun run = CliRun.of("query", Samples.demoSession().toString(), "rupture", "--group-by", "code", "--count");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--group-by does not go with --count");
    }

    private static SessionEvents session() throws IOException {
        return SessionEvents.of("demo-session.eaf", Eaf.read(Samples.demoSession()).document(),
                SchemeRegistry.builtIn()::find);
    }

    private static List<Match> reference(String q) throws IOException {
        return ReferenceEvaluator.evaluate(Query.parse(q), session());
    }
}
