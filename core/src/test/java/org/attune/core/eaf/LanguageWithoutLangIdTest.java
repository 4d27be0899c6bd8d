package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Fuzz finding (EafFuzzTest, input kept in fuzz-findings/): a LANGUAGE whose LANG_ID attribute is missing
 * was read as a language with an empty id, so the file loaded but could not be saved ("'' is not a
 * valid value for 'NCName'"). The reader now drops it with a warning at its line.
 */
class LanguageWithoutLangIdTest {

    @Test
    void aLanguageWithoutALangIdIsDroppedWithAWarningAndTheFileSaves() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("fuzz-findings/language-without-lang-id.eaf")) {
            bytes = in.readAllBytes();
        }
        EafReadResult read = Eaf.read(bytes, "language-without-lang-id.eaf");

        assertThat(read.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(46);
            assertThat(w.message()).contains("LANGUAGE").contains("LANG_ID");
        });
        EafReadResult back = Eaf.read(Eaf.toBytes(read.document()), "saved.eaf");
        assertThat(back.document()).usingRecursiveComparison().ignoringFields("date").isEqualTo(read.document());
    }
}
