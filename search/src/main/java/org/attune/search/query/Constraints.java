package org.attune.search.query;

import java.util.List;

/** Events for which every constraint holds: {@code [role=patient text="waste of time"]}. */
public record Constraints(List<Constraint> constraints) implements Element {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param constraints one or more constraints
     */
    public Constraints {
        constraints = List.copyOf(constraints);
        if (constraints.isEmpty()) {
            throw new IllegalArgumentException("no constraints");
        }
    }
}
