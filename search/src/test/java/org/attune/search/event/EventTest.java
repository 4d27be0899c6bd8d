package org.attune.search.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.core.profile.Role;
import org.junit.jupiter.api.Test;

class EventTest {
    @Test
    void aCodingIsDescribedByCodeLabelAndRating() {
        Event e = new Event("Ruptures A", "a1", 0, 10, "Patient rejects therapist intervention", null, null, null,
                "3rs@2015", "C2", "confrontation", 4, "A");
        assertThat(e.describe()).isEqualTo("C2 Patient rejects therapist intervention [rating 4]");
    }

    @Test
    void aCodingWhoseValueIsItsCodeIsNotRepeated() {
        Event e = new Event("Ruptures A", "a1", 0, 10, "c2", null, null, null, "3rs@2015", "C2", "confrontation",
                null, "A");
        assertThat(e.describe()).isEqualTo("C2");
    }

    @Test
    void anUtteranceIsDescribedBySpeakerAndTextAndAnyOtherEventByItsValue() {
        Event u = new Event("Patient", "a2", 0, 10, "It is a waste of time.", "P", Role.PATIENT,
                "It is a waste of time.", null, null, null, null, null);
        assertThat(u.describe()).isEqualTo("P: It is a waste of time.");
        assertThat(Event.plain("Gaze", "a3", 0, 10, "down").describe()).isEqualTo("down");
    }
}
