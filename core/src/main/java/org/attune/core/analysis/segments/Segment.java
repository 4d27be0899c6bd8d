package org.attune.core.analysis.segments;

import java.util.Map;

/**
 * One row of a 3RS segment sheet.
 *
 * @param number                    1-based segment number
 * @param start                     start, ms
 * @param end                       end, ms (exclusive)
 * @param codes                     code id → number of codings of it overlapping the segment (markers and
 *                                  strategies; codes absent are 0)
 * @param withdrawalSignificance    highest rating of a withdrawal marker in the segment (or the coder's
 *                                  override), null when none
 * @param confrontationSignificance the same for confrontation markers
 * @param resolutionRating          the coder's resolution rating for the segment, else the highest rating of a
 *                                  rated resolution code in it, else null
 */
public record Segment(int number, long start, long end, Map<String, Integer> codes, Integer withdrawalSignificance,
                      Integer confrontationSignificance, Integer resolutionRating) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param number 1-based segment number
     * @param start start, ms
     * @param end end, ms (exclusive)
     * @param codes code id → number of codings of it overlapping the segment (markers and
     * @param withdrawalSignificance highest rating of a withdrawal marker in the segment (or the coder's
     * @param confrontationSignificance the same for confrontation markers
     * @param resolutionRating the coder's resolution rating for the segment, else the highest rating of a
     */
    public Segment {
        codes = Map.copyOf(codes);
    }

    /**
     * How many codings of a code overlap the segment.
     *
     * @param code the code's id
     * @return the number of codings
     */
    public int count(String code) {
        return codes.getOrDefault(code, 0);
    }
}
