package org.attune.annotator.session;

/**
 * What the coder has selected: an utterance, a coding, a time range (dragged on the timeline), or nothing.
 * Any part may be null; an edit restores the selection it was made with when it is undone.
 *
 * @param utteranceId the selected utterance's annotation id, or null
 * @param codingId    the selected coding's annotation id, or null
 * @param range       the selected time range, or null
 */
public record Selection(String utteranceId, String codingId, Range range) {

    /** Nothing selected. */
    public static final Selection NONE = new Selection(null, null, null);

    /** A time range in ms, {@code start <= end}. */
    public record Range(long start, long end) {
        public Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("a range needs 0 <= start <= end, got [" + start + ", " + end + "]");
            }
        }
    }

    public static Selection utterance(String utteranceId, String codingId) {
        return new Selection(utteranceId, codingId, null);
    }

    public static Selection coding(String codingId) {
        return new Selection(null, codingId, null);
    }

    public static Selection range(long start, long end) {
        return new Selection(null, null, new Range(Math.min(start, end), Math.max(start, end)));
    }

    public Selection withCoding(String newCodingId) {
        return new Selection(utteranceId, newCodingId, range);
    }
}
