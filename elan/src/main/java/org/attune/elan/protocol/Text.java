package org.attune.elan.protocol;


/** Helpers of the lenient readers: positions as line and column, and XML character references. */
final class Text {

    private Text() {
    }

    /** The 1-based line of a character offset. */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of a character offset. */
    static int column(String text, int offset) {
        int nl = offset == 0 ? -1 : text.lastIndexOf('\n', offset - 1);
        return offset - nl;
    }

    /**
     * Line and column of offsets asked for in increasing order, counted incrementally: a reader that reports the
     * line of every element would otherwise count from the start of the text each time.
     */
    static final class Lines {
        private final String text;
        private int offset;
        private int line = 1;
        private int lineStart;

        Lines(String text) {
            this.text = text;
        }

        /** The 1-based line of {@code at}, which is not before the previous offset asked for. */
        int line(int at) {
            if (at < offset) {
                throw new IllegalArgumentException("offsets must not go back: " + at + " < " + offset);
            }
            for (; offset < at && offset < text.length(); offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                    lineStart = offset + 1;
                }
            }
            return line;
        }

        /** The 1-based column of {@code at} (after {@link #line(int)} of the same offset). */
        int column(int at) {
            line(at);
            return at - lineStart + 1;
        }
    }

    /** {@code line:column} of an offset. */
    static String at(String text, int offset) {
        return line(text, offset) + ":" + column(text, offset);
    }

    /**
     * Replaces well-formed character references ({@code &amp;}, {@code &#233;} ...) and leaves any other
     * {@code &} as it is: ELAN escapes some texts and writes others raw.
     */
    static String decode(String s) {
        return org.attune.core.formats.CharacterReferences.decodeXml(s);
    }
}
