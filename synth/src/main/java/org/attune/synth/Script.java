package org.attune.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plan of one session: who speaks in which turn, which turns are rupture markers and resolution strategies
 * (the rupture episodes), what is said, and when. Built in three passes — turns and episodes over turn indices,
 * then texts, then times — so that the number of turns and the duration are both hit exactly.
 */
final class Script {

    /** What a turn is for. */
    enum Kind { OPENING, TALK, BACKCHANNEL, LEAD_UP, PROBE, MARKER, STRATEGY, REPAIR, CLOSING }

    /**
     * A rupture episode: the patient's marker turns {@code first..last} (with the therapist's probes between),
     * coded {@code code} with significance {@code rating}, and the therapist's strategy turns and their codes.
     */
    record Episode(int first, int last, String code, int rating, int[] strategyTurns, String[] strategyCodes) {
    }

    /** A timed turn: speaker (therapist or patient), span in ms, text. */
    record Line(boolean therapist, Kind kind, long start, long end, String text) {
    }

    private static final String[] WITHDRAWAL = {"W1", "W2", "W3", "W4", "W5", "W6", "W7"};
    private static final int[] WITHDRAWAL_WEIGHTS = {10, 30, 8, 20, 10, 8, 14};
    private static final String[] CONFRONTATION = {"C1", "C2", "C3", "C4", "C5", "C6", "C7"};
    private static final int[] CONFRONTATION_WEIGHTS = {15, 18, 22, 8, 18, 10, 9};
    private static final String[] STRATEGY = {"R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10"};
    private static final int[] AFTER_WITHDRAWAL = {3, 8, 5, 22, 4, 8, 16, 8, 12, 14};
    private static final int[] AFTER_CONFRONTATION = {10, 12, 14, 18, 18, 8, 6, 4, 6, 4};
    private static final int[] MINIMAL_RATINGS = {20, 40, 25, 10, 5};
    private static final int[] RATINGS = {8, 25, 35, 22, 10};

    final List<Line> lines;
    final List<Episode> episodes;

    private Script(List<Line> lines, List<Episode> episodes) {
        this.lines = lines;
        this.episodes = episodes;
    }

    /** A session of {@code turns} turns lasting {@code durationMs}, for a client with {@code traits}. */
    static Script write(Rng rng, int turns, long durationMs, Caseload.Traits traits) {
        boolean[] therapist = speakers(rng, turns);
        Kind[] kinds = new Kind[turns];
        String[] codes = new String[turns];
        Arrays.fill(kinds, Kind.TALK);
        for (int i = 1; i < turns - 1; i++) {
            if (therapist[i] && rng.chance(0.12)) {
                kinds[i] = Kind.BACKCHANNEL;
            }
        }
        kinds[0] = Kind.OPENING;
        kinds[turns - 1] = Kind.CLOSING;
        List<Episode> episodes = episodes(rng, therapist, kinds, codes, traits);
        String[] texts = texts(rng, therapist, kinds, codes, durationMs);
        return new Script(time(rng, therapist, kinds, codes, texts, durationMs), episodes);
    }

    /** Mostly alternating speakers, the therapist first and last, now and then two turns by the same speaker. */
    private static boolean[] speakers(Rng rng, int turns) {
        boolean[] therapist = new boolean[turns];
        therapist[0] = true;
        for (int i = 1; i < turns; i++) {
            boolean repeatedBefore = i >= 2 && therapist[i - 1] == therapist[i - 2];
            therapist[i] = !repeatedBefore && rng.chance(0.08) ? therapist[i - 1] : !therapist[i - 1];
        }
        therapist[turns - 1] = true;
        return therapist;
    }

    // ------------------------------------------------------------------ episodes

    /** Places the rupture episodes, one per equal stretch of the session, and marks their turns. */
    private static List<Episode> episodes(Rng rng, boolean[] therapist, Kind[] kinds, String[] codes,
                                          Caseload.Traits traits) {
        int turns = therapist.length;
        int from = 6;
        int to = turns - 14;
        int wanted = (int) Math.round(traits.ruptureRate() + 1.5 * rng.gaussian());
        int count = Math.max(1, Math.min(wanted, Math.min(12, (to - from) / 16)));
        int stretch = (to - from) / count;
        List<Episode> out = new ArrayList<>();
        int free = from;
        for (int e = 0; e < count; e++) {
            int lo = Math.max(free, from + e * stretch);
            int hi = from + (e + 1) * stretch - 12;
            int start = nextPatient(therapist, lo + rng.nextInt(Math.max(1, hi - lo)));
            if (start < 0 || start >= to) {
                break;
            }
            Episode episode = episode(rng, therapist, start, traits);
            mark(episode, kinds, codes, therapist, rng);
            out.add(episode);
            free = Math.max(episode.last(), last(episode.strategyTurns(), episode.last())) + 3;
        }
        return List.copyOf(out);
    }

