package org.attune.core.analysis.sequential;

import java.util.Objects;

/**
 * One coded event of a session's sequence.
 *
 * @param code  the code the sequence uses (a code id or a category, see {@link EventSequence})
 * @param start onset, ms
 * @param end   offset, ms
 */
public record Event(String code, long start, long end) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param code the code the sequence uses (a code id or a category, see {@link EventSequence})
     * @param start onset, ms
     * @param end offset, ms
     */
    public Event {
        Objects.requireNonNull(code, "code");
    }
}
