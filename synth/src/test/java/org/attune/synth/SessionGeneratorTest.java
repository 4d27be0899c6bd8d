package org.attune.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.Coding;
import org.attune.core.profile.Role;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated sessions are deterministic, independent of corpus size, valid, and look like coded therapy. */
class SessionGeneratorTest {

    private static final SchemeRegistry SCHEMES = SchemeRegistry.builtIn();
    private static final int SESSIONS = 16;
    private static final long MINUTE = 60_000;

    /** Sessions 1..16 of seed 7, every one coded by two coders. */
    private static List<SessionView> corpus;

    @BeforeAll
    static void generate() {
        SessionGenerator g = new SessionGenerator(new SessionGenerator.Options(7, 1.0));
        corpus = IntStream.rangeClosed(1, SESSIONS).mapToObj(n -> SessionView.of(g.session(n), SCHEMES::find))
                .toList();
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws Exception {
        SessionGenerator one = new SessionGenerator(SessionGenerator.Options.seed(42));
        SessionGenerator two = new SessionGenerator(SessionGenerator.Options.seed(42));
        for (int n = 1; n <= 3; n++) {
            assertThat(Eaf.toBytes(two.session(n))).isEqualTo(Eaf.toBytes(one.session(n)));
        }
    }

    @Test
    void aDifferentSeedGivesDifferentSessions() throws Exception {
        AnnotationDocument a = new SessionGenerator(SessionGenerator.Options.seed(42)).session(1);
        AnnotationDocument b = new SessionGenerator(SessionGenerator.Options.seed(43)).session(1);
        assertThat(Eaf.toBytes(b)).isNotEqualTo(Eaf.toBytes(a));
        assertThat(texts(b)).isNotEqualTo(texts(a));
    }

    @Test
    void aSessionDoesNotDependOnWhichSessionsWereMadeBeforeIt() throws Exception {
        SessionGenerator fresh = new SessionGenerator(SessionGenerator.Options.seed(5));
        SessionGenerator used = new SessionGenerator(SessionGenerator.Options.seed(5));
        for (int n = 30; n >= 1; n -= 7) {
            used.session(n);
        }
        assertThat(Eaf.toBytes(used.session(25))).isEqualTo(Eaf.toBytes(fresh.session(25)));
    }

    @Test
    void theSecondCoderOptionOnlyAddsOrDropsCoderB() {
        SessionGenerator one = new SessionGenerator(new SessionGenerator.Options(9, 0));
        SessionGenerator two = new SessionGenerator(new SessionGenerator.Options(9, 1));
        for (int n = 1; n <= 3; n++) {
            SessionView a = SessionView.of(one.session(n), SCHEMES::find);
            SessionView b = SessionView.of(two.session(n), SCHEMES::find);
            assertThat(a.coders()).containsExactly("A");
            assertThat(b.coders()).containsExactly("A", "B");
            assertThat(b.utterances()).isEqualTo(a.utterances());
            assertThat(b.codings().stream().filter(c -> c.coder().equals("A")).toList())
                    .extracting(Coding::code, Coding::start, Coding::end, Coding::rating)
                    .isEqualTo(a.codings().stream().map(c -> tuple(c.code(), c.start(),
                            c.end(), c.rating())).toList());
        }
    }

    @Test
    void aShareOfSessionsGetsASecondCoder() {
        SessionGenerator g = new SessionGenerator(new SessionGenerator.Options(3, 0.3));
        long withB = IntStream.rangeClosed(1, 60)
                .filter(n -> SessionView.of(g.session(n), SCHEMES::find).coders().contains("B")).count();
        assertThat(withB).isBetween(8L, 30L);
    }

    @Test
    void theSecondCoderProbabilityMustBeAProbability() {
        assertThatThrownBy(() -> new SessionGenerator.Options(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionGenerator.Options(1, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionGenerator.Options(1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySessionIsValidEafThatReadsBackUnchanged() throws Exception {
        for (SessionView v : corpus.subList(0, 6)) {
            byte[] bytes = Eaf.toBytes(v.document());
            assertThat(Eaf.validate(bytes, "generated")).isEmpty();
            assertThat(Eaf.read(bytes, "generated").document()).isEqualTo(v.document());
        }
    }

    @Test
    void sessionsLast45To60MinutesWith400To700Utterances() {
        for (SessionView v : corpus) {
            List<Utterance> u = v.utterances();
            assertThat(u).hasSizeBetween(400, 700);
            assertThat(u.get(u.size() - 1).end()).isBetween(45 * MINUTE, 60 * MINUTE);
            assertThat(u.get(0).start()).isGreaterThanOrEqualTo(0);
            for (int i = 1; i < u.size(); i++) {
                assertThat(u.get(i).start()).isGreaterThanOrEqualTo(u.get(i - 1).end());
                assertThat(u.get(i).end()).isGreaterThan(u.get(i).start());
            }
        }
    }

    @Test
    void aTherapistAndAPatientTalkInEverySession() {
        for (SessionView v : corpus) {
            assertThat(v.speakers()).containsValues(Role.THERAPIST, Role.PATIENT).hasSize(2);
            long patient = v.utterances().stream().filter(u -> u.role() == Role.PATIENT).count();
            assertThat(patient).isBetween(v.utterances().size() / 3L, 2L * v.utterances().size() / 3);
        }
    }

    @Test
    void rupturesAreRated1To5AndResolutionsAreNotRated() {
        int ruptures = 0;
        for (SessionView v : corpus) {
            for (Coding c : v.codings()) {
                assertThat(c.schemeRef()).isEqualTo("3rs@2015");
                if (c.layerId().equals("rupture")) {
                    ruptures++;
                    assertThat(c.category()).isIn("withdrawal", "confrontation");
                    assertThat(c.rating()).isBetween(1, 5);
                } else {
                    assertThat(c.layerId()).isEqualTo("resolution");
                    assertThat(c.category()).isEqualTo("resolution");
                    assertThat(c.rating()).isNull();
                }
            }
        }
        assertThat(ruptures).isGreaterThan(SESSIONS * 2);
        List<Integer> ratings = corpus.stream().flatMap(v -> v.codings().stream()).map(Coding::rating)
                .filter(r -> r != null).distinct().sorted().toList();
        assertThat(ratings).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void mostRupturesAreFollowedByAResolutionWithinTwoMinutes() {
        int ruptures = 0;
        int resolved = 0;
        List<Long> delays = new ArrayList<>();
        for (SessionView v : corpus) {
            List<Coding> a = v.codings().stream().filter(c -> c.coder().equals("A")).toList();
            for (Coding r : a) {
                if (!r.layerId().equals("rupture")) {
                    continue;
                }
                ruptures++;
                a.stream().filter(s -> s.layerId().equals("resolution") && s.start() >= r.start()
                                && s.start() <= r.end() + 2 * MINUTE)
                        .findFirst().ifPresent(s -> delays.add(s.start() - r.end()));
            }
        }
        resolved = delays.size();
        double share = resolved / (double) ruptures;
        assertThat(share).as("share of ruptures resolved within 2 min").isBetween(0.7, 0.97);
        long withinSecondsToMinutes = delays.stream().filter(d -> d >= 0 && d <= 90_000).count();
        assertThat(withinSecondsToMinutes / (double) resolved).isGreaterThan(0.8);
    }

    @Test
    void theSecondCoderMostlyAgreesButNotAlways() {
        int matched = 0;
        int sameCode = 0;
        int sameRating = 0;
        int rated = 0;
        int total = 0;
        for (SessionView v : corpus) {
            List<Coding> a = v.codings().stream().filter(c -> c.coder().equals("A")).toList();
            List<Coding> b = v.codings().stream().filter(c -> c.coder().equals("B")).toList();
            for (Coding x : a) {
                total++;
                Coding y = b.stream().filter(c -> c.layerId().equals(x.layerId()) && overlap(c, x)).findFirst()
                        .orElse(null);
                if (y == null) {
                    continue;
                }
                matched++;
                sameCode += y.code().equals(x.code()) ? 1 : 0;
                if (x.rating() != null && y.rating() != null) {
                    rated++;
                    sameRating += x.rating().equals(y.rating()) ? 1 : 0;
                    assertThat(Math.abs(x.rating() - y.rating())).isLessThanOrEqualTo(1);
                }
            }
        }
        assertThat(matched / (double) total).isBetween(0.7, 0.95);
        assertThat(sameCode / (double) matched).isBetween(0.55, 0.9);
        assertThat(sameRating / (double) rated).isBetween(0.45, 0.8);
    }

    @Test
    void searchedPhrasesAreCommonerInPatientTalkDuringAndJustBeforeRuptures() {
        String[] phrases = {"waste of time", "i don't know", "whatever", "this isn't helping", "fine"};
        int near = 0;
        int nearWith = 0;
        int far = 0;
        int farWith = 0;
        for (SessionView v : corpus) {
            List<Coding> ruptures = v.codings().stream()
                    .filter(c -> c.coder().equals("A") && c.layerId().equals("rupture")).toList();
            for (Utterance u : v.utterances()) {
                if (u.role() != Role.PATIENT) {
                    continue;
                }
                boolean has = containsAny(u.text(), phrases);
                if (ruptures.stream().anyMatch(r -> u.start() <= r.end() && u.end() >= r.start() - 30_000)) {
                    near++;
                    nearWith += has ? 1 : 0;
                } else {
                    far++;
                    farWith += has ? 1 : 0;
                }
            }
        }
        assertThat(farWith).as("the phrases occur in ordinary talk too").isPositive();
        assertThat(nearWith / (double) near).isGreaterThan(3 * farWith / (double) far);
    }

    @Test
    void invitationsToDiscussTheRuptureAreQuestionsByTheTherapist() {
        int seen = 0;
        for (SessionView v : corpus) {
            for (Coding c : v.codings()) {
                if (c.coder().equals("A") && c.code().equals("R4")) {
                    seen++;
                    Utterance said = v.utterances().stream()
                            .filter(u -> u.start() == c.start() && u.end() == c.end()).findFirst().orElseThrow();
                    assertThat(said.role()).isEqualTo(Role.THERAPIST);
                    assertThat(said.text()).endsWith("?");
                }
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void theHeaderNamesClientTherapistSessionDateAndSeed() {
        Map<String, List<SessionView>> byClient = new TreeMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            SessionView v = corpus.get(i);
            AnnotationDocument d = v.document();
            String client = d.property(SessionGenerator.CLIENT_PROPERTY).orElseThrow();
            String therapist = d.property(SessionGenerator.THERAPIST_PROPERTY).orElseThrow();
            assertThat(v.roleOf(client)).isEqualTo(Role.PATIENT);
            assertThat(v.roleOf(therapist)).isEqualTo(Role.THERAPIST);
            assertThat(d.tier(SessionGenerator.PATIENT_TIER).orElseThrow().participant()).isEqualTo(client);
            assertThat(d.property(SessionGenerator.SEED_PROPERTY)).contains("7");
            assertThat(d.property(SessionGenerator.CORPUS_NUMBER_PROPERTY)).contains(String.valueOf(i + 1));
            assertThat(d.date()).startsWith(d.property(SessionGenerator.DATE_PROPERTY).orElseThrow());
            byClient.computeIfAbsent(client, k -> new ArrayList<>()).add(v);
        }
        for (List<SessionView> course : byClient.values()) {
            for (int i = 1; i < course.size(); i++) {
                AnnotationDocument before = course.get(i - 1).document();
                AnnotationDocument after = course.get(i).document();
                assertThat(Integer.parseInt(after.property(SessionGenerator.SESSION_NUMBER_PROPERTY).orElseThrow()))
                        .isEqualTo(Integer.parseInt(before.property(SessionGenerator.SESSION_NUMBER_PROPERTY)
                                .orElseThrow()) + 1);
                assertThat(ChronoUnit.DAYS.between(date(before), date(after))).isEqualTo(7);
                assertThat(after.property(SessionGenerator.THERAPIST_PROPERTY))
                        .isEqualTo(before.property(SessionGenerator.THERAPIST_PROPERTY));
            }
        }
    }

    @Test
    void fileNamesAreZeroPaddedSoTheySortInOrder() {
        assertThat(SessionGenerator.fileName(1)).isEqualTo("session-00001.eaf");
        assertThat(SessionGenerator.fileName(10_000)).isEqualTo("session-10000.eaf");
        assertThat(SessionGenerator.fileName(9)).isLessThan(SessionGenerator.fileName(10));
    }

    private static LocalDate date(AnnotationDocument d) {
        return LocalDate.parse(d.property(SessionGenerator.DATE_PROPERTY).orElseThrow());
    }

    private static boolean overlap(Coding a, Coding b) {
        return Math.max(a.start(), b.start()) < Math.min(a.end(), b.end());
    }

    private static boolean containsAny(String text, String[] phrases) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : phrases) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(AnnotationDocument d) {
        return SessionView.of(d, SCHEMES::find).utterances().stream().map(Utterance::text).toList();
    }
}
