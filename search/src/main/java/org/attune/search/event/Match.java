package org.attune.search.event;

import java.util.List;
import java.util.Objects;

/**
 * One result of a query: a tuple of events of one session, one per query element.
 *
 * @param session the session (a corpus-relative path with '/')
 * @param events  the events, in the order of the query's elements
 */
public record Match(String session, List<Event> events) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param session the session (a corpus-relative path with '/')
     * @param events the events, in the order of the query's elements
     */
    public Match {
        Objects.requireNonNull(session, "session");
        events = List.copyOf(events);
    }
}
