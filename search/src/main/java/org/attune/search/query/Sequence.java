package org.attune.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A chain {@code A -> B within 60s -> C}: each step's event follows the previous step's (groups are placed by
 * their first element). Only the last step may be negated ({@code A !-> B within 5m}).
 *
 * @param head  the first element, overlap group or containment group
 * @param steps one or more steps
 */
public record Sequence(Query head, List<Step> steps) implements Query {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param head the first element, overlap group or containment group
     * @param steps one or more steps
     */
    public Sequence {
        steps = List.copyOf(steps);
        if (head instanceof Sequence) {
            throw new IllegalArgumentException("the head of a sequence is an element, an overlap group or a containment group");
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs a step");
        }
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).negated()) {
                throw new IllegalArgumentException("'!->' can only be the last step");
            }
        }
    }

    /**
     * The negated last step, or null.
     *
     * @return the negated last step, or null
     */
    public Step negation() {
        Step last = steps.get(steps.size() - 1);
        return last.negated() ? last : null;
    }

    /**
     * The elements and groups that form matches, in order (the negated step excluded).
     *
     * @return the elements and groups that form matches, in order (the negated step excluded)
     */
    public List<Query> groups() {
        List<Query> out = new ArrayList<>();
        out.add(head);
        for (Step s : steps) {
            if (!s.negated()) {
                out.add(s.target());
            }
        }
        return out;
    }

    @Override
    public List<Element> elements() {
        List<Element> out = new ArrayList<>();
        for (Query g : groups()) {
            out.addAll(g.elements());
        }
        return out;
    }
}
