package org.attune.search.index;

import java.time.Duration;

/** Durations as people write them: {@code 10m}, {@code 90s}, {@code 1h30m}, {@code 500ms}. */
final class Durations {
    private Durations() {
    }

    static String show(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        long s = ms / 1000;
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            b.append(s % 3600 / 60).append('m');
        }
        if (s % 60 > 0 || b.length() == 0) {
            b.append(s % 60).append('s');
        }
        return b.toString();
    }
}
