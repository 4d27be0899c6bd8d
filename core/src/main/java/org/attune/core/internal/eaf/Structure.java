package org.attune.core.internal.eaf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.Annotation;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.RefAnnotation;
import org.attune.core.model.Stereotype;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.model.TimeSpan;

/**
 * The structural rules of EAF that the schema cannot state: no tier is its own ancestor, no reference annotation
 * refers to itself through others, no PREVIOUS_ANNOTATION chain loops or leaves its parent annotation, and the
 * children on a Time_Subdivision or Included_In tier lie inside a parent annotation (and, on Time_Subdivision, do not
 * overlap), and a Symbolic_Association tier holds one child per parent annotation. Times are compared only where both ends are aligned. Each violation is an error at the offending element. All walks are iterative and linear in the size of the document.
 */
final class Structure {
    private static final int SHOWN = 8;

    private final Report report;

    Structure(Report report) {
        this.report = report;
    }

    void check(List<Tier> tiers, List<LinguisticType> types, Map<String, TimeSlot> slots) {
        Map<String, Tier> tierById = new LinkedHashMap<>();
        for (Tier t : tiers) {
            tierById.putIfAbsent(t.id(), t);
        }
        parentCycles(tierById);
        Map<String, RefAnnotation> refs = new LinkedHashMap<>();
        Map<String, String> tierOf = new HashMap<>();
        for (Tier t : tiers) {
            for (Annotation a : t.annotations()) {
                tierOf.putIfAbsent(a.id(), t.id());
                if (a instanceof RefAnnotation r) {
                    refs.putIfAbsent(r.id(), r);
                }
            }
        }
        referenceLoops(refs, tierOf);
        previousChains(refs, tierOf, tierById);
        Map<String, String> constraintOf = new HashMap<>();
        for (LinguisticType type : types) {
            constraintOf.putIfAbsent(type.id(), type.constraints());
        }
        for (Tier t : tierById.values()) {
            Stereotype s = Stereotype.fromXmlName(constraintOf.get(t.linguisticTypeRef())).orElse(null);
            Tier parent = t.parentRef() == null || t.parentRef().equals(t.id()) ? null : tierById.get(t.parentRef());
            if (parent != null && (s == Stereotype.TIME_SUBDIVISION || s == Stereotype.INCLUDED_IN)) {
                insideParents(t, parent, slots);
            }
            if (parent != null && s == Stereotype.TIME_SUBDIVISION) {
                noOverlaps(t, slots); // Included_In children may leave gaps; overlaps are ELAN's general tier rule
            }
            if (parent != null && s == Stereotype.SYMBOLIC_ASSOCIATION) {
                onePerParent(t);
            }
        }
    }

    // ------------------------------------------------------------------ cycles

    private void parentCycles(Map<String, Tier> tierById) {
        Map<String, String> next = new HashMap<>();
        for (Tier t : tierById.values()) {
            if (t.parentRef() != null && tierById.containsKey(t.parentRef())) {
                next.put(t.id(), t.parentRef());
            }
        }
        cycles(tierById.keySet(), next, (id, cycle) -> {
            String where = "tier '" + id + "'";
            report.error("TIER", id, cycle.size() == 1 ? where + " is its own parent (PARENT_REF=\"" + id + "\")"
                    : where + " is in a cycle of parent tiers: " + path(cycle));
        });
    }

    private void referenceLoops(Map<String, RefAnnotation> refs, Map<String, String> tierOf) {
        Map<String, String> next = new HashMap<>();
        for (RefAnnotation r : refs.values()) {
            if (refs.containsKey(r.annotationRef())) {
                next.put(r.id(), r.annotationRef());
            }
        }
        cycles(refs.keySet(), next, (id, cycle) -> report.error("REF_ANNOTATION", id, "annotation '" + id
                + "' on tier '" + tierOf.get(id) + "' refers to annotations in a loop that reaches no time-aligned"
                + " annotation: " + path(cycle)));
    }

