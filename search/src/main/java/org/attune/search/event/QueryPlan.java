package org.attune.search.event;

import java.util.ArrayList;
import java.util.List;
import org.attune.search.query.Containment;
import org.attune.search.query.Element;
import org.attune.search.query.Query;
import org.attune.search.query.Sequence;
import org.attune.search.query.Step;
import org.attune.search.query.Window;

/**
 * A query flattened for evaluation: its elements in order, which group each belongs to and whether that group is
 * an overlap group ({@code &}) or a containment group ({@code in}), the window of
 * each step between groups (groups are placed by their first element), and the negated last step if any.
 * Both evaluators work from this one reading of the syntax tree.
 */
public final class QueryPlan {
    private final List<Element> elements = new ArrayList<>();
    private final List<Integer> groupStarts = new ArrayList<>();
    private final List<Window> windows = new ArrayList<>();
    private final List<Boolean> containment = new ArrayList<>();
    private final int[] groupOf;
    private final Element negated;
    private final Window negatedWindow;

    private QueryPlan(Query q) {
        List<Query> groups = q instanceof Sequence s ? s.groups() : List.of(q);
        if (q instanceof Sequence s) {
            windows.add(null);
            for (Step step : s.steps()) {
                if (!step.negated()) {
                    windows.add(step.window());
                }
            }
            Step neg = s.negation();
            negated = neg == null ? null : (Element) neg.target();
            negatedWindow = neg == null ? null : neg.window();
        } else {
            windows.add(null);
            negated = null;
            negatedWindow = null;
        }
        List<Integer> groupIndex = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            groupStarts.add(elements.size());
            containment.add(groups.get(g) instanceof Containment);
            for (Element e : groups.get(g).elements()) {
                elements.add(e);
                groupIndex.add(g);
            }
        }
        groupOf = groupIndex.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The plan of a query.
     *
     * @param q the query
     * @return its plan
     */
    public static QueryPlan of(Query q) {
        return new QueryPlan(q);
    }

    /**
     * The elements a match has events for, in order.
     *
     * @return the elements a match has events for, in order
     */
    public List<Element> elements() {
        return elements;
    }

    /**
     * The number of elements a match has events for.
     *
     * @return the number of elements
     */
    public int size() {
        return elements.size();
    }

    /**
     * The group of element {@code i} (groups are numbered in order from 0).
     *
     * @param i the element's index
     * @return the group's number
     */
    public int groupOf(int i) {
        return groupOf[i];
    }

    /**
     * Whether group {@code g} is a containment group ({@code X in Y}): each of its events lies within the span of
     * the next one's; otherwise its events overlap pairwise (a single element is a group of one).
     *
     * @param g the group's number
     * @return whether group {@code g} is a containment group
     */
    public boolean containment(int g) {
        return containment.get(g);
    }

    /**
     * The first element of group {@code g}.
     *
     * @param g the group's number
     * @return the index of its first element
     */
    public int groupStart(int g) {
        return groupStarts.get(g);
    }

    /**
     * The number of groups.
     *
     * @return the number of groups
     */
    public int groups() {
        return groupStarts.size();
    }

    /**
     * Whether element {@code i} is the first of its group (and so placed by the step before it).
     *
     * @param i the element's index
     * @return whether element {@code i} is the first of its group (and so placed by the step before it)
     */
    public boolean startsGroup(int i) {
        return groupStarts.get(groupOf[i]) == i;
    }

    /**
     * The window of the step into group {@code g >= 1} (null: anywhere later in the session).
     *
     * @param g the group's number, 1 or more
     * @return the window, or null for anywhere later in the session
     */
    public Window windowInto(int g) {
        return windows.get(g);
    }

    /**
     * The element of the negated last step, or null.
     *
     * @return the element of the negated last step, or null
     */
    public Element negated() {
        return negated;
    }

    /**
     * The window of the negated last step (null: anywhere later).
     *
     * @return the window of the negated last step (null: anywhere later)
     */
    public Window negatedWindow() {
        return negatedWindow;
    }

    /**
     * The element the negated step is measured from: the first of the last group.
     *
     * @return the element the negated step is measured from: the first of the last group
     */
    public int negationAnchor() {
        return groupStarts.get(groupStarts.size() - 1);
    }
}
