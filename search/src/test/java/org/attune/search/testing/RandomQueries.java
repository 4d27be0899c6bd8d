package org.attune.search.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attune.search.query.AnyOf;
import org.attune.search.query.Attribute;
import org.attune.search.query.CategoryRef;
import org.attune.search.query.CodeRef;
import org.attune.search.query.Constraint;
import org.attune.search.query.Constraints;
import org.attune.search.query.Containment;
import org.attune.search.query.Element;
import org.attune.search.query.Operator;
import org.attune.search.query.Overlap;
import org.attune.search.query.Phrase;
import org.attune.search.query.Query;
import org.attune.search.query.Sequence;
import org.attune.search.query.Step;
import org.attune.search.query.TimeWindow;
import org.attune.search.query.UtteranceWindow;
import org.attune.search.query.Window;

/** Random queries over the vocabulary of {@link RandomSessions}: every form of the language. */
public final class RandomQueries {
    private static final String[] CODES = {"C1", "c2", "C3", "W1", "w4", "R1", "R3", "r10", "X9"};
    private static final String[] SCHEMES = {"3rs", "3RS@2015", "3rs@2022", "cis-r"};
    private static final String[] PHRASES = {"waste", "time", "fine", "whatever", "waste of time", "I don't know", "fine", "don't", "time whatever",
        "this isn't helping", "it's a", "OF"};
    private static final String[] TIERS = {"Patient", "therapist", "Gaze P", "3RS rupture (coder A)",
        "3RS resolution (coder B)", "Observer"};
    private static final String[] VALUES = {"down", "DOWN", "up", "C1 x", "fine", "3", "Whatever"};
    private static final String[] REGEXES = {"^C[1-7]", "o", "(?i)^down$", "\\d", "^$", "time", "[A-Z]{2}",
        "(?i)[aeiou]{2}", "\\pL+ \\pL+", "(a|e)+n"};
    private static final String[] CATEGORIES = {"withdrawal", "Confrontation", "rupture", "resolution", "none"};

    private RandomQueries() {
    }

    public static Query query(Random r) {
        int groups = 1 + r.nextInt(3);
        Query head = group(r);
        if (groups == 1 && r.nextInt(3) > 0) {
            return head;
        }
        List<Step> steps = new ArrayList<>();
        for (int g = 1; g < groups; g++) {
            steps.add(new Step(false, group(r), window(r)));
        }
        if (steps.isEmpty() || r.nextInt(3) == 0) {
            steps.add(new Step(true, element(r), window(r)));
        }
        return new Sequence(head, steps);
    }

    /** A query with a containment group ({@code X in Y}, {@code X in Y in Z}), alone or as a step of a chain. */
    public static Query containmentQuery(Random r) {
        Query group = containment(r);
        switch (r.nextInt(4)) {
            case 0:
                return new Sequence(group, List.of(new Step(false, group(r), window(r))));
            case 1:
                return new Sequence(element(r), List.of(new Step(false, group, window(r))));
            case 2:
                return new Sequence(group, List.of(new Step(true, element(r), window(r))));
            default:
                return group;
        }
    }

    private static Containment containment(Random r) {
        List<Element> members = new ArrayList<>();
        for (int i = r.nextInt(4) == 0 ? 3 : 2; i > 0; i--) {
            members.add(element(r));
        }
        if (r.nextInt(3) == 0) {
            // a container that often holds something: a speech tier's utterance (gaze lies inside the patient's)
            members.set(members.size() - 1, r.nextBoolean()
                    ? new Constraints(List.of(new Constraint(Attribute.ROLE, Operator.EQUALS, "patient")))
                    : new Constraints(List.of(new Constraint(Attribute.TIER, Operator.MATCHES, "(?i)patient|therapist"))));
        }
        return new Containment(members);
    }

    private static Query group(Random r) {
        int kind = r.nextInt(6);
        if (kind > 1) {
            return element(r);
        }
        if (kind == 1) {
            return containment(r);
        }
        List<Element> members = new ArrayList<>();
        for (int i = r.nextInt(4) == 0 ? 3 : 2; i > 0; i--) {
            members.add(element(r));
        }
        return new Overlap(members);
    }

    static Element element(Random r) {
        if (r.nextInt(6) == 0) {
            return new AnyOf(List.of(atom(r), atom(r)));
        }
        return atom(r);
    }

    private static Element atom(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return new CodeRef(r.nextInt(3) == 0 ? pick(r, SCHEMES) : null, pick(r, CODES));
            case 1:
            case 5:
                return new CategoryRef(CategoryRef.Name.values()[r.nextInt(4)]);
            case 2:
                return new Phrase(pick(r, PHRASES));
            default:
                List<Constraint> cs = new ArrayList<>();
                for (int i = r.nextInt(4) == 0 ? 2 : 1; i > 0; i--) {
                    cs.add(constraint(r));
                }
                return new Constraints(cs);
        }
    }

    private static Constraint constraint(Random r) {
        Attribute a = Attribute.values()[r.nextInt(Attribute.values().length)];
        if (a == Attribute.RATING) {
            Operator[] ops = {Operator.EQUALS, Operator.LESS, Operator.AT_MOST, Operator.GREATER, Operator.AT_LEAST};
            return new Constraint(a, ops[r.nextInt(ops.length)], Integer.toString(r.nextInt(7)));
        }
        if (r.nextInt(3) == 0) {
            return new Constraint(a, Operator.MATCHES, pick(r, REGEXES));
        }
        String v;
        switch (a) {
            case TIER: v = pick(r, TIERS); break;
            case ROLE: v = pick(r, new String[] {"patient", "Therapist", "other"}); break;
            case SPEAKER: v = pick(r, new String[] {"P", "t", "Observer"}); break;
            case TEXT: v = pick(r, PHRASES); break;
            case CODE: v = pick(r, CODES); break;
            case SCHEME: v = pick(r, SCHEMES); break;
            case CATEGORY: v = pick(r, CATEGORIES); break;
            case CODER: v = pick(r, new String[] {"A", "b", "C"}); break;
            default: v = pick(r, VALUES); break;
        }
        return new Constraint(a, Operator.EQUALS, v);
    }

    private static Window window(Random r) {
        switch (r.nextInt(4)) {
            case 0: return null;
            case 1: return new UtteranceWindow(r.nextInt(4));
            case 2: return new TimeWindow(r.nextInt(4), TimeWindow.Unit.S);
            default: return new TimeWindow(250L * r.nextInt(8), TimeWindow.Unit.MS);
        }
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