    private static Episode episode(Rng rng, boolean[] therapist, int start, Caseload.Traits traits) {
        boolean withdrawal = rng.chance(traits.withdrawalShare());
        String code = withdrawal ? WITHDRAWAL[rng.weighted(WITHDRAWAL_WEIGHTS)]
                : CONFRONTATION[rng.weighted(CONFRONTATION_WEIGHTS)];
        int markers = code.equals("W2") ? rng.between(1, 3) : rng.chance(0.25) ? 2 : 1;
        int last = start;
        for (int m = 1; m < markers; m++) {
            last = nextPatient(therapist, last + 1);
        }
        int rating = 1 + rng.weighted(code.equals("W2") ? MINIMAL_RATINGS : RATINGS);
        rating = Math.max(1, Math.min(5, rating + (int) Math.round(traits.intensity() * rng.nextDouble())));
        if (!rng.chance(0.85)) {
            return new Episode(start, last, code, rating, new int[0], new String[0]);
        }
        int[] weights = withdrawal ? AFTER_WITHDRAWAL : AFTER_CONFRONTATION;
        int first = nextTherapist(therapist, last + 1);
        for (int skip = rng.weighted(new int[] {40, 40, 20}); skip > 0; skip--) {
            first = nextTherapist(therapist, first + 1);
        }
        String firstCode = STRATEGY[rng.weighted(weights)];
        if (rng.chance(0.3)) {
            int second = nextTherapist(therapist, first + 1);
            String secondCode = STRATEGY[rng.weighted(weights)];
            if (!secondCode.equals(firstCode)) {
                return new Episode(start, last, code, rating, new int[] {first, second},
                        new String[] {firstCode, secondCode});
            }
        }
        return new Episode(start, last, code, rating, new int[] {first}, new String[] {firstCode});
    }

    /** Marks the turns of an episode: markers, the therapist's probes between and before the strategy, repairs. */
    private static void mark(Episode e, Kind[] kinds, String[] codes, boolean[] therapist, Rng rng) {
        int end = last(e.strategyTurns(), e.last());
        for (int i = e.first() - 1; i > 0; i--) {
            if (!therapist[i]) {
                if (kinds[i] == Kind.TALK && rng.chance(0.5)) {
                    kinds[i] = Kind.LEAD_UP;
                }
                break;
            }
        }
        for (int i = e.first(); i <= end; i++) {
            kinds[i] = Kind.PROBE;
        }
        for (int i = e.first(); i <= e.last(); i++) {
            kinds[i] = Kind.MARKER;
            codes[i] = e.code();
        }
        for (int s = 0; s < e.strategyTurns().length; s++) {
            int t = e.strategyTurns()[s];
            kinds[t] = Kind.STRATEGY;
            codes[t] = e.strategyCodes()[s];
        }
        // a patient turn right after a strategy is a repair; one before the first strategy stays a short answer
        for (int i = e.last() + 1; i <= end; i++) {
            if (kinds[i] == Kind.PROBE && i > 0 && kinds[i - 1] == Kind.STRATEGY) {
                kinds[i] = Kind.REPAIR;
            }
        }
        if (end + 1 < kinds.length - 1 && kinds[end] == Kind.STRATEGY && kinds[end + 1] == Kind.TALK) {
            kinds[end + 1] = Kind.REPAIR;
        }
    }

    private static int last(int[] turns, int otherwise) {
        return turns.length == 0 ? otherwise : turns[turns.length - 1];
    }

    private static int nextPatient(boolean[] therapist, int from) {
        for (int i = from; i < therapist.length - 1; i++) {
            if (!therapist[i]) {
                return i;
            }
        }
        return -1;
    }

    private static int nextTherapist(boolean[] therapist, int from) {
        for (int i = from; i < therapist.length; i++) {
            if (therapist[i]) {
                return i;
            }
        }
        return therapist.length - 1;
    }

    // ------------------------------------------------------------------ texts

    private static final double MS_PER_WORD = 375;
    private static final double MEAN_PAUSE_MS = 1150;

