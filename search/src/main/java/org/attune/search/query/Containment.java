package org.attune.search.query;

import java.util.List;

/**
 * Tuples of events each of which lies within the span of the next ({@code X in Y}: {@code y.start <= x.start} and
 * {@code x.end <= y.end}; {@code X in Y in Z}: x within y and y within z). A match lists the events in the order the
 * elements are written, the contained one first. Inside a {@link Sequence} the group is placed by its first element,
 * as an {@link Overlap} group is.
 */
public record Containment(List<Element> members) implements Query {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param members two or more elements, each contained in the next
     */
    public Containment {
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a containment group needs two or more elements");
        }
    }

    @Override
    public List<Element> elements() {
        return members;
    }
}
