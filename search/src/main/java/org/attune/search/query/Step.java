package org.attune.search.query;

import java.util.Objects;

/**
 * One step of a {@link Sequence}: {@code -> target within window}, or negated {@code !-> target within window}.
 *
 * @param negated whether no such event may follow ({@code !->})
 * @param target  an element, an overlap group or a containment group (a negated step takes a single element)
 * @param window  how far the event may follow, or null for anywhere later in the session
 */
public record Step(boolean negated, Query target, Window window) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param negated whether no such event may follow ({@code !->})
     * @param target an element, an overlap group or a containment group (a negated step takes a single element)
     * @param window how far the event may follow, or null for anywhere later in the session
     */
    public Step {
        Objects.requireNonNull(target, "target");
        if (target instanceof Sequence) {
            throw new IllegalArgumentException("a step's target is an element, an overlap group or a containment group");
        }
        if (negated && !(target instanceof Element)) {
            throw new IllegalArgumentException("'!->' takes a single-event pattern");
        }
    }
}
