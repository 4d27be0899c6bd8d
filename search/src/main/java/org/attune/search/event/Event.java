package org.attune.search.event;

import java.util.Objects;
import org.attune.core.profile.Role;

/**
 * One annotation of one tier of a session, as the query language sees it. Every annotation is an event; an
 * utterance (an annotation of a speech tier) also has a speaker, role and text, a coding (an annotation of a
 * coding tier) also has a scheme, code, category, rating and coder. Attributes an event does not have are null.
 *
 * @param tier     the tier's name (TIER_ID)
 * @param id       the annotation's id
 * @param start    start, ms
 * @param end      end, ms ({@code >= start})
 * @param value    the annotation's value
 * @param speaker  utterances: the speaker
 * @param role     utterances: the speaker's role
 * @param text     utterances: what was said
 * @param scheme   codings: the scheme, {@code id@version}, or "" when the tier's scheme is unknown
 * @param code     codings: the code id
 * @param category codings: the category id ({@code withdrawal} ...), or ""
 * @param rating   codings: the rating, or null
 * @param coder    codings: the coder, or ""
 */
public record Event(String tier, String id, long start, long end, String value,
                    String speaker, Role role, String text,
                    String scheme, String code, String category, Integer rating, String coder) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param tier the tier's name (TIER_ID)
     * @param id the annotation's id
     * @param start start, ms
     * @param end end, ms ({@code >= start})
     * @param value the annotation's value
     * @param speaker utterances: the speaker
     * @param role utterances: the speaker's role
     * @param text utterances: what was said
     * @param scheme codings: the scheme, {@code id@version}, or "" when the tier's scheme is unknown
     * @param code codings: the code id
     * @param category codings: the category id ({@code withdrawal} ...), or ""
     * @param rating codings: the rating, or null
     * @param coder codings: the coder, or ""
     */
    public Event {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        if (end < start) {
            throw new IllegalArgumentException("end before start: " + start + " > " + end);
        }
    }

    /**
     * A plain event of any tier.
     *
     * @param tier the tier
     * @param id the identifier
     * @param start the start, in milliseconds
     * @param end the end, in milliseconds
     * @param value the value
     * @return a plain event of any tier
     */
    public static Event plain(String tier, String id, long start, long end, String value) {
        return new Event(tier, id, start, end, value, null, null, null, null, null, null, null, null);
    }

    /**
     * Whether this is an utterance of a speech tier.
     *
     * @return whether this is an utterance of a speech tier
     */
    public boolean isUtterance() {
        return role != null;
    }

    /**
     * Whether this is a coding of a coding tier.
     *
     * @return whether this is a coding of a coding tier
     */
    public boolean isCoding() {
        return code != null;
    }

    /**
     * The event in words, as query results show it: a coding as its code, label and rating
     * ({@code C2 Patient rejects therapist intervention [rating 4]}), an utterance as {@code speaker: text}, any other
     * event as its value.
     *
     * @return the event in words, as query results show it: a coding as its code, label and rating ({@code C2 Patient rejects therapist intervention [rating 4]}), an utterance as {@code speaker: text}, any other event as its value
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (isCoding()) {
            sb.append(code);
            if (!value.equalsIgnoreCase(code)) {
                sb.append(' ').append(value);
            }
            if (rating != null) {
                sb.append(" [rating ").append(rating).append(']');
            }
        } else if (isUtterance()) {
            sb.append(speaker).append(": ").append(value);
        } else {
            sb.append(value);
        }
        return sb.toString();
    }
}
