package org.attune.search.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSpan;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;

/**
 * The events of one session in canonical order: by start, then end, then tier name, then annotation id. Matches
 * are ordered by the positions of their events in this order.
 */
public final class SessionEvents {

    /** The canonical order of events within a session. */
    public static final Comparator<Event> ORDER = Comparator.comparingLong(Event::start)
            .thenComparingLong(Event::end)
            .thenComparing(Event::tier)
            .thenComparing(Event::id);

    private final String session;
    private final List<Event> events;
    private final long[] utteranceStarts;

    /**
     * @param session the session's name (for a corpus: the file's path relative to the corpus, with '/')
     * @param events  its events, in any order
     */
    public SessionEvents(String session, List<Event> events) {
        this.session = Objects.requireNonNull(session, "session");
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(ORDER);
        this.events = List.copyOf(sorted);
        this.utteranceStarts = sorted.stream().filter(Event::isUtterance).mapToLong(Event::start).toArray();
        Arrays.sort(utteranceStarts);
    }

    /**
     * The events of a document: every annotation of every tier that has a time span.
     *
     * @param session the session
     * @param document the document
     * @param schemes the schemes to look codes up in
     * @return the events of a document: every annotation of every tier that has a time span
     */
    public static SessionEvents of(String session, AnnotationDocument document, SchemeLookup schemes) {
        return of(session, document, schemes, null);
    }

    /**
     * The events of a document, reading the values of the plain tiers {@code codesOn} names as codes: every
     * annotation of every tier that has a time span; on those tiers, an annotation whose value names a code of the
     * scheme (or whose controlled-vocabulary entry does) is a coding, any other a plain event.
     *
     * @param session  the session
     * @param document the document
     * @param schemes  the schemes to look codes up in
     * @param codesOn  which plain tiers hold codes (null: none)
     * @return the events of the document
     * @throws IllegalArgumentException if {@code codesOn} names a scheme {@code schemes} does not know
     */
    public static SessionEvents of(String session, AnnotationDocument document, SchemeLookup schemes,
                                   CodesOn codesOn) {
        SessionView view = SessionView.of(document, schemes);
        DocumentIndex index = view.index();
        Map<String, Utterance> utterances = new HashMap<>();
        for (Utterance u : view.utterances()) {
            utterances.put(u.annotationId(), u);
        }
        Map<String, Coding> codings = new HashMap<>();
        for (Coding c : view.codings()) {
            codings.put(c.annotationId(), c);
        }
        PlainCodes plain = codesOn == null ? null : PlainCodes.of(codesOn, view, schemes);
        List<Event> out = new ArrayList<>();
        for (Tier tier : document.tiers()) {
            boolean codesTier = plain != null && plain.appliesTo(tier);
            for (Annotation a : tier.annotations()) {
                TimeSpan span = index.span(a).orElse(null);
                if (span == null) {
                    continue;
                }
                String value = a.value() == null ? "" : a.value();
                Utterance u = utterances.get(a.id());
                Coding c = codings.get(a.id());
                if (c == null && codesTier) {
                    c = plain.coding(tier, a, span).orElse(null);
                    if (c == null) {
                        out.add(Event.plain(tier.id(), a.id(), span.start(), span.end(), value));
                        continue;
                    }
                }
                if (u != null && c == null) {
                    out.add(new Event(tier.id(), a.id(), span.start(), span.end(), value,
                            u.speaker(), u.role(), u.text(), null, null, null, null, null));
                } else if (c != null) {
                    out.add(new Event(tier.id(), a.id(), span.start(), span.end(), value,
                            null, null, null, c.schemeRef(), c.code(), c.category(), c.rating(), c.coder()));
                } else {
                    out.add(Event.plain(tier.id(), a.id(), span.start(), span.end(), value));
                }
            }
        }
        return new SessionEvents(session, out);
    }

    /**
     * The session's name.
     *
     * @return the session's name
     */
    public String session() {
        return session;
    }

    /**
     * The events in canonical order.
     *
     * @return the events in canonical order
     */
    public List<Event> events() {
        return events;
    }

    /**
     * {@code u(e)}: how many utterances of the session start no later than {@code time}.
     *
     * @param time the time, in milliseconds
     * @return the utterances up to
     */
    public int utterancesUpTo(long time) {
        return org.attune.core.model.TimeSpan.countAtOrBefore(utteranceStarts, time);
    }
}
