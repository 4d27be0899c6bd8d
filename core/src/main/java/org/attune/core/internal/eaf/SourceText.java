package org.attune.core.internal.eaf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The characters of a file with the start of every line, to turn StAX locations (which point somewhere after
 * an event) into the exact line and column of a markup character. Lines end at LF, CR LF or CR, as in XML;
 * columns are 1-based and count UTF-16 units, as the StAX parser does.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;

    private SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** Decodes a file's bytes in the encoding the parser detected (UTF-8 when unknown); a byte order mark is dropped. */
    static SourceText decode(byte[] bytes, String encoding) {
        Charset charset = StandardCharsets.UTF_8;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                // an encoding Java does not know: the parser would have failed already; UTF-8 is the best guess
            }
        }
        String text = new String(bytes, charset);
        return new SourceText(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The index of a 1-based line and column (clamped into the text). */
    int index(int line, int column) {
        if (line < 1) {
            return 0;
        }
        int l = Math.min(line, lineStarts.length) - 1;
        return Math.min(lineStarts[l] + Math.max(column, 1) - 1, text.length());
    }

    /** The 1-based line and column of an index. */
    int[] lineColumn(int index) {
        int l = Arrays.binarySearch(lineStarts, index);
        if (l < 0) {
            l = -l - 2;
        }
        return new int[] {l + 1, index - lineStarts[l] + 1};
    }

    /**
     * The index of the next {@code <name} at or after {@code from} that opens a tag of exactly that name
     * (followed by white space, {@code /} or {@code >}), or -1.
     */
    int indexOfTag(String name, int from) {
        String open = "<" + name;
        for (int i = text.indexOf(open, Math.max(from, 0)); i >= 0; i = text.indexOf(open, i + 1)) {
            int end = i + open.length();
            if (end == text.length()) {
                return -1;
            }
            char c = text.charAt(end);
            if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the next occurrence of {@code s} at or after {@code from}, or -1. */
    int indexOf(String s, int from) {
        return text.indexOf(s, Math.max(from, 0));
    }

    /** Whether {@code s} occurs right before {@code index}. */
    boolean endsAt(String s, int index) {
        return index >= s.length() && text.startsWith(s, index - s.length());
    }
}
