package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Fuzz finding (EafFuzzTest, input kept in fuzz-findings/): a HEADER whose TIME_UNITS is none of the values the
 * schema lists (NTSC-frames, PAL-frames, milliseconds) was kept as it was, so the file loaded but could not be
 * saved ("Value '...' is not facet-valid with respect to enumeration"). The reader's check of the schema's
 * attribute values now refuses it at the HEADER.
 */
class TimeUnitsNotListedTest {

    @Test
    void timeUnitsTheSchemaDoesNotListAreAProblemAtTheHeader() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("fuzz-findings/time-units-not-listed.eaf")) {
            bytes = in.readAllBytes();
        }

        assertThatThrownBy(() -> Eaf.load(bytes, "time-units-not-listed.eaf"))
                .isInstanceOf(EafFormatException.class)
                .satisfies(e -> assertThat(((ProblemsException) e).problems()).anySatisfy(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(5);
                    assertThat(p.message()).startsWith("<HEADER> has TIME_UNITS=\"mismbolic subdivision")
                            .endsWith("which is not one of NTSC-frames, PAL-frames, milliseconds");
                }));
    }
}
