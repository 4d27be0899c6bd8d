package org.attune.search.query;

import java.util.Locale;
import java.util.Optional;

/** The attributes an event can be constrained on inside {@code [...]}. */
public enum Attribute {
    /** The tier's name (any event). */
    TIER,
    /** The annotation's value (any event). */
    VALUE,
    /** The speaker's role, {@code patient}, {@code therapist} or {@code other} (utterances). */
    ROLE,
    /** The speaker, the tier's participant (utterances). */
    SPEAKER,
    /** What was said: {@code =} is a phrase it contains, {@code ~} a regular expression (utterances). */
    TEXT,
    /** The code id, e.g. {@code C2} (codings). */
    CODE,
    /** The scheme, {@code id} or {@code id@version} (codings). */
    SCHEME,
    /** The code's category; {@code rupture} means withdrawal or confrontation (codings). */
    CATEGORY,
    /** The rating, a whole number (rated codings). */
    RATING,
    /** The coder (codings). */
    CODER;

    /**
     * The name as written in a query.
     *
     * @return the name as written in a query
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether values are numbers compared with {@code < <= > >= =}.
     *
     * @return whether values are numbers compared with {@code < <= > >= =}
     */
    public boolean numeric() {
        return this == RATING;
    }

    /**
     * The attribute with this name (case-insensitive).
     *
     * @param name the name
     * @return the attribute with this name (case-insensitive)
     */
    public static Optional<Attribute> of(String name) {
        for (Attribute a : values()) {
            if (a.key().equalsIgnoreCase(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
