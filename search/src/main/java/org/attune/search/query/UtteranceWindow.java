package org.attune.search.query;

/**
 * {@code within 3 utterances}: {@code u(b) - u(a) <= count}, where {@code u(e)} counts the session's utterances
 * that start no later than {@code e}.
 */
public record UtteranceWindow(int count) implements Window {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param count the most utterances between the two events (0 or more)
     */
    public UtteranceWindow {
        if (count < 0) {
            throw new IllegalArgumentException("negative window: " + count);
        }
    }
}
