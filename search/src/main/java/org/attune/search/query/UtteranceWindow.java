package org.attune.search.query;

/**
 * {@code within 3 utterances}: {@code u(b) - u(a) <= count}, where {@code u(e)} counts the session's utterances
 * that start no later than {@code e}.
 */
public record UtteranceWindow(int count) implements Window {
    public UtteranceWindow {
        if (count < 0) {
            throw new IllegalArgumentException("negative window: " + count);
        }
    }
}