    private void previousChains(Map<String, RefAnnotation> refs, Map<String, String> tierOf,
                                Map<String, Tier> tierById) {
        Map<String, String> next = new HashMap<>();
        for (RefAnnotation r : refs.values()) {
            String previous = r.previousAnnotation();
            RefAnnotation p = previous == null ? null : refs.get(previous);
            if (p == null) {
                continue; // a dangling or non-reference PREVIOUS_ANNOTATION is reported by FromJaxb
            }
            next.put(r.id(), previous);
            Tier tier = tierById.get(tierOf.get(r.id()));
            boolean parentKnown = tier != null && tier.parentRef() != null && tierById.containsKey(tier.parentRef());
            // under a PARENT_REF that names no tier the reader already refused the tier: say nothing more of it
            if (parentKnown && !previous.equals(r.id()) && !p.annotationRef().equals(r.annotationRef())) {
                report.error("REF_ANNOTATION", r.id(), "annotation '" + r.id() + "' on tier '" + tierOf.get(r.id())
                        + "' names previous annotation '" + previous + "', which belongs to another parent annotation ('"
                        + p.annotationRef() + "', not '" + r.annotationRef() + "')");
            }
        }
        cycles(refs.keySet(), next, (id, cycle) -> report.error("REF_ANNOTATION", id, "annotation '" + id
                + "' on tier '" + tierOf.get(id) + "' is in a loop of previous annotations: " + path(cycle)));
    }

    /**
     * Calls {@code onCycle} for every node on a cycle of the functional graph {@code next}, with the cycle starting
     * at that node. Each node is walked once.
     */
    private static void cycles(Iterable<String> nodes, Map<String, String> next, BiConsumer<String, Rotated> onCycle) {
        Map<String, Integer> walk = new HashMap<>(); // node -> number of the walk that reached it
        int number = 0;
        for (String start : nodes) {
            if (walk.containsKey(start)) {
                continue;
            }
            number++;
            List<String> path = new ArrayList<>();
            String at = start;
            while (at != null && !walk.containsKey(at)) {
                walk.put(at, number);
                path.add(at);
                at = next.get(at);
            }
            if (at != null && walk.get(at) == number) {
                List<String> cycle = path.subList(path.indexOf(at), path.size());
                for (int i = 0; i < cycle.size(); i++) {
                    onCycle.accept(cycle.get(i), rotated(cycle, i));
                }
            }
        }
    }

    /** The cycle from its {@code i}th node on; of a long cycle, only the first nodes (and its size). */
    private static Rotated rotated(List<String> cycle, int i) {
        List<String> first = new ArrayList<>();
        for (int k = 0; k < Math.min(cycle.size(), SHOWN); k++) {
            first.add(cycle.get((i + k) % cycle.size()));
        }
        return new Rotated(first, cycle.size());
    }

    /** The first nodes of a cycle and how many it has. */
    private record Rotated(List<String> first, int size) {
    }

    /** {@code A -> B -> A}, shortened for long cycles. */
    private static String path(Rotated cycle) {
        if (cycle.size() > SHOWN) {
            return String.join(" -> ", cycle.first()) + " -> ... (" + cycle.size() + " in the loop)";
        }
        return String.join(" -> ", cycle.first()) + " -> " + cycle.first().get(0);
    }

    /** Symbolic_Association is one to one: a second child of one parent annotation is a problem at the second. */
    private void onePerParent(Tier tier) {
        Map<String, String> firstChild = new HashMap<>();
        for (Annotation a : tier.annotations()) {
            if (a instanceof RefAnnotation r) {
                String first = firstChild.putIfAbsent(r.annotationRef(), r.id());
                if (first != null) {
                    report.error("REF_ANNOTATION", r.id(), "annotation '" + r.id() + "' on Symbolic_Association tier '"
                            + tier.id() + "' refers to annotation '" + r.annotationRef() + "', which annotation '"
                            + first + "' already refers to (a Symbolic_Association tier holds one annotation per"
                            + " parent annotation)");
                }
            }
        }
    }

