package org.attune.core.analysis.agreement;

import java.util.Locale;
import java.util.Optional;

/** The level of measurement of Krippendorff's alpha: which difference function compares two values. */
public enum Level {
    /** Values are names: any two different values disagree fully. */
    NOMINAL,
    /** Values are ranks: disagreement grows with how many values lie between them. */
    ORDINAL,
    /** Values are numbers on an interval scale: squared difference. */
    INTERVAL,
    /** Values are numbers with a true zero: squared relative difference. */
    RATIO;

    /**
     * The lower-case name used on the command line.
     *
     * @return the lower-case name used on the command line
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The level named {@code id} (ignoring case).
     *
     * @param id the identifier
     * @return the level named {@code id} (ignoring case)
     */
    public static Optional<Level> parse(String id) {
        for (Level l : values()) {
            if (l.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
