package org.attune.search.event;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What matches are grouped by ({@code attune query --group-by}): one attribute of the match's first element.
 * An element that lacks the attribute (the speaker of a coding, the coder of an utterance) or has it empty is
 * grouped under {@link #NONE}.
 */
public enum GroupKey {
    /** The session (its corpus-relative path, or the file's name). */
    session,
    /** The first element's tier. */
    tier,
    /** The first element's annotation value. */
    value,
    /** The first element's speaker (utterances only). */
    speaker,
    /** The first element's code (codings only). */
    code,
    /** The first element's coder (codings only). */
    coder;

    /** The key of an element that lacks the attribute or has it empty. */
    public static final String NONE = "(none)";

    /**
     * The key of a match.
     *
     * @param match the match
     * @return this attribute of the match's first element (the session for {@link #session}), or {@link #NONE}
     */
    public String of(Match match) {
        return this == session ? match.session() : of(match.events().get(0));
    }

    /**
     * The key of an event (for {@link #session}: {@link #NONE}, an event does not know its session).
     *
     * @param event the event
     * @return this attribute of the event, or {@link #NONE} when it lacks it or it is empty
     */
    public String of(Event event) {
        String v = switch (this) {
            case session -> null;
            case tier -> event.tier();
            case value -> event.value();
            case speaker -> event.speaker();
            case code -> event.code();
            case coder -> event.coder();
        };
        return v == null || v.isEmpty() ? NONE : v;
    }

    /**
     * The number of matches per key, sorted by key (string order).
     *
     * @param matches the matches
     * @return the number of matches per key, for keys with at least one, sorted by key
     */
    public Map<String, Long> count(List<Match> matches) {
        Map<String, Long> out = new TreeMap<>();
        for (Match m : matches) {
            out.merge(of(m), 1L, Long::sum);
        }
        return out;
    }
}