    // ------------------------------------------------------------------ times

    private record Span(String id, long start, long end) {
    }

    private static Span span(Annotation a, Map<String, TimeSlot> slots) {
        if (!(a instanceof AlignableAnnotation al)) {
            return null;
        }
        TimeSlot s1 = slots.get(al.timeSlotRef1());
        TimeSlot s2 = slots.get(al.timeSlotRef2());
        if (s1 == null || s2 == null || !s1.isAligned() || !s2.isAligned() || s2.value() < s1.value()) {
            return null;
        }
        return new Span(al.id(), s1.value(), s2.value());
    }

    private void insideParents(Tier tier, Tier parentTier, Map<String, TimeSlot> slots) {
        List<Span> parents = new ArrayList<>();
        boolean anyUnknown = false;
        for (Annotation a : parentTier.annotations()) {
            Span s = span(a, slots);
            if (s == null) {
                anyUnknown = true;
            } else {
                parents.add(s);
            }
        }
        parents.sort(Comparator.comparingLong(Span::start));
        long[] starts = new long[parents.size()];
        long[] maxEnd = new long[parents.size()];
        int[] maxAt = new int[parents.size()];
        for (int i = 0; i < parents.size(); i++) {
            starts[i] = parents.get(i).start();
            boolean longer = i == 0 || parents.get(i).end() > maxEnd[i - 1];
            maxEnd[i] = longer ? parents.get(i).end() : maxEnd[i - 1];
            maxAt[i] = longer ? i : maxAt[i - 1];
        }
        for (Annotation a : tier.annotations()) {
            Span c = span(a, slots);
            if (c == null) {
                continue;
            }
            int k = lastAtOrBefore(starts, c.start());
            if (k >= 0 && maxEnd[k] >= c.end()) {
                continue; // inside a parent annotation
            }
            Span near = k >= 0 && maxEnd[k] > c.start() ? parents.get(maxAt[k])
                    : k + 1 < parents.size() && parents.get(k + 1).start() < c.end() ? parents.get(k + 1) : null;
            String where = "annotation '" + c.id() + "' on tier '" + tier.id() + "' (" + c.start() + "-" + c.end()
                    + " ms)";
            if (near != null) {
                report.error("ALIGNABLE_ANNOTATION", c.id(), where + " lies outside its parent annotation '"
                        + near.id() + "' on tier '" + parentTier.id() + "' (" + near.start() + "-" + near.end() + " ms)");
            } else if (!anyUnknown) {
                report.error("ALIGNABLE_ANNOTATION", c.id(), where + " lies outside every annotation of its parent"
                        + " tier '" + parentTier.id() + "'");
            }
        }
    }

    /** The index of the last start at or before {@code t}, or -1. */
    private static int lastAtOrBefore(long[] starts, long t) {
        return TimeSpan.countAtOrBefore(starts, t) - 1;
    }

    private void noOverlaps(Tier tier, Map<String, TimeSlot> slots) {
        List<Span> children = new ArrayList<>();
        for (Annotation a : tier.annotations()) {
            Span s = span(a, slots);
            if (s != null) {
                children.add(s);
            }
        }
        children.sort(Comparator.comparingLong(Span::start)); // stable: document order among equal starts
        Span reach = null;
        for (Span c : children) {
            if (reach != null && c.start() < reach.end()) {
                report.error("ALIGNABLE_ANNOTATION", c.id(), "annotation '" + c.id() + "' on Time_Subdivision tier '"
                        + tier.id() + "' (" + c.start() + "-" + c.end() + " ms) overlaps annotation '" + reach.id()
                        + "' (" + reach.start() + "-" + reach.end() + " ms)");
            }
            if (reach == null || c.end() > reach.end()) {
                reach = c;
            }
        }
    }
}
