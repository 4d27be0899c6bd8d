package org.attune.search.query;

import java.util.List;

/** A pattern that single events match: a code, a category, a phrase, attribute constraints or alternatives. */
public sealed interface Element extends Query permits CodeRef, CategoryRef, Phrase, Constraints, AnyOf {

    @Override
    default List<Element> elements() {
        return List.of(this);
    }

    /**
     * The alternatives of this element: itself, or those of an {@link AnyOf}.
     *
     * @return the alternatives of this element: itself, or those of an {@link AnyOf}
     */
    default List<Element> alternatives() {
        return List.of(this);
    }
}