    /** What is said in each turn, long enough on average to fill the session at an ordinary pace. */
    private static String[] texts(Rng rng, boolean[] therapist, Kind[] kinds, String[] codes, long durationMs) {
        int turns = therapist.length;
        double wordsPerTurn = Math.max(4, (durationMs / (double) turns - MEAN_PAUSE_MS) / MS_PER_WORD);
        String[] out = new String[turns];
        for (int i = 0; i < turns; i++) {
            int target = (int) Math.round(wordsPerTurn * (therapist[i] ? 0.8 : 1.3) * (0.3 + 1.4 * rng.nextDouble()));
            out[i] = text(rng, therapist[i], kinds[i], codes[i], target);
        }
        return out;
    }

    private static String text(Rng rng, boolean therapist, Kind kind, String code, int targetWords) {
        switch (kind) {
            case OPENING:
                return Phrases.fill(rng.pick(Phrases.THERAPIST_OPENING), rng);
            case CLOSING:
                return Phrases.fill(rng.pick(Phrases.THERAPIST_CLOSING), rng);
            case BACKCHANNEL:
                return rng.pick(Phrases.THERAPIST_BACKCHANNEL);
            case PROBE:
                return therapist ? rng.pick(Phrases.THERAPIST_PROBE) : rng.pick(Phrases.MARKERS.get("W2"));
            case REPAIR:
                return rng.pick(Phrases.PATIENT_REPAIR);
            case MARKER:
                String marker = Phrases.fill(rng.pick(Phrases.MARKERS.get(code)), rng);
                return code.equals("W2") ? marker : extend(rng, marker, Phrases.PATIENT_TALK, targetWords / 2);
            case STRATEGY:
                return Phrases.fill(rng.pick(Phrases.STRATEGIES.get(code)), rng);
            case LEAD_UP:
                return extend(rng, rng.pick(Phrases.PATIENT_HEDGES), Phrases.PATIENT_TALK, targetWords);
            case TALK:
            default:
                String[] bank = therapist ? Phrases.THERAPIST_TALK : Phrases.PATIENT_TALK;
                String first = !therapist && rng.chance(0.04) ? rng.pick(Phrases.PATIENT_HEDGES)
                        : Phrases.fill(rng.pick(bank), rng);
                return extend(rng, first, bank, targetWords);
        }
    }

    /** Adds sentences from {@code bank} until the text has about {@code targetWords} words (at most six sentences). */
    private static String extend(Rng rng, String first, String[] bank, int targetWords) {
        StringBuilder out = new StringBuilder(first);
        int words = Phrases.words(first);
        String previous = first;
        for (int sentences = 1; words < targetWords && sentences < 6; sentences++) {
            String next = Phrases.fill(rng.pick(bank), rng);
            if (next.equals(previous)) {
                continue;
            }
            out.append(' ').append(next);
            words += Phrases.words(next);
            previous = next;
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ times

    /**
     * Times the turns: each lasts as long as its words take at the session's pace, with a pause before the next
     * (longer after a withdrawal marker), all scaled so the last turn ends at {@code durationMs}.
     */
    private static List<Line> time(Rng rng, boolean[] therapist, Kind[] kinds, String[] codes, String[] texts,
                                   long durationMs) {
        int turns = texts.length;
        double pace = MS_PER_WORD * (0.85 + 0.3 * rng.nextDouble());
        double[] speech = new double[turns];
        double[] pause = new double[turns];
        double total = 0;
        for (int i = 0; i < turns; i++) {
            speech[i] = 250 + Phrases.words(texts[i]) * pace * (0.85 + 0.3 * rng.nextDouble());
            boolean silence = kinds[i] == Kind.MARKER && codes[i].startsWith("W");
            pause[i] = i == turns - 1 ? 0 : silence ? 1500 + 3500 * rng.nextDouble() : 250 + 1500 * rng.nextDouble();
            total += speech[i] + pause[i];
        }
        double lead = 1000 + 3000 * rng.nextDouble();
        double scale = (durationMs - lead) / total;
        List<Line> out = new ArrayList<>(turns);
        double t = lead;
        for (int i = 0; i < turns; i++) {
            long start = Math.round(t);
            t += speech[i] * scale;
            long end = i == turns - 1 ? durationMs : Math.round(t);
            out.add(new Line(therapist[i], kinds[i], start, end, texts[i]));
            t += pause[i] * scale;
        }
        return List.copyOf(out);
    }
}
