package org.attune.search.query;

import java.util.List;

/** Events that match any of the alternatives ({@code A | B}); none of them is itself an {@code AnyOf}. */
public record AnyOf(List<Element> alternatives) implements Element {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param alternatives two or more alternatives, none an {@code AnyOf}
     */
    public AnyOf {
        alternatives = List.copyOf(alternatives);
        if (alternatives.size() < 2) {
            throw new IllegalArgumentException("an alternation needs two or more alternatives");
        }
        for (Element e : alternatives) {
            if (e instanceof AnyOf) {
                throw new IllegalArgumentException("nested alternation: flatten it");
            }
        }
    }
}
