package org.attune.search.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.core.profile.Role;
import org.attune.search.query.Query;
import org.junit.jupiter.api.Test;

/** {@code X in Y}: the reference evaluator's matches on a hand-made session, one case per rule of the definition. */
class ContainmentTest {
    // patient turn [1000, 5000], therapist turn [5000, 8000]
    private static final Event P1 = utterance("Patient", "p1", 1000, 5000, Role.PATIENT, "I don't know, whatever");
    private static final Event T1 = utterance("Therapist", "t1", 5000, 8000, Role.THERAPIST, "Shall we look at that?");
    // withdrawal markers: the same span as P1, inside it, straddling both turns, zero-length where the turns meet
    private static final Event W_EQUAL = coding("w1", 1000, 5000, "W1");
    private static final Event W_INSIDE = coding("w2", 2000, 3000, "W2");
    private static final Event W_ACROSS = coding("w3", 4500, 5500, "W3");
    private static final Event W_POINT = coding("w4", 5000, 5000, "W4");
    // gaze with P1's span, and a zero-length gaze at its start
    private static final Event GAZE = Event.plain("Gaze P", "g1", 1000, 5000, "down");
    private static final Event GAZE_POINT = Event.plain("Gaze P", "g2", 1000, 1000, "up");
    private static final SessionEvents SESSION = new SessionEvents("s.eaf",
            List.of(T1, W_ACROSS, GAZE_POINT, P1, W_POINT, W_INSIDE, GAZE, W_EQUAL));

    @Test
    void aMatchIsTheContainedEventThenTheEventWhoseClosedSpanHoldsIt() {
        assertThat(matches("withdrawal in [role=patient]")).containsExactly(
                List.of(W_EQUAL, P1), List.of(W_INSIDE, P1), List.of(W_POINT, P1));
        assertThat(matches("withdrawal in [role=therapist]")).containsExactly(List.of(W_POINT, T1));
    }

    @Test
    void anEventStraddlingTheEdgeOfAnotherIsNotInIt() {
        assertThat(matches("W3 in [role=patient] | [role=therapist]")).isEmpty();
        assertThat(matches("W3 & [role=patient] | [role=therapist]")).hasSize(2);
    }

    @Test
    void equalSpansContainEachOtherButAnEventIsNeverInItself() {
        assertThat(matches("[role=patient] in [tier=\"Gaze P\"]")).containsExactly(List.of(P1, GAZE));
        assertThat(matches("[tier=\"Gaze P\"] in [role=patient]")).containsExactly(List.of(GAZE_POINT, P1), List.of(GAZE, P1));
        assertThat(matches("withdrawal in withdrawal")).containsExactly(
                List.of(W_INSIDE, W_EQUAL), List.of(W_POINT, W_EQUAL), List.of(W_POINT, W_ACROSS));
        assertThat(matches("[role=patient] in [role=patient]")).isEmpty();
    }

    @Test
    void aZeroLengthEventIsInEverySpanThatReachesIt() {
        assertThat(matches("[value=up] in [value~\"\"]")).containsExactly(List.of(GAZE_POINT, W_EQUAL),
                List.of(GAZE_POINT, GAZE), List.of(GAZE_POINT, P1));
        assertThat(matches("W4 in [value~\"\"]")).containsExactly(List.of(W_POINT, W_EQUAL),
                List.of(W_POINT, GAZE), List.of(W_POINT, P1), List.of(W_POINT, W_ACROSS), List.of(W_POINT, T1));
        // and a span is not in a zero-length event, which is in it
        assertThat(matches("[role=patient] in W4")).isEmpty();
    }

    @Test
    void aChainOfInNestsEachEventInTheNext() {
        assertThat(matches("[value=up] in withdrawal in [role=patient]")).containsExactly(List.of(GAZE_POINT, W_EQUAL, P1));
        assertThat(matches("W2 in withdrawal in [role=patient]")).containsExactly(List.of(W_INSIDE, W_EQUAL, P1));
    }

    @Test
    void aContainmentGroupInAChainIsPlacedByItsFirstElement() {
        assertThat(matches("withdrawal in [role=patient] -> [role=therapist] within 2s")).containsExactly(
                List.of(W_EQUAL, P1, T1), List.of(W_INSIDE, P1, T1), List.of(W_POINT, P1, T1));
        assertThat(matches("withdrawal in [role=patient] -> [role=therapist] within 1500ms")).containsExactly(
                List.of(W_EQUAL, P1, T1), List.of(W_POINT, P1, T1));
        assertThat(matches("[value=down] -> W2 | W4 in [role=patient]")).containsExactly(
                List.of(GAZE, W_INSIDE, P1), List.of(GAZE, W_POINT, P1));
        assertThat(matches("withdrawal in [role=patient] !-> [role=therapist] within 1s")).containsExactly(
                List.of(W_INSIDE, P1));
    }

    private static List<List<Event>> matches(String query) {
        return ReferenceEvaluator.evaluate(Query.parse(query), SESSION).stream().map(Match::events).toList();
    }

    private static Event utterance(String tier, String id, long start, long end, Role role, String text) {
        return new Event(tier, id, start, end, text, tier.substring(0, 1), role, text, null, null, null, null, null);
    }

    private static Event coding(String id, long start, long end, String code) {
        return new Event("3RS rupture (coder A)", id, start, end, code, null, null, null, "3rs@2015", code, "withdrawal",
                null, "A");
    }
}
