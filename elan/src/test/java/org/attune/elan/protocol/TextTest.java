package org.attune.elan.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void incrementalLinesAgreeWithCountingFromTheStart() {
        Random random = new Random(3);
        for (int round = 0; round < 50; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                sb.append(random.nextInt(8) == 0 ? '\n' : 'x');
            }
            String text = sb.toString();
            Text.Lines lines = new Text.Lines(text);
            for (int at = 0; at <= text.length(); at += 1 + random.nextInt(20)) {
                assertThat(lines.line(at)).as("line of %d", at).isEqualTo(Text.line(text, at));
                assertThat(lines.column(at)).as("column of %d", at).isEqualTo(Text.column(text, at));
            }
        }
    }

    @Test
    void decodesWellFormedReferencesOnly() {
        assertThat(Text.decode("a &amp; b &lt;c&gt; &#233; &#x41; & d &nope;")).isEqualTo("a & b <c> é A & d &nope;");
    }
}
