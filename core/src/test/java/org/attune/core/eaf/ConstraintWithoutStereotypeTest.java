package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Fuzz finding (EafFuzzTest, input kept in fuzz-findings/): a CONSTRAINT whose STEREOTYPE attribute is missing
 * was read as a constraint with an empty stereotype, so the file loaded but could not be saved ("'' is not a
 * valid value for 'NCName'"). The reader now drops it with a warning at its line.
 */
class ConstraintWithoutStereotypeTest {

    @Test
    void aConstraintWithoutAStereotypeIsDroppedWithAWarningAndTheFileSaves() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("fuzz-findings/constraint-without-stereotype.eaf")) {
            bytes = in.readAllBytes();
        }
        EafReadResult read = Eaf.read(bytes, "constraint-without-stereotype.eaf");

        assertThat(read.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(48);
            assertThat(w.message()).contains("CONSTRAINT").contains("STEREOTYPE");
        });
        EafReadResult back = Eaf.read(Eaf.toBytes(read.document()), "saved.eaf");
        assertThat(back.document()).usingRecursiveComparison().ignoringFields("date").isEqualTo(read.document());
    }
}
