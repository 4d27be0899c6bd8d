package org.attune.core.analysis.sequential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.attune.core.profile.Coding;

/**
 * A session's codings as a sequence of events, ordered by onset (then offset), each labelled by its code id or
 * its category.
 *
 * @param session the session's name (e.g. the file name without extension)
 * @param events  the events in order
 * @param end     the session's end, ms (the last offset of anything in it)
 */
public record EventSequence(String session, List<Event> events, long end) {

    /** What an event is called in the sequence. */
    public enum Unit {
        /** The code id (e.g. {@code C3}). */
        CODE,
        /** The code's category (e.g. {@code confrontation}); codings without one use their code id. */
        CATEGORY
    }

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param session the session's name (e.g. the file name without extension)
     * @param events the events in order
     * @param end the session's end, ms (the last offset of anything in it)
     */
    public EventSequence {
        Objects.requireNonNull(session, "session");
        events = List.copyOf(events);
    }

    /**
     * The codings of one coder (all coders when {@code coder} is null) as a sequence.
     *
     * @param session the session
     * @param codings the codings
     * @param coder the coder's name
     * @param unit the unit
     * @param sessionEnd the session end
     * @return the codings of one coder (all coders when {@code coder} is null) as a sequence
     */
    public static EventSequence of(String session, List<Coding> codings, String coder, Unit unit, long sessionEnd) {
        List<Event> out = new ArrayList<>();
        long end = sessionEnd;
        for (Coding c : codings) {
            if (coder != null && !coder.equals(c.coder())) {
                continue;
            }
            String code = unit == Unit.CATEGORY && !c.category().isEmpty() ? c.category() : c.code();
            out.add(new Event(code, c.start(), c.end()));
            end = Math.max(end, c.end());
        }
        out.sort(Comparator.comparingLong(Event::start).thenComparingLong(Event::end));
        return new EventSequence(session, out, end);
    }
}
