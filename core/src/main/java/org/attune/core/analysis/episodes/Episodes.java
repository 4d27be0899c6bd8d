package org.attune.core.analysis.episodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.core.profile.Coding;
import org.attune.core.scheme.Category;

/**
 * Pairs rupture markers with the resolution strategies that follow them. A rupture's window starts at its onset
 * and ends after {@code window} or at the onset of the next rupture of the same category, whichever comes first;
 * every resolution strategy starting inside it belongs to the episode. The highest resolution stage is the
 * highest stage code (category {@code stage}, code {@code S1}–{@code S5}) starting inside the window.
 *
 * <p>When the document holds the coder's episode links ({@link EpisodeLinks}), those links decide which
 * strategies belong to which rupture instead of the window: a coder can correct the pairing in ELAN.
 */
public final class Episodes {

    /** The default window: five minutes. */
    public static final long DEFAULT_WINDOW_MS = 5 * 60_000L;
    /** The category of resolution-stage codes (scheme {@code stages}). */
    public static final String STAGE_CATEGORY = "stage";

    private Episodes() {
    }

    /**
     * The episodes of one coder's codings (pass codings of one coder), in rupture order.
     *
     * @param windowMs the window length, ms (positive)
     * @param codings the codings
     * @return the episodes of one coder's codings (pass codings of one coder), in rupture order
     */
    public static List<Episode> find(List<Coding> codings, long windowMs) {
        return find(codings, windowMs, Optional.empty());
    }

    /**
     * As {@link #find(List, long)}, but when the coder's stored links are given (rupture annotation id → linked
     * resolution annotation ids, see {@link EpisodeLinks#read}), they decide each rupture's strategies; a rupture
     * without links is unresolved. Windows still bound the stage search.
     *
     * @param codings the codings
     * @param windowMs the window, in milliseconds
     * @param stored the stored links, by rupture annotation id
     * @return the episodes
     */
    public static List<Episode> find(List<Coding> codings, long windowMs,
                                     Optional<Map<String, List<String>>> stored) {
        if (windowMs <= 0) {
            throw new IllegalArgumentException("the episode window must be positive, got " + windowMs + " ms");
        }
        List<Coding> ruptures = codings.stream().filter(c -> Category.isRupture(c.category())).toList();
        List<Coding> resolutions = codings.stream().filter(c -> Category.RESOLUTION.equals(c.category())).toList();
        List<Coding> stages = codings.stream().filter(c -> STAGE_CATEGORY.equals(c.category())).toList();
        List<Episode> out = new ArrayList<>();
        for (int i = 0; i < ruptures.size(); i++) {
            Coding r = ruptures.get(i);
            long end = r.start() + windowMs;
            for (int j = i + 1; j < ruptures.size(); j++) {
                Coding next = ruptures.get(j);
                if (next.category().equals(r.category()) && next.start() > r.start()) {
                    end = Math.min(end, next.start());
                    break;
                }
            }
            long windowEnd = end;
            List<Coding> mine;
            if (stored.isPresent()) {
                List<String> ids = stored.get().getOrDefault(r.annotationId(), List.of());
                mine = resolutions.stream().filter(c -> ids.contains(c.annotationId())).toList();
            } else {
                mine = resolutions.stream().filter(c -> c.start() >= r.start() && c.start() < windowEnd).toList();
            }
            Integer stage = null;
            for (Coding s : stages) {
                if (s.start() >= r.start() && s.start() < windowEnd) {
                    Integer n = stageNumber(s.code());
                    if (n != null && (stage == null || n > stage)) {
                        stage = n;
                    }
                }
            }
            out.add(new Episode(r, windowEnd, mine, stage));
        }
        return out;
    }

    /** The stage number of a stage code ({@code S3} → 3), or null. */
    static Integer stageNumber(String code) {
        String digits = code.replaceAll("\\D", "");
        if (digits.isEmpty() || digits.length() > 2) {
            return null;
        }
        return Integer.valueOf(digits);
    }
}
