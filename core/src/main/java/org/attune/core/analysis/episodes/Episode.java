package org.attune.core.analysis.episodes;

import java.util.List;
import java.util.Objects;
import org.attune.core.profile.Coding;

/**
 * A rupture episode: a rupture marker and the resolution strategies that follow it within its window.
 *
 * @param rupture      the rupture marker (category withdrawal or confrontation)
 * @param windowEnd    where the episode's window ends, ms (exclusive)
 * @param resolutions  the resolution strategies starting in [rupture start, window end), in order
 * @param highestStage the highest resolution stage (1–5) coded in the window, or null when none is coded
 */
public record Episode(Coding rupture, long windowEnd, List<Coding> resolutions, Integer highestStage) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param rupture the rupture marker (category withdrawal or confrontation)
     * @param windowEnd where the episode's window ends, ms (exclusive)
     * @param resolutions the resolution strategies starting in [rupture start, window end), in order
     * @param highestStage the highest resolution stage (1–5) coded in the window, or null when none is coded
     */
    public Episode {
        Objects.requireNonNull(rupture, "rupture");
        resolutions = List.copyOf(resolutions);
    }

    /**
     * Whether at least one resolution strategy follows the rupture.
     *
     * @return whether at least one resolution strategy follows the rupture
     */
    public boolean resolved() {
        return !resolutions.isEmpty();
    }

    /**
     * Milliseconds from the rupture's start to the first resolution's start, or null when unresolved.
     *
     * @return the time to first resolution
     */
    public Long timeToFirstResolution() {
        return resolutions.isEmpty() ? null : resolutions.get(0).start() - rupture.start();
    }
}
