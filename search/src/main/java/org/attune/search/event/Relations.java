package org.attune.search.event;

import org.attune.search.query.TimeWindow;
import org.attune.search.query.UtteranceWindow;
import org.attune.search.query.Window;

/** The relations between events of one session, exactly as the language defines them. */
public final class Relations {
    private Relations() {
    }

    /**
     * Whether {@code [aStart, aEnd]} and {@code [bStart, bEnd]} overlap: {@code max(starts) < min(ends)}, or a
     * zero-length one lies within the other's closed span.
     *
     * @param aStart the a start
     * @param aEnd the a end
     * @param bStart the b start
     * @param bEnd the b end
     * @return whether {@code [aStart, aEnd]} and {@code [bStart, bEnd]} overlap: {@code max(starts) < min(ends)}, or a zero-length one lies within the other's closed span
     */
    public static boolean overlaps(long aStart, long aEnd, long bStart, long bEnd) {
        if (Math.max(aStart, bStart) < Math.min(aEnd, bEnd)) {
            return true;
        }
        if (aStart == aEnd && bStart <= aStart && aStart <= bEnd) {
            return true;
        }
        return bStart == bEnd && aStart <= bStart && bStart <= aEnd;
    }

    /**
     * Whether {@code [innerStart, innerEnd]} lies within {@code [outerStart, outerEnd]}: {@code outerStart <=
     * innerStart} and {@code innerEnd <= outerEnd} (equal spans contain each other; a zero-length inner event may sit
     * on either end of the outer span).
     *
     * @param innerStart the contained event's start
     * @param innerEnd the contained event's end
     * @param outerStart the containing event's start
     * @param outerEnd the containing event's end
     * @return whether the inner span lies within the outer one
     */
    public static boolean contains(long innerStart, long innerEnd, long outerStart, long outerEnd) {
        return outerStart <= innerStart && innerEnd <= outerEnd;
    }

    /**
     * Whether b follows a within the window: {@code b.start >= a.start} and, for a time window T,
     * {@code b.start <= a.end + T}; for N utterances, {@code u(b) - u(a) <= N}; with no window, nothing more.
     *
     * @param aU {@code u(a)}, the number of utterances starting no later than a
     * @param bU {@code u(b)}
     * @param aStart the a start
     * @param aEnd the a end
     * @param bStart the b start
     * @param window the time window
     * @return whether b follows a within the window: {@code b.start >= a.start} and, for a time window T, {@code b.start <= a.end + T}; for N utterances, {@code u(b) - u(a) <= N}; with no window, nothing more
     */
    public static boolean follows(long aStart, long aEnd, int aU, long bStart, int bU, Window window) {
        if (bStart < aStart) {
            return false;
        }
        if (window instanceof TimeWindow t) {
            return bStart <= aEnd + t.millis();
        }
        if (window instanceof UtteranceWindow u) {
            return (long) bU - aU <= u.count();
        }
        return true;
    }
}
