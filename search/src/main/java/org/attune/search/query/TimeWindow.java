package org.attune.search.query;

import java.util.Locale;

/**
 * {@code within 60s}: b starts no later than {@code a.end + T}.
 *
 * @param amount how many units (0 or more)
 * @param unit   the unit as written
 */
public record TimeWindow(long amount, Unit unit) implements Window {

    /** Time units of windows. */
    public enum Unit {
        /** Milliseconds ({@code ms}). */
        MS(1),
        /** Seconds ({@code s}). */
        S(1_000),
        /** Minutes ({@code m}). */
        M(60_000),
        /** Hours ({@code h}). */
        H(3_600_000);

        private final long millis;

        Unit(long millis) {
            this.millis = millis;
        }

        /**
         * The unit as written ({@code ms}, {@code s}, {@code m}, {@code h}).
         *
         * @return the unit as written ({@code ms}, {@code s}, {@code m}, {@code h})
         */
        public String symbol() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The unit's length in milliseconds.
         *
         * @return the length in milliseconds
         */
        public long millis() {
            return millis;
        }
    }

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param amount how many units (0 or more)
     * @param unit the unit as written
     */
    public TimeWindow {
        if (amount < 0 || amount > Long.MAX_VALUE / 3_600_000 / 4) {
            throw new IllegalArgumentException("window out of range: " + amount);
        }
    }

    /**
     * The window in milliseconds.
     *
     * @return the window in milliseconds
     */
    public long millis() {
        return amount * unit.millis();
    }
}
