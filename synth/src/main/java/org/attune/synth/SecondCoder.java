package org.attune.synth;

import java.util.ArrayList;
import java.util.List;
import org.attune.core.profile.Sessions;

/**
 * A second coder who watched the same session: agrees with the first coder most of the time, not always. Each of
 * the first coder's codings is kept with a probability, mostly with the same code (else another code of the same
 * category, rarely of the other rupture category), with boundaries a second or two off and a rating one point
 * off now and then; and a few subtle ruptures the first coder did not code are added.
 */
final class SecondCoder {
    static final String CODER = "B";

    private static final double KEEP_RUPTURE = 0.85;
    private static final double KEEP_RESOLUTION = 0.8;
    private static final double SAME_CODE = 0.7;
    private static final double OTHER_CATEGORY = 0.05;
    private static final long JITTER_MS = 1500;

    private SecondCoder() {
    }

    /**
     * Coder B's codings, given coder A's and the session's patient turns (start and end, ms) where B may see a
     * rupture A did not.
     */
    static List<Sessions.Coded> code(Rng rng, List<Sessions.Coded> first, List<long[]> patientTurns,
                                     long durationMs) {
        List<Sessions.Coded> out = new ArrayList<>();
        for (Sessions.Coded a : first) {
            boolean resolution = a.code().startsWith("R");
            if (!rng.chance(resolution ? KEEP_RESOLUTION : KEEP_RUPTURE)) {
                continue;
            }
            long start = clamp(a.start() + Math.round(JITTER_MS * rng.gaussian()), 0, durationMs);
            long end = clamp(a.end() + Math.round(JITTER_MS * rng.gaussian()), start, durationMs);
            Integer rating = a.rating() == null ? null
                    : Math.max(1, Math.min(5, a.rating() + rng.weighted(new int[] {20, 60, 20}) - 1));
            out.add(new Sessions.Coded(code(rng, a.code()), CODER, start, end, rating, null));
        }
        int extra = rng.weighted(new int[] {50, 35, 15});
        for (int i = 0; i < extra && !patientTurns.isEmpty(); i++) {
            long[] turn = patientTurns.get(rng.nextInt(patientTurns.size()));
            if (first.stream().noneMatch(a -> a.start() <= turn[1] && turn[0] <= a.end())) {
                String code = rng.pick(new String[] {"W1", "W2", "W3", "W5", "C2", "C6"});
                out.add(new Sessions.Coded(code, CODER, turn[0], turn[1], rng.between(1, 2), null));
            }
        }
        out.sort((x, y) -> Long.compare(x.start(), y.start()));
        return out;
    }

    private static String code(Rng rng, String code) {
        if (rng.chance(SAME_CODE)) {
            return code;
        }
        char category = code.charAt(0);
        if (category != 'R' && rng.chance(OTHER_CATEGORY / (1 - SAME_CODE))) {
            category = category == 'W' ? 'C' : 'W';
        }
        int max = category == 'R' ? 10 : 7;
        String other = category + String.valueOf(rng.between(1, max));
        return other.equals(code) ? category + String.valueOf(rng.between(1, max)) : other;
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
