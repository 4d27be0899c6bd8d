package org.attune.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

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

    /**
     * Items spread over as few lanes as needed so that no two items of a lane overlap (touching is fine): each
     * item, in order of start and then end (ties keep their order), goes to the first lane whose last item has
     * ended. Formats that cannot hold overlapping intervals on one tier (Praat TextGrid, ELAN recognizer output)
     * put each lane on a tier of its own.
     *
     * @param <T>   the kind of item
     * @param items the items, in any order
     * @param start an item's start, ms
     * @param end   an item's end, ms
     * @return the lanes, each in start order; empty for no items
     */
    public static <T> List<List<T>> lanes(List<T> items, ToLongFunction<T> start, ToLongFunction<T> end) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingLong(start).thenComparingLong(end));
        List<List<T>> lanes = new ArrayList<>();
        for (T item : sorted) {
            List<T> lane = null;
            for (List<T> l : lanes) {
                if (end.applyAsLong(l.get(l.size() - 1)) <= start.applyAsLong(item)) {
                    lane = l;
                    break;
                }
            }
            if (lane == null) {
                lane = new ArrayList<>();
                lanes.add(lane);
            }
            lane.add(item);
        }
        return lanes.stream().map(List::copyOf).toList();
    }

    /**
     * How many of the ascending times in {@code sorted} are at or before {@code time} (binary search): the index
     * of the last such time is one less.
     *
     * @param sorted ascending times, ms
     * @param time   the time, ms
     * @return the count, 0 to {@code sorted.length}
     */
    public static int countAtOrBefore(long[] sorted, long time) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
