package org.attune.search.query;

import java.util.Objects;

/** Utterances whose text contains the phrase's words in order (case-insensitive; see {@code Words}). */
public record Phrase(String text) implements Element {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param text the phrase as written
     */
    public Phrase {
        Objects.requireNonNull(text, "text");
    }
}
