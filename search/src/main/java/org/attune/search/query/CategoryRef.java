package org.attune.search.query;

import java.util.Locale;
import java.util.Objects;

/** Codings of a category: {@code withdrawal}, {@code confrontation}, {@code rupture} (either) or {@code resolution}. */
public record CategoryRef(Name name) implements Element {

    /** The category keywords. */
    public enum Name {
        WITHDRAWAL, CONFRONTATION, RUPTURE, RESOLUTION;

        /** The keyword as written in a query. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CategoryRef {
        Objects.requireNonNull(name, "name");
    }
}
