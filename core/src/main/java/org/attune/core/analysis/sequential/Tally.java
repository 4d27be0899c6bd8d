package org.attune.core.analysis.sequential;

/**
 * How given→target pairs are tallied.
 */
public sealed interface Tally permits Tally.ByEvents, Tally.ByTime {

    /** Event k places later (lag k ≥ 1): each event is paired with the k-th event after it in the same session. */
    record ByEvents(int lag) implements Tally {
        /**
         * Creates the record, checking and normalising its components.
         *
         * @param lag k, 1 or more
         */
        public ByEvents {
            if (lag < 1) {
                throw new IllegalArgumentException("the lag must be 1 or more, got " + lag);
            }
        }
    }

    /**
     * A time window: each event is paired with every later-starting event whose onset falls within
     * {@code windowMs} after its own onset (each code at most once per given event).
     */
    record ByTime(long windowMs) implements Tally {
        /**
         * Creates the record, checking and normalising its components.
         *
         * @param windowMs the window after each onset, in milliseconds (positive)
         */
        public ByTime {
            if (windowMs <= 0) {
                throw new IllegalArgumentException("the window must be positive, got " + windowMs + " ms");
            }
        }
    }
}
