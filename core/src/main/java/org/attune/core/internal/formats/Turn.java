package org.attune.core.internal.formats;

import java.util.Map;
import java.util.Objects;
import org.attune.core.scheme.Code;

/**
 * One utterance as an input file gives it, before it becomes an annotation.
 *
 * @param speaker the speaker (a tier of its own), or null when the file names none
 * @param start   start in ms, or null when the file gives none (it is then estimated)
 * @param end     end in ms, or null when the file gives none (the next start, else estimated)
 * @param text    what was said
 * @param line    the line the utterance starts on, for messages
 * @param column  the column of its time (or of the line's start), for messages
 * @param codes   codes given to the utterance, by layer id (CSV code columns)
 */
public record Turn(String speaker, Long start, Long end, String text, int line, int column, Map<String, Code> codes) {
    public Turn {
        text = text == null ? "" : text;
        codes = Map.copyOf(Objects.requireNonNull(codes, "codes"));
    }

    /** A turn without codes. */
    public static Turn of(String speaker, Long start, Long end, String text, int line, int column) {
        return new Turn(speaker, start, end, text, line, column, Map.of());
    }

    Turn withStart(Long newStart) {
        return new Turn(speaker, newStart, end, text, line, column, codes);
    }

    Turn withEnd(Long newEnd) {
        return new Turn(speaker, start, newEnd, text, line, column, codes);
    }
}
