package org.attune.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.attune.core.eaf.Eaf;
import org.attune.search.event.CodesOn;
import org.attune.search.event.Event;
import org.attune.search.event.GroupKey;
import org.attune.search.event.Match;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.query.Query;
import org.attune.search.testing.RandomQueries;
import org.attune.search.testing.RandomSessions;

/** The corpus index answers every query (matches, counts, counts by every group key) exactly as the reference evaluator does. */
class CorpusIndexDifferentialTest {

    @Property(tries = 60)
    void theIndexFindsExactlyTheMatchesTheReferenceEvaluatorFinds(@ForAll long seed,
                                                                  @ForAll @IntRange(min = 1, max = 5) int sessions)
            throws IOException {
        Random r = new Random(seed);
        Path dir = Files.createTempDirectory("attune-diff");
        try {
            RandomSessions.corpus(r, dir, sessions);
            List<SessionEvents> reference = readAll(dir);
            try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
                index.update(IndexProgress.none());
                for (int i = 0; i < 25; i++) {
                    Query q = RandomQueries.query(r);
                    List<Match> expected = indexAgrees(index, reference, q, seed);
                    Statistics.label("matches").collect(sizeClass(expected));
                    GroupKey key = GroupKey.values()[r.nextInt(GroupKey.values().length)];
                    assertThat(index.countBy(q, key)).as("seed %d, query %s, --group-by %s", seed, q.print(), key)
                            .isEqualTo(key.count(expected));
                }
                for (SessionEvents s : reference) {
                    assertThat(index.sessionLengths().getOrDefault(s.session(), 0L)).as("length of %s", s.session())
                            .isEqualTo(s.events().stream().mapToLong(Event::end).max().orElse(0));
                }
            }
        } finally {
            deleteTree(dir);
        }
        Statistics.label("matches").coverage(c -> c.check("10+").percentage(p -> p > 3));
    }

    @Property(tries = 30)
    void withCodesOnTheIndexFindsExactlyTheMatchesTheReferenceEvaluatorFinds(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int sessions) throws IOException {
        Random r = new Random(seed);
        Path dir = Files.createTempDirectory("attune-diff-codes");
        CodesOn codesOn = CodesOn.parse(RandomSessions.PLAIN_CODES_TIERS + (r.nextInt(4) == 0 ? "=3rs@2022" : r.nextBoolean() ? "" : "=3rs@2015"));
        try {
            RandomSessions.corpusWithPlainCodes(r, dir, sessions);
            Eaf.write(org.attune.core.testing.ElanCoded.session(), dir.resolve("elan-coded.eaf"));
            List<SessionEvents> reference = readAll(dir, codesOn);
            try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find, null, codesOn)) {
                index.update(IndexProgress.none());
                for (int i = 0; i < 25; i++) {
                    Query q = RandomQueries.query(r);
                    List<Match> expected = indexAgrees(index, reference, q, seed);
                    Statistics.label("plain codings matched").collect(expected.stream()
                            .flatMap(m -> m.events().stream())
                            .anyMatch(e -> e.isCoding() && e.tier().startsWith("Ruptures")));
                }
            }
        } finally {
            deleteTree(dir);
        }
        Statistics.label("plain codings matched").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Property(tries = 40)
    void containmentQueriesFindExactlyWhatTheReferenceEvaluatorFinds(@ForAll long seed,
                                                                    @ForAll @IntRange(min = 1, max = 4) int sessions)
            throws IOException {
        Random r = new Random(seed);
        Path dir = Files.createTempDirectory("attune-diff-in");
        try {
            RandomSessions.corpus(r, dir, sessions);
            List<SessionEvents> reference = readAll(dir);
            try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
                index.update(IndexProgress.none());
                for (int i = 0; i < 25; i++) {
                    Query q = RandomQueries.containmentQuery(r);
                    List<Match> expected = indexAgrees(index, reference, q, seed);
                    Statistics.label("in matches").collect(sizeClass(expected));
                }
            }
        } finally {
            deleteTree(dir);
        }
        Statistics.label("in matches").coverage(c -> {
            c.check("1-9").percentage(p -> p > 5);
            // queries with 10+ matches are rare for containment (1.6-3.1 % in runs seen): some, not a share
            c.check("10+").percentage(p -> p > 0.3);
        });
    }

    /** The reference evaluator's matches of {@code q}, once the index has found and counted exactly these. */
    private static List<Match> indexAgrees(CorpusIndex index, List<SessionEvents> reference, Query q, long seed)
            throws IOException {
        List<Match> expected = ReferenceEvaluator.evaluate(q, reference);
        assertThat(index.search(q)).as("seed %d, query %s", seed, q.print()).isEqualTo(expected);
        assertThat(index.count(q)).isEqualTo(expected.size());
        return expected;
    }

    /** How many matches, as the coverage checks count them. */
    private static String sizeClass(List<Match> matches) {
        return matches.isEmpty() ? "none" : matches.size() < 10 ? "1-9" : "10+";
    }

    static List<SessionEvents> readAll(Path dir) throws IOException {
        return readAll(dir, null);
    }

    static List<SessionEvents> readAll(Path dir, CodesOn codesOn) throws IOException {
        List<SessionEvents> out = new ArrayList<>();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".eaf")).toList()) {
                String session = dir.relativize(f).toString().replace('\\', '/');
                out.add(SessionEvents.of(session, Eaf.read(f).document(), RandomSessions.SCHEMES::find, codesOn));
            }
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
