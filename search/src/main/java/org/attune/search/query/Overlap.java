package org.attune.search.query;

import java.util.List;

/**
 * Tuples of events that overlap each other in time ({@code A & B & C}: every pair overlaps). Inside a
 * {@link Sequence} the group is placed by its first element.
 */
public record Overlap(List<Element> members) implements Query {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param members two or more elements
     */
    public Overlap {
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("an overlap group needs two or more elements");
        }
    }

    @Override
    public List<Element> elements() {
        return members;
    }
}
