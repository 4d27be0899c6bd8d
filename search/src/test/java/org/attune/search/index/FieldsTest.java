package org.attune.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Property
    void startEndAndUtteranceCountPackIntoOneValueAndBack(@ForAll @LongRange(min = 0, max = (1L << 27) - 1) long start,
                                                           @ForAll @LongRange(min = 0, max = (1L << 20) - 1) long duration,
                                                           @ForAll @IntRange(min = 0, max = 65_535) int u) {
        long pos = Fields.pack(start, start + duration, u);
        assertThat(pos).isNotNegative();
        assertThat(Fields.start(pos)).isEqualTo(start);
        assertThat(Fields.end(pos)).isEqualTo(start + duration);
        assertThat(Fields.u(pos)).isEqualTo(u);
    }

    @Test
    void valuesThatDoNotFitAreLeftUnpacked() {
        assertThat(Fields.pack(1L << 27, (1L << 27) + 5, 3)).isEqualTo(Fields.UNPACKED);
        assertThat(Fields.pack(0, 1L << 20, 3)).isEqualTo(Fields.UNPACKED);
        assertThat(Fields.pack(0, 10, 65_536)).isEqualTo(Fields.UNPACKED);
        assertThat(Fields.pack(-1, 10, 0)).isEqualTo(Fields.UNPACKED);
    }
}
