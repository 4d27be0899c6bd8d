package org.attune.core.internal.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Speaker labels in front of what was said: {@code T: ...}, {@code Roger Bingham: ...}. */
final class Speakers {

    /** A name of at most three words that starts with a letter, a colon, then blanks (or nothing). */
    private static final Pattern LABEL = Pattern.compile(
            "([\\p{L}][\\p{L}\\p{N}'’._-]*(?: [\\p{L}\\p{N}'’._-]+){0,2})\\s?:(?:\\s+|$)(.*)", Pattern.DOTALL);

    /** A label and what follows it. */
    record Labelled(String speaker, String text, int textColumn) {
    }

    private Speakers() {
    }

    /** The speaker label at the start of {@code text}, if there is one. */
    static Labelled label(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return new Labelled(m.group(1), m.group(2), m.start(2) + 1);
    }
}
