package org.attune.search.event;

import java.util.List;
import java.util.Locale;
import org.attune.core.scheme.Category;
import org.attune.search.query.AnyOf;
import org.attune.search.query.Attribute;
import org.attune.search.query.CategoryRef;
import org.attune.search.query.CodeRef;
import org.attune.search.query.Constraint;
import org.attune.search.query.Constraints;
import org.attune.search.query.Element;
import org.attune.search.query.Operator;
import org.attune.search.query.Phrase;
import org.attune.search.query.Words;

/**
 * Whether one event matches one query element: the definition of every atom and attribute of the language,
 * written plainly. Text is compared after {@link #fold(String) folding case} (root locale).
 */
public final class EventMatcher {
    private EventMatcher() {
    }

    /**
     * Case folding for {@code =}: lower case in the root locale.
     *
     * @param s the text
     * @return the folded text
     */
    public static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code e} matches {@code element}.
     *
     * @param element the query element
     * @param e the event
     * @return whether {@code e} matches {@code element}
     */
    public static boolean matches(Element element, Event e) {
        if (element instanceof AnyOf any) {
            for (Element alt : any.alternatives()) {
                if (matches(alt, e)) {
                    return true;
                }
            }
            return false;
        }
        if (element instanceof CodeRef c) {
            return e.code() != null && fold(e.code()).equals(fold(c.code()))
                    && (c.scheme() == null || schemeIs(e.scheme(), c.scheme()));
        }
        if (element instanceof CategoryRef c) {
            return e.category() != null && categoryIs(e.category(), c.name().keyword());
        }
        if (element instanceof Phrase p) {
            return e.isUtterance() && Words.contains(Words.of(e.text()), phraseWords(p.text()));
        }
        for (Constraint c : ((Constraints) element).constraints()) {
            if (!holds(c, e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one constraint holds for {@code e}; an event without the attribute never satisfies it.
     *
     * @param c the constraint
     * @param e the event
     * @return whether one constraint holds for {@code e}; an event without the attribute never satisfies it
     */
    public static boolean holds(Constraint c, Event e) {
        if (c.attribute() == Attribute.RATING) {
            return e.rating() != null && c.operator().test(e.rating(), c.number());
        }
        String v = attribute(c.attribute(), e);
        if (v == null) {
            return false;
        }
        if (c.operator() == Operator.MATCHES) {
            return c.foundIn(v);
        }
        switch (c.attribute()) {
            case TEXT:
                return Words.contains(Words.of(v), phraseWords(c.value()));
            case SCHEME:
                return schemeIs(v, c.value());
            case CATEGORY:
                return categoryIs(v, fold(c.value()));
            default:
                return fold(v).equals(fold(c.value()));
        }
    }

    private static final java.util.Map<String, List<String>> PHRASES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A query phrase's words, split once rather than for every event tested. */
    private static List<String> phraseWords(String phrase) {
        return PHRASES.computeIfAbsent(phrase, Words::of);
    }

    /**
     * The value of a text attribute of {@code e}, or null when it has none.
     *
     * @param a the attribute
     * @param e the event
     * @return the value of a text attribute of {@code e}, or null when it has none
     */
    public static String attribute(Attribute a, Event e) {
        switch (a) {
            case TIER: return e.tier();
            case VALUE: return e.value();
            case ROLE: return e.role() == null ? null : fold(e.role().name());
            case SPEAKER: return e.speaker();
            case TEXT: return e.text();
            case CODE: return e.code();
            case SCHEME: return e.scheme();
            case CATEGORY: return e.category();
            case CODER: return e.coder();
            case RATING: return e.rating() == null ? null : e.rating().toString();
            default: throw new IllegalStateException(a.toString());
        }
    }

    /** {@code 3rs@2015} is the scheme {@code 3rs@2015} and the scheme {@code 3rs}. */
    static boolean schemeIs(String eventScheme, String wanted) {
        if (eventScheme == null) {
            return false;
        }
        String s = fold(eventScheme);
        String w = fold(wanted);
        int at = s.indexOf('@');
        return s.equals(w) || (at >= 0 && s.substring(0, at).equals(w));
    }

    /** {@code rupture} is either rupture category. */
    static boolean categoryIs(String eventCategory, String wantedFolded) {
        String c = fold(eventCategory);
        if (wantedFolded.equals("rupture")) {
            return c.equals(Category.WITHDRAWAL) || c.equals(Category.CONFRONTATION);
        }
        return c.equals(wantedFolded);
    }

    /**
     * The events of {@code events} that match {@code element}, in order.
     *
     * @param element the element
     * @param events the events
     * @return the events of {@code events} that match {@code element}, in order
     */
    public static List<Event> filter(Element element, List<Event> events) {
        return events.stream().filter(e -> matches(element, e)).toList();
    }
}
