package org.attune.search.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.search.query.Query;
import org.junit.jupiter.api.Test;

class MatchLabelsTest {
    private static final Event CODING = new Event("R", "a1", 0, 10, "Patient rejects\n  intervention", null, null,
            null, "3rs@2015", "C2", "confrontation", 4, "A");
    private static final Event PLAIN = Event.plain("Notes", "a2", 12, 20, "later");

    @Test
    void aSequenceIsJoinedByAnArrowOtherQueriesByAnAmpersandOnOneLine() {
        Match m = new Match("s", List.of(CODING, PLAIN));
        assertThat(MatchLabels.of(Query.parse("C2 -> [tier=Notes]"), m))
                .isEqualTo("C2 Patient rejects intervention [rating 4] → later");
        assertThat(MatchLabels.of(Query.parse("C2 & [tier=Notes]"), m))
                .isEqualTo("C2 Patient rejects intervention [rating 4] & later");
    }

    @Test
    void longLabelsAreCutWithAnEllipsis() {
        Match m = new Match("s", List.of(Event.plain("T", "a", 0, 1, "x".repeat(500))));
        String label = MatchLabels.of(Query.parse("[tier=T]"), m);
        assertThat(label).hasSize(MatchLabels.WIDTH).endsWith("…");
    }
}
