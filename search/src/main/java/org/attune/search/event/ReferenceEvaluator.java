package org.attune.search.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.attune.search.query.Query;

/**
 * Evaluates a query over sessions held in memory by trying every combination of matching events: simple enough
 * to be obviously right, and the standard the corpus index is tested against. Matches are ordered by session
 * name, then by the canonical position of each element's event in turn; no event plays two parts in one match.
 */
public final class ReferenceEvaluator {
    private ReferenceEvaluator() {
    }

    /**
     * The matches of {@code query} in the sessions, ordered by session name.
     *
     * @param query the query
     * @param sessions the sessions
     * @return the matches of {@code query} in the sessions, ordered by session name
     */
    public static List<Match> evaluate(Query query, List<SessionEvents> sessions) {
        List<SessionEvents> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(SessionEvents::session));
        List<Match> out = new ArrayList<>();
        for (SessionEvents s : sorted) {
            out.addAll(evaluate(query, s));
        }
        return out;
    }

    /**
     * The matches of {@code query} in one session.
     *
     * @param query the query
     * @param session the session
     * @return the matches of {@code query} in one session
     */
    public static List<Match> evaluate(Query query, SessionEvents session) {
        QueryPlan plan = QueryPlan.of(query);
        List<List<Event>> candidates = new ArrayList<>();
        for (var element : plan.elements()) {
            candidates.add(EventMatcher.filter(element, session.events()));
        }
        List<Event> absent = plan.negated() == null ? List.of() : EventMatcher.filter(plan.negated(), session.events());
        List<Match> out = new ArrayList<>();
        choose(0, new Event[plan.size()], plan, candidates, absent, session, out);
        return out;
    }

    private static void choose(int i, Event[] chosen, QueryPlan plan, List<List<Event>> candidates,
                               List<Event> absent, SessionEvents s, List<Match> out) {
        if (i == plan.size()) {
            if (plan.negated() == null || !followedByAny(chosen[plan.negationAnchor()], chosen, absent, plan, s)) {
                out.add(new Match(s.session(), Arrays.asList(chosen.clone())));
            }
            return;
        }
        for (Event e : candidates.get(i)) {
            if (fits(i, e, chosen, plan, s)) {
                chosen[i] = e;
                choose(i + 1, chosen, plan, candidates, absent, s, out);
                chosen[i] = null;
            }
        }
    }

    private static boolean fits(int i, Event e, Event[] chosen, QueryPlan plan, SessionEvents s) {
        for (int j = 0; j < i; j++) {
            if (chosen[j] == e) {
                return false;
            }
            if (plan.groupOf(j) == plan.groupOf(i) && !related(chosen[j], e, plan.containment(plan.groupOf(i)))) {
                return false;
            }
        }
        int g = plan.groupOf(i);
        if (g > 0 && plan.startsGroup(i)) {
            Event a = chosen[plan.groupStart(g - 1)];
            return follows(a, e, plan.windowInto(g), s);
        }
        return true;
    }

    /** Whether earlier member a and later member b of one group are related as the group says. */
    private static boolean related(Event a, Event b, boolean containment) {
        return containment
                ? Relations.contains(a.start(), a.end(), b.start(), b.end())
                : Relations.overlaps(a.start(), a.end(), b.start(), b.end());
    }

    private static boolean followedByAny(Event a, Event[] chosen, List<Event> absent, QueryPlan plan, SessionEvents s) {
        for (Event b : absent) {
            if (!Arrays.asList(chosen).contains(b) && follows(a, b, plan.negatedWindow(), s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean follows(Event a, Event b, org.attune.search.query.Window w, SessionEvents s) {
        return Relations.follows(a.start(), a.end(), s.utterancesUpTo(a.start()), b.start(), s.utterancesUpTo(b.start()), w);
    }
}
