package org.attune.core.internal.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An element's position is the line and column of the {@code <} of its start tag, whatever comes before it
 * (text, a tag, a comment, the prolog) and whatever the file's encoding; columns count UTF-16 units, as the
 * parser's own positions do.
 */
class PositionsTest {

    /** Each T element's id is its expected line and column. */
    private static final String XML = String.join("\n",
            "<?xml version=\"1.0\" encoding=\"ENCODING\"?>",
            "<!-- a comment with <T TIER_ID=\"fake\"/> in it -->",
            "<R TIER_ID=\"3:1\">",
            "    <T TIER_ID=\"4:5\">text</T><T TIER_ID=\"4:30\"/>",
            "\t<T TIER_ID=\"5:2\"/><!-- c --><T TIER_ID=\"5:30\"/>",
            "  😀 é <T TIER_ID=\"6:8\"/>",
            "  <T",
            "     TIER_ID=\"7:3\"/>",
            "</R>",
            "");

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16", "ISO-8859-1"})
    void eachElementIsFoundAtItsLessThanSign(String encoding) {
        Charset charset = Charset.forName(encoding);
        String xml = XML.replace("ENCODING", encoding);
        if (encoding.equals("ISO-8859-1")) {
            xml = xml.replace("😀", "??"); // two characters, as the emoji's two UTF-16 units
        }
        Positions positions = new Positions(xml.getBytes(charset));

        assertThat(positions.root().map(r -> r.line() + ":" + r.column())).as("the root in %s", encoding)
                .contains("3:1");
        for (String id : new String[] {"3:1", "4:5", "4:30", "5:2", "5:30", "6:8", "7:3"}) {
            String element = id.equals("3:1") ? "R" : "T";
            int[] at = positions.find(element, id);
            assertThat(at[0] + ":" + at[1]).as("%s in %s", id, encoding).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aByteOrderMarkIsNotAColumn(boolean bom) {
        byte[] body = "<R>\n  <T TIER_ID=\"x\"/>\n</R>\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
        Positions positions = new Positions(bytes);

        assertThat(positions.root().map(r -> r.line() + ":" + r.column())).contains("1:1");
        assertThat(positions.find("T", "x")).containsExactly(2, 3);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
