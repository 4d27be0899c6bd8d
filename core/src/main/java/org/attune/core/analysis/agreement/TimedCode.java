package org.attune.core.analysis.agreement;

import java.util.Objects;

/**
 * A code one rater put on a stretch of time, for time-based agreement.
 *
 * @param start start, ms
 * @param end   end, ms
 * @param value the code (category)
 */
public record TimedCode(long start, long end, String value) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param start start, ms
     * @param end end, ms
     * @param value the code (category)
     */
    public TimedCode {
        Objects.requireNonNull(value, "value");
        if (end < start) {
            throw new IllegalArgumentException("ends before it starts");
        }
    }

    /**
     * Overlap divided by the extent of both (intersection over union); 0 when they do not overlap.
     *
     * @param other the other one
     * @return the overlap ratio
     */
    public double overlapRatio(TimedCode other) {
        long inter = Math.min(end, other.end) - Math.max(start, other.start);
        long union = Math.max(end, other.end) - Math.min(start, other.start);
        if (union <= 0) {
            return start == other.start ? 1 : 0;
        }
        return inter <= 0 ? 0 : inter / (double) union;
    }
}
