package org.attune.core.analysis.segments;

/**
 * A coder's adjustment of a segment's ratings; null fields keep the derived value.
 *
 * @param segment                   1-based segment number
 * @param withdrawalSignificance    the withdrawal significance to use, or null
 * @param confrontationSignificance the confrontation significance to use, or null
 * @param resolutionRating          the resolution rating to use, or null
 */
public record SegmentOverride(int segment, Integer withdrawalSignificance, Integer confrontationSignificance,
                              Integer resolutionRating) {
}
