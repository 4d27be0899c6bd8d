package org.attune.search.query;

import java.util.Locale;
import java.util.Objects;

/** Codings of a category: {@code withdrawal}, {@code confrontation}, {@code rupture} (either) or {@code resolution}. */
public record CategoryRef(Name name) implements Element {

    /** The category keywords. */
    public enum Name {
        /** {@code withdrawal}: withdrawal ruptures. */
        WITHDRAWAL,
        /** {@code confrontation}: confrontation ruptures. */
        CONFRONTATION,
        /** {@code rupture}: ruptures of either kind. */
        RUPTURE,
        /** {@code resolution}: resolutions. */
        RESOLUTION;

        /**
         * The keyword as written in a query.
         *
         * @return the keyword as written in a query
         */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param name the category keyword
     */
    public CategoryRef {
        Objects.requireNonNull(name, "name");
    }
}
