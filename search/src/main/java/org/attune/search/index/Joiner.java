package org.attune.search.index;

import org.attune.search.event.QueryPlan;
import org.attune.search.event.Relations;
import org.attune.search.query.TimeWindow;
import org.attune.search.query.UtteranceWindow;
import org.attune.search.query.Window;

/**
 * Finds every match of a query plan in one session from the hits of each element: each step's candidates are found
 * by binary search on start time and scanned only while they can still be inside the window; overlap-group members
 * are scanned from the earliest start that can still overlap, containment-group members from the earliest start
 * that can still hold the previous member up to that member's start. Matches come out in canonical order.
 */
final class Joiner {

    /** Receives matches: the session and, per element, the index into that element's hits. */
    interface Sink {
        void match(long sid, int[] hitIndex);
    }

    private final QueryPlan plan;
    private final Hits[] hits;
    private final Hits absent;
    private final int[] from;
    private final int[] to;
    private final long[] maxDuration;
    private int absentFrom;
    private int absentTo;
    private final int[] chosen;
    private long sid;
    private Sink sink;

    Joiner(QueryPlan plan, Hits[] hits, Hits absent) {
        this.plan = plan;
        this.hits = hits;
        this.absent = absent;
        this.from = new int[hits.length];
        this.to = new int[hits.length];
        this.maxDuration = new long[hits.length];
        this.chosen = new int[hits.length];
    }

    /** Finds the matches in session {@code sid}; returns whether every element has hits there. */
    boolean session(long sid, Sink sink) {
        this.sid = sid;
        this.sink = sink;
        long lo = Hits.key(sid, 0);
        long hi = Hits.key(sid + 1, 0);
        for (int i = 0; i < hits.length; i++) {
            Hits h = hits[i];
            from[i] = h.lowerBoundKey(0, h.size, lo);
            to[i] = h.lowerBoundKey(from[i], h.size, hi);
            if (from[i] == to[i]) {
                return false;
            }
            long max = 0;
            for (int k = from[i]; k < to[i]; k++) {
                max = Math.max(max, h.end[k] - h.start[k]);
            }
            maxDuration[i] = max;
        }
        if (absent != null) {
            absentFrom = absent.lowerBoundKey(0, absent.size, lo);
            absentTo = absent.lowerBoundKey(absentFrom, absent.size, hi);
        }
        choose(0);
        return true;
    }

    private void choose(int i) {
        if (i == hits.length) {
            if (absent == null || !followedByAbsent()) {
                sink.match(sid, chosen.clone());
            }
            return;
        }
        Hits h = hits[i];
        int g = plan.groupOf(i);
        if (i == 0) {
            for (int k = from[i]; k < to[i]; k++) {
                chosen[i] = k;
                choose(i + 1);
            }
        } else if (plan.startsGroup(i)) {
            int a = plan.groupStart(g - 1);
            Hits ha = hits[a];
            int ka = chosen[a];
            Window w = plan.windowInto(g);
            for (int k = h.lowerBoundStart(from[i], to[i], ha.start[ka]); k < to[i]; k++) {
                if (beyond(w, ha, ka, h, k)) {
                    break;
                }
                if (Relations.follows(ha.start[ka], ha.end[ka], ha.u[ka], h.start[k], h.u[k], w) && distinct(i, k)) {
                    chosen[i] = k;
                    choose(i + 1);
                }
            }
        } else if (plan.containment(g)) {
            // containment: this event's span holds the previous member's, so it starts no later than that one and
            // no earlier than that one's end minus the longest hit here
            Hits hp = hits[i - 1];
            long pStart = hp.start[chosen[i - 1]];
            long pEnd = hp.end[chosen[i - 1]];
            for (int k = h.lowerBoundStart(from[i], to[i], pEnd - maxDuration[i]); k < to[i] && h.start[k] <= pStart; k++) {
                if (Relations.contains(pStart, pEnd, h.start[k], h.end[k]) && distinct(i, k)) {
                    chosen[i] = k;
                    choose(i + 1);
                }
            }
        } else {
            int f = plan.groupStart(g);
            Hits hf = hits[f];
            long fStart = hf.start[chosen[f]];
            long fEnd = hf.end[chosen[f]];
            for (int k = h.lowerBoundStart(from[i], to[i], fStart - maxDuration[i]); k < to[i] && h.start[k] <= fEnd; k++) {
                if (overlapsGroup(i, f, k) && distinct(i, k)) {
                    chosen[i] = k;
                    choose(i + 1);
                }
            }
        }
    }

    /** Whether candidate k (and every later one, by start) is past the window measured from a. */
    private static boolean beyond(Window w, Hits ha, int ka, Hits h, int k) {
        if (w instanceof TimeWindow t) {
            return h.start[k] > ha.end[ka] + t.millis();
        }
        if (w instanceof UtteranceWindow uw) {
            return (long) h.u[k] - ha.u[ka] > uw.count();
        }
        return false;
    }

    private boolean overlapsGroup(int i, int groupFirst, int k) {
        Hits h = hits[i];
        for (int j = groupFirst; j < i; j++) {
            Hits hj = hits[j];
            if (!Relations.overlaps(hj.start[chosen[j]], hj.end[chosen[j]], h.start[k], h.end[k])) {
                return false;
            }
        }
        return true;
    }

    private boolean distinct(int i, int k) {
        long key = hits[i].key[k];
        for (int j = 0; j < i; j++) {
            if (hits[j].key[chosen[j]] == key) {
                return false;
            }
        }
        return true;
    }

    private boolean followedByAbsent() {
        int a = plan.negationAnchor();
        Hits ha = hits[a];
        int ka = chosen[a];
        Window w = plan.negatedWindow();
        for (int k = absent.lowerBoundStart(absentFrom, absentTo, ha.start[ka]); k < absentTo; k++) {
            if (beyond(w, ha, ka, absent, k)) {
                return false;
            }
            if (Relations.follows(ha.start[ka], ha.end[ka], ha.u[ka], absent.start[k], absent.u[k], w)
                    && !chosenKey(absent.key[k])) {
                return true;
            }
        }
        return false;
    }

    private boolean chosenKey(long key) {
        for (int j = 0; j < hits.length; j++) {
            if (hits[j].key[chosen[j]] == key) {
                return true;
            }
        }
        return false;
    }
}
