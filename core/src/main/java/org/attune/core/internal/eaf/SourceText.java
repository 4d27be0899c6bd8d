package org.attune.core.internal.eaf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a file with the start of every line, to turn StAX locations (which point somewhere after an
 * event) into the exact line and column of a markup character. Lines end at LF, CR LF or CR, as in XML; columns
 * are 1-based and count UTF-16 units, as the StAX parser does.
 *
 * <p>It works on the bytes, so that finding a few positions in a large file costs one pass for the line starts
 * and no decoding: UTF-8 and single-byte encodings are used as they are, anything else (UTF-16) is transcoded to
 * UTF-8 first. Positions are byte offsets.
 */
final class SourceText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] bytes;
    private final Charset charset;
    private final boolean utf8;
    private final int[] lineStarts;

    private SourceText(byte[] bytes, Charset charset) {
        this.bytes = bytes;
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        int start = utf8 && startsWith(bytes, UTF8_BOM, 0) ? UTF8_BOM.length : 0;
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = start;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** The text of a file in the encoding the parser detected (UTF-8 when unknown). */
    static SourceText of(byte[] bytes, String encoding) {
        Charset charset = StandardCharsets.UTF_8;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                // an encoding Java does not know: the parser would have failed already; UTF-8 is the best guess
            }
        }
        if (charset.equals(StandardCharsets.UTF_8) || isSingleByteAsciiCompatible(charset)) {
            return new SourceText(bytes, charset);
        }
        String text = new String(bytes, charset);
        return new SourceText((text.startsWith("\uFEFF") ? text.substring(1) : text)
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The offset of a 1-based line and column (clamped into the text). */
    int index(int line, int column) {
        if (line < 1) {
            return lineStarts[0];
        }
        int at = lineStarts[Math.min(line, lineStarts.length) - 1];
        for (int units = 1; units < column && at < bytes.length; units += unitsAt(at), at += lengthAt(at)) {
            if (bytes[at] == '\n' || bytes[at] == '\r') {
                break;
            }
        }
        return Math.min(at, bytes.length);
    }

    /** The 1-based line and column of an offset. */
    int[] lineColumn(int index) {
        int l = Arrays.binarySearch(lineStarts, index);
        if (l < 0) {
            l = Math.max(-l - 2, 0);
        }
        int column = 1;
        for (int at = lineStarts[l]; at < index; at += lengthAt(at)) {
            column += unitsAt(at);
        }
        return new int[] {l + 1, column};
    }

    /**
     * The offset of the next {@code <name} at or after {@code from} that opens a tag of exactly that name
     * (followed by white space, {@code /} or {@code >}), or -1.
     */
    int indexOfTag(String name, int from) {
        byte[] open = ("<" + name).getBytes(charset);
        for (int i = indexOf(open, from); i >= 0; i = indexOf(open, i + 1)) {
            int end = i + open.length;
            if (end == bytes.length) {
                return -1;
            }
            byte c = bytes[end];
            if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The offset of the next occurrence of {@code markup} (ASCII) at or after {@code from}, or -1. */
    int indexOf(String markup, int from) {
        return indexOf(markup.getBytes(StandardCharsets.US_ASCII), from);
    }

    /** Whether {@code markup} (ASCII) occurs right before {@code index}. */
    boolean endsAt(String markup, int index) {
        byte[] m = markup.getBytes(StandardCharsets.US_ASCII);
        return index >= m.length && startsWith(bytes, m, index - m.length);
    }

    private int indexOf(byte[] needle, int from) {
        for (int i = Math.max(from, 0); i <= bytes.length - needle.length; i++) {
            if (bytes[i] == needle[0] && startsWith(bytes, needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The bytes of the character at {@code at}. */
    private int lengthAt(int at) {
        if (!utf8) {
            return 1;
        }
        int b = bytes[at] & 0xFF;
        return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }

    /** The UTF-16 units of the character at {@code at} (a character beyond the BMP takes two). */
    private int unitsAt(int at) {
        return utf8 && (bytes[at] & 0xFF) >= 0xF0 ? 2 : 1;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSingleByteAsciiCompatible(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() == 1.0f
                && Arrays.equals("<>/!-\n\r".getBytes(charset), "<>/!-\n\r".getBytes(StandardCharsets.US_ASCII));
    }
}
