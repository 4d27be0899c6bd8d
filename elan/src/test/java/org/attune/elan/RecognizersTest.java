package org.attune.elan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.core.eaf.Eaf;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.elan.extension.ExtensionFolder;
import org.attune.elan.recognizers.Recognizers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recognizers run as ELAN runs them (parameters on standard input, tier files written the way ELAN writes them,
 * output read the way ELAN reads it), checked against the coded session the tiers came from.
 */
class RecognizersTest {
    @TempDir
    Path tmp;
    private Map<String, ElanHost.Discovered> recognizers;

    @BeforeEach
    void discover() throws Exception {
        ExtensionFolder.write(tmp.resolve("extensions"), Recognizers.all(), () -> java.io.InputStream.nullInputStream());
        recognizers = new HashMap<>();
        for (ElanHost.Discovered d : ElanHost.discover(tmp.resolve("extensions"))) {
            recognizers.put(d.name(), d);
        }
    }

    static void assertSucceeded(ElanHost.Run run) {
        assertThat(run.last()).as(String.join("\n", run.lines())).isEqualTo("RESULT: DONE.");
        assertThat(run.exit()).isZero();
        assertThat(run.progress()).isNotEmpty().allMatch(p -> p >= 0 && p < 1);
    }

    static void assertNoOverlapWithinATier(Map<String, List<ElanHost.Segment>> tiers) {
        for (List<ElanHost.Segment> t : tiers.values()) {
            for (int i = 1; i < t.size(); i++) {
                assertThat(t.get(i).start()).isGreaterThanOrEqualTo(t.get(i - 1).end());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void segmentTiersHoldTheMarkersAndSignificanceOfEachFiveMinutes(int session) throws Exception {
        SessionTiers s = SessionTiers.of(session, tmp);
        ElanHost.Discovered d = recognizers.get("Attune 3RS segments");
        Path out = tmp.resolve("segments.xml");
        ElanHost.Run run = ElanHost.runInProcess(d, ElanHost.paramDocument(d, Map.of("ruptures", s.rupturesFile(),
                "resolutions", s.resolutionsFile(), "rupture_ratings", s.ratingsFile(), "segments", out)));

        assertSucceeded(run);
        Map<String, List<ElanHost.Segment>> tiers = ElanHost.readOutput(out);
        assertThat(tiers.keySet()).containsExactly("Attune_segment", "Attune_markers", "Attune_strategies",
                "Attune_withdrawal_significance", "Attune_confrontation_significance", "Attune_resolution_rating");
        assertNoOverlapWithinATier(tiers);
        long fiveMinutes = 300_000;
        int expectedSegments = (int) Math.max(1, (s.lastEnd() + fiveMinutes - 1) / fiveMinutes);
        assertThat(tiers.get("Attune_segment")).hasSize(expectedSegments);
        assertThat(tiers.get("Attune_markers")).as("the session has markers").anyMatch(m -> !m.label().equals("none"));
        assertThat(tiers.get("Attune_confrontation_significance").stream()
                .filter(m -> m.label().matches("[1-5]")).count()
                + tiers.get("Attune_withdrawal_significance").stream().filter(m -> m.label().matches("[1-5]")).count())
                .as("segments with a significance").isPositive();
        CodingScheme scheme = SessionTiers.SCHEMES.require("3rs");
        for (int i = 0; i < expectedSegments; i++) {
            long start = i * fiveMinutes;
            long end = Math.min(s.lastEnd(), start + fiveMinutes);
            ElanHost.Segment segment = tiers.get("Attune_segment").get(i);
            assertThat(segment).isEqualTo(new ElanHost.Segment(start, end, "Segment " + (i + 1)));
            assertThat(tiers.get("Attune_markers").get(i).label()).isEqualTo(codes(scheme, s.ruptures(), start, end));
            assertThat(tiers.get("Attune_strategies").get(i).label())
                    .isEqualTo(codes(scheme, s.resolutions(), start, end));
            assertThat(tiers.get("Attune_withdrawal_significance").get(i).label())
                    .isEqualTo(highest(s.ruptures(), Category.WITHDRAWAL, start, end));
            assertThat(tiers.get("Attune_confrontation_significance").get(i).label())
                    .isEqualTo(highest(s.ruptures(), Category.CONFRONTATION, start, end));
        }
    }

    /** The codes of the codings overlapping [start, end), in scheme order, "C2 W1x2"; "none" without any. */
    private static String codes(CodingScheme scheme, List<Coding> codings, long start, long end) {
        List<String> out = new ArrayList<>();
        for (Code code : scheme.codes().toList()) {
            long n = codings.stream().filter(c -> c.code().equals(code.id()) && overlaps(c, start, end)).count();
            if (n > 0) {
                out.add(n > 1 ? code.id() + "x" + n : code.id());
            }
        }
        return out.isEmpty() ? "none" : String.join(" ", out);
    }

    private static String highest(List<Coding> codings, String category, long start, long end) {
        return codings.stream().filter(c -> c.category().equals(category) && c.rating() != null
                        && overlaps(c, start, end)).map(Coding::rating).max(Integer::compare).map(String::valueOf)
                .orElse("not rated");
    }

    private static boolean overlaps(Coding c, long start, long end) {
        return c.start() == c.end() ? c.start() >= start && c.start() < end : c.start() < end && c.end() > start;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void everyMarkerIsAnEpisodeResolvedWhenAStrategyStartsInItsWindow(int session) throws Exception {
        SessionTiers s = SessionTiers.of(session, tmp);
        ElanHost.Discovered d = recognizers.get("Attune episodes");
        Path out = tmp.resolve("episodes.xml");
        ElanHost.Run run = ElanHost.runInProcess(d, ElanHost.paramDocument(d, Map.of("ruptures", s.rupturesFile(),
                "resolutions", s.resolutionsFile(), "window_seconds", 120, "episodes", out)));

        assertSucceeded(run);
        Map<String, List<ElanHost.Segment>> tiers = ElanHost.readOutput(out);
        assertNoOverlapWithinATier(tiers);
        List<ElanHost.Segment> episodes = new ArrayList<>();
        List<ElanHost.Segment> outcomes = new ArrayList<>();
        tiers.forEach((name, segments) -> {
            if (name.matches("Attune_episode(_\\d+)?")) {
                episodes.addAll(segments);
            } else if (name.matches("Attune_outcome(_\\d+)?")) {
                outcomes.addAll(segments);
            }
        });
        assertThat(episodes).hasSize(s.ruptures().size());
        assertThat(outcomes).extracting(ElanHost.Segment::label).contains("resolved");
        List<Coding> ruptures = s.ruptures();
        for (int i = 0; i < ruptures.size(); i++) {
            Coding r = ruptures.get(i);
            long windowEnd = r.start() + 120_000;
            for (Coding next : ruptures.subList(i + 1, ruptures.size())) {
                if (next.category().equals(r.category()) && next.start() > r.start()) {
                    windowEnd = Math.min(windowEnd, next.start());
                    break;
                }
            }
            long end = windowEnd;
            List<String> strategies = s.resolutions().stream().filter(c -> c.start() >= r.start() && c.start() < end)
                    .map(Coding::code).toList();
            String label = strategies.isEmpty() ? r.code() + " (no resolution)"
                    : r.code() + " → " + String.join(" ", strategies);
            assertThat(episodes).filteredOn(e -> e.start() == r.start()).extracting(ElanHost.Segment::label)
                    .contains(label);
            assertThat(outcomes).filteredOn(e -> e.start() == r.start()).extracting(ElanHost.Segment::label)
                    .contains(strategies.isEmpty() ? "unresolved" : "resolved");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void queryHitsSpanTheFirstElementOfEveryMatch(int session) throws Exception {
        SessionTiers s = SessionTiers.of(session, tmp);
        Path eaf = tmp.resolve("session " + session + " (Tom & Jerry).eaf");
        Eaf.write(s.document(), eaf);
        ElanHost.Discovered d = recognizers.get("Attune query");
        Path out = tmp.resolve("hits.xml");
        ElanHost.Run run = ElanHost.runInProcess(d, ElanHost.paramDocument(d, Map.of("document", eaf,
                "query", "rupture -> resolution within 2m", "hits", out)));

        assertSucceeded(run);
        Map<String, List<ElanHost.Segment>> tiers = ElanHost.readOutput(out);
        assertNoOverlapWithinATier(tiers);
        assertThat(tiers.keySet()).allMatch(n -> n.matches("Attune_hits(_\\d+)?"));
        List<ElanHost.Segment> hits = tiers.values().stream().flatMap(List::stream).toList();
        // every (marker, strategy) pair of any coder where the strategy starts within 2 minutes of the marker's end
        List<Coding> all = SessionView.of(s.document(), SessionTiers.SCHEMES::find).codings();
        List<ElanHost.Segment> expected = new ArrayList<>();
        for (Coding a : all) {
            if (!Category.isRupture(a.category())) {
                continue;
            }
            for (Coding b : all) {
                if (b.category().equals(Category.RESOLUTION) && b.start() >= a.start()
                        && b.start() <= a.end() + 120_000) {
                    expected.add(new ElanHost.Segment(a.start(), Math.max(a.end(), a.start() + 1), a.code()));
                }
            }
        }
        assertThat(hits).hasSameSizeAs(expected).isNotEmpty();
        assertThat(hits).extracting(h -> h.start() + "-" + h.end() + " " + h.label().split(" ")[0])
                .containsExactlyInAnyOrderElementsOf(expected.stream()
                        .map(e -> e.start() + "-" + e.end() + " " + e.label()).toList());
        assertThat(hits).allMatch(h -> h.label().contains(" → "));
        assertThat(Files.exists(out)).isTrue();
    }

    @Test
    void aQueryWithoutMatchesGivesAnEmptyTier() throws Exception {
        SessionTiers s = SessionTiers.of(1, tmp);
        Path eaf = tmp.resolve("s.eaf");
        Eaf.write(s.document(), eaf);
        ElanHost.Discovered d = recognizers.get("Attune query");
        Path out = tmp.resolve("hits.xml");
        ElanHost.Run run = ElanHost.runInProcess(d, ElanHost.paramDocument(d, Map.of("document", eaf,
                "query", "\"zyxwvut never said\"", "hits", out)));

        assertSucceeded(run);
        assertThat(run.lines()).anyMatch(l -> l.startsWith("0 match(es)"));
        assertThat(ElanHost.readOutput(out)).containsExactly(Map.entry("Attune_hits", List.of()));
    }

    @Test
    void theQueryRecognizerReadsCodesOnThePlainTiersNamedInCodesOn() throws Exception {
        Path eaf = tmp.resolve("elan-coded.eaf");
        Eaf.write(org.attune.core.testing.ElanCoded.session(), eaf);
        ElanHost.Discovered d = recognizers.get("Attune query");
        Path out = tmp.resolve("hits.xml");
        ElanHost.Run run = ElanHost.runInProcess(d, ElanHost.paramDocument(d, Map.of("document", eaf,
                "query", "confrontation", "codes_on", "Ruptures|Strategies", "hits", out)));

        assertSucceeded(run);
        assertThat(ElanHost.readOutput(out).get("Attune_hits")).extracting(h -> h.start() + "-" + h.end() + " "
                + h.label()).containsExactly("1000-3000 C3 [rating 4]",
                "10000-12000 C2 Patient rejects therapist intervention");
        assertThat(run.lines()).anyMatch(l -> l.startsWith("2 match(es)"));
    }

    @Test
    void theQueryRecognizerSaysSoWhenTheQueryNamesCodesAndNoTierHoldsAny() throws Exception {
        Path eaf = tmp.resolve("elan-coded.eaf");
        Eaf.write(org.attune.core.testing.ElanCoded.session(), eaf);
        ElanHost.Discovered d = recognizers.get("Attune query");
        ElanHost.Run run = ElanHost.runInProcess(d, ElanHost.paramDocument(d, Map.of("document", eaf,
                "query", "confrontation -> R4 within 60s", "hits", tmp.resolve("hits.xml"))));
        assertThat(run.last()).isEqualTo("RESULT: FAILED.");
        assertThat(run.lines()).anyMatch(l -> l.startsWith("ERROR: the query names codes, but no tier of "
                + "elan-coded.eaf holds any") && l.contains("'codes_on', e.g. Ruptures"));
        assertThat(run.lines()).noneMatch(l -> l.startsWith("0 match(es)"));

        ElanHost.Run wrongTier = ElanHost.runInProcess(d, ElanHost.paramDocument(d, Map.of("document", eaf,
                "query", "[rating>=1]", "codes_on", "Notes=3rs@2022", "hits", tmp.resolve("hits2.xml"))));
        assertThat(wrongTier.last()).isEqualTo("RESULT: FAILED.");
        assertThat(wrongTier.lines()).anyMatch(l -> l.contains("no value of a tier matching 'Notes' names a "
                + "3rs@2022 code"));

        ElanHost.Run badRegex = ElanHost.runInProcess(d, ElanHost.paramDocument(d, Map.of("document", eaf,
                "query", "C3", "codes_on", "Rupt(", "hits", tmp.resolve("hits3.xml"))));
        assertThat(badRegex.lines()).anyMatch(l -> l.startsWith("ERROR: codes_on: 'Rupt(' is not a valid "
                + "regular expression"));

        // a query naming no code finds its 0 hits as before
        ElanHost.Run text = ElanHost.runInProcess(d, ElanHost.paramDocument(d, Map.of("document", eaf,
                "query", "\"zyxwvut\"", "hits", tmp.resolve("hits4.xml"))));
        assertSucceeded(text);
    }
}
