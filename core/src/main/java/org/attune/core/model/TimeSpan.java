package org.attune.core.model;

/**
 * A resolved time interval in milliseconds.
 *
 * @param start     start, ms
 * @param end       end, ms ({@code >= start})
 * @param estimated whether a bound came from an unaligned time slot and was interpolated
 */
public record TimeSpan(long start, long end, boolean estimated) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param start start, ms
     * @param end end, ms ({@code >= start})
     * @param estimated whether a bound came from an unaligned time slot and was interpolated
     */
    public TimeSpan {
        if (end < start) {
            throw new IllegalArgumentException("span ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * The length of the span in milliseconds ({@code end - start}).
     *
     * @return the duration
     */
    public long duration() {
        return end - start;
    }

    /**
     * Whether this span and another overlap (zero-length spans lie within the other's closed span).
     *
     * @param other the other one
     * @return whether this span and another overlap (zero-length spans lie within the other's closed span)
     */
    public boolean overlaps(TimeSpan other) {
        if (Math.max(start, other.start) < Math.min(end, other.end)) {
            return true;
        }
        if (start == end) {
            return start >= other.start && start <= other.end;
        }
        if (other.start == other.end) {
            return other.start >= start && other.start <= end;
        }
        return false;
    }
}
