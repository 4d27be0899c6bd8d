package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Fuzz finding (EafFuzzTest, input kept in fuzz-findings/): a TIME_SLOT whose TIME_SLOT_ID attribute is
 * missing (mutated to TIME_SLKT_ID) was read as a slot with an empty id, so the file loaded but could not be
 * saved ("'' is not a valid value for 'NCName'"). The reader's required-attribute check now refuses it at its line.
 */
class TimeSlotWithoutIdTest {

    @Test
    void aTimeSlotWithoutAnIdIsAProblemAtItsLine() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("fuzz-findings/time-slot-without-id.eaf")) {
            bytes = in.readAllBytes();
        }

        assertThatThrownBy(() -> Eaf.load(bytes, "time-slot-without-id.eaf"))
                .isInstanceOf(EafFormatException.class)
                .satisfies(e -> assertThat(((ProblemsException) e).problems()).anySatisfy(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.line()).isEqualTo(10);
                    assertThat(p.column()).isEqualTo(9);
                    assertThat(p.message()).isEqualTo("<TIME_SLOT> has no TIME_SLOT_ID, which EAF requires");
                }));
    }
}
