package org.attune.cli;

/** Small text formatting helpers for command output. */
final class Text {
    private Text() {
    }

    /** A duration as {@code h:mm:ss} or {@code m:ss}. */
    static String duration(long ms) {
        long s = ms / 1000;
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }

    /** Text wrapped at {@code width} columns, each line indented. */
    static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).toString();
    }

    /** A time as {@code h:mm:ss.s} (tenths of a second). */
    static String clock(long ms) {
        long tenths = Math.floorDiv(ms, 100);
        long s = tenths / 10;
        return String.format("%d:%02d:%02d.%d", s / 3600, (s % 3600) / 60, s % 60, tenths % 10);
    }

    /** The text on one line, cut to {@code width} characters with an ellipsis. */
    static String shorten(String text, int width) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= width ? one : one.substring(0, width - 1) + "\u2026";
    }
}
