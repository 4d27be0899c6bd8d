package org.attune.search.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attune.core.profile.Role;
import org.junit.jupiter.api.Test;

class GroupKeyTest {
    private static final Event UTTERANCE = new Event("Patient", "a1", 0, 10, "hm", "P", Role.PATIENT, "hm",
            null, null, null, null, null);
    private static final Event CODING = new Event("3RS rupture (coder A)", "a2", 5, 20, "Minimal response", null, null,
            null, "3rs@2015", "W2", "withdrawal", 3, "A");
    private static final Event PLAIN = Event.plain("Notes", "a3", 7, 8, "");

    @Test
    void eachKeyIsThatAttributeOfTheEventAndMissingOrEmptyOnesAreNone() {
        assertThat(GroupKey.tier.of(CODING)).isEqualTo("3RS rupture (coder A)");
        assertThat(GroupKey.value.of(CODING)).isEqualTo("Minimal response");
        assertThat(GroupKey.code.of(CODING)).isEqualTo("W2");
        assertThat(GroupKey.coder.of(CODING)).isEqualTo("A");
        assertThat(GroupKey.speaker.of(UTTERANCE)).isEqualTo("P");
        assertThat(GroupKey.speaker.of(CODING)).isEqualTo(GroupKey.NONE);
        assertThat(GroupKey.code.of(UTTERANCE)).isEqualTo(GroupKey.NONE);
        assertThat(GroupKey.coder.of(UTTERANCE)).isEqualTo(GroupKey.NONE);
        assertThat(GroupKey.value.of(PLAIN)).as("an empty value").isEqualTo(GroupKey.NONE);
    }

    @Test
    void matchesAreCountedByTheirFirstElementSortedByKey() {
        List<Match> matches = List.of(new Match("b.eaf", List.of(CODING, UTTERANCE)),
                new Match("a.eaf", List.of(UTTERANCE, CODING)), new Match("b.eaf", List.of(PLAIN)));
        assertThat(GroupKey.session.count(matches)).containsExactly(Map.entry("a.eaf", 1L), Map.entry("b.eaf", 2L));
        assertThat(GroupKey.code.count(matches)).containsExactly(Map.entry(GroupKey.NONE, 2L), Map.entry("W2", 1L));
        assertThat(GroupKey.tier.count(matches)).containsExactly(Map.entry("3RS rupture (coder A)", 1L),
                Map.entry("Notes", 1L), Map.entry("Patient", 1L));
    }
}
