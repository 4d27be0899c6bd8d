package org.attune.elan.protocol;

/**
 * One annotation of a tier that ELAN handed to a recognizer.
 *
 * @param start start, ms
 * @param end   end, ms
 * @param value the annotation value, as ELAN wrote it (surrounding blanks removed)
 * @param line  the line of the tier file it was read from
 */
public record Span(long start, long end, String value, int line) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
        value = value == null ? "" : value;
    }
}
