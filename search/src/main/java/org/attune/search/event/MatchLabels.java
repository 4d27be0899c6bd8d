package org.attune.search.event;

import java.util.stream.Collectors;
import org.attune.search.query.Query;
import org.attune.search.query.Sequence;

/**
 * A match in words on one line, as a tier of hits shows it (the ELAN query recognizer, {@code attune query
 * --store}): the match's events described ({@link Event#describe()}) and joined by {@code " → "} for a sequence,
 * {@code " & "} otherwise ({@code C2 Patient rejects... → R4 ...}), cut to {@link #WIDTH} characters.
 */
public final class MatchLabels {
    /** The longest label, in characters; longer labels end in an ellipsis. */
    public static final int WIDTH = 200;

    private MatchLabels() {
    }

    /**
     * The label of a match of a query.
     *
     * @param query the query the match is of
     * @param match the match
     * @return the match in words, on one line, at most {@link #WIDTH} characters
     */
    public static String of(Query query, Match match) {
        String joiner = query instanceof Sequence ? " → " : " & ";
        String label = match.events().stream().map(MatchLabels::describe).collect(Collectors.joining(joiner));
        return label.length() <= WIDTH ? label : label.substring(0, WIDTH - 1) + "…";
    }

    /**
     * An event as a hit label shows it: {@link Event#describe()} on one line.
     *
     * @param event the event
     * @return the event in words, white space collapsed to single spaces
     */
    public static String describe(Event event) {
        return event.describe().replaceAll("\\s+", " ").strip();
    }
}
