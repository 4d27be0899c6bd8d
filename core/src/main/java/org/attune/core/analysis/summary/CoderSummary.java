package org.attune.core.analysis.summary;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.attune.core.analysis.episodes.Episode;
import org.attune.core.profile.Coding;

/**
 * What one coder coded in one session.
 *
 * @param coder      the coder
 * @param codings    the coder's codings, in time order
 * @param byCode     code id → number of codings (sorted by code)
 * @param byCategory category → number of codings (sorted by category; "" = unknown)
 * @param episodes   the rupture episodes
 */
public record CoderSummary(String coder, List<Coding> codings, Map<String, Integer> byCode,
                           Map<String, Integer> byCategory, List<Episode> episodes) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param coder the coder
     * @param codings the coder's codings, in time order
     * @param byCode code id → number of codings (sorted by code)
     * @param byCategory category → number of codings (sorted by category; "" = unknown)
     * @param episodes the rupture episodes
     */
    public CoderSummary {
        codings = List.copyOf(codings);
        byCode = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCode));
        byCategory = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCategory));
        episodes = List.copyOf(episodes);
    }

    /**
     * Ruptures followed by at least one resolution strategy.
     *
     * @return the resolved count
     */
    public long resolvedCount() {
        return episodes.stream().filter(Episode::resolved).count();
    }

    /**
     * Resolved ruptures / ruptures, or empty without ruptures.
     *
     * @return the resolution rate
     */
    public OptionalDouble resolutionRate() {
        return episodes.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(resolvedCount() / (double) episodes.size());
    }

    /**
     * Mean time from a rupture to its first resolution strategy, ms, over resolved ruptures; empty if none.
     *
     * @return the mean time to resolution
     */
    public OptionalDouble meanTimeToResolution() {
        return episodes.stream().filter(Episode::resolved).mapToLong(Episode::timeToFirstResolution).average();
    }
}
