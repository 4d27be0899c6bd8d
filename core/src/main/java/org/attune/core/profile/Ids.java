package org.attune.core.profile;

import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Property;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;

/**
 * New annotation and time slot ids the way ELAN makes them ({@code a<N>}, {@code ts<N>}), above every id in
 * use and above ELAN's {@code lastUsedAnnotationId} header property, which is kept up to date.
 */
final class Ids {
    static final String LAST_USED_ANNOTATION_ID = "lastUsedAnnotationId";

    private long annotation;
    private long slot;

    private Ids(long annotation, long slot) {
        this.annotation = annotation;
        this.slot = slot;
    }

    static Ids of(AnnotationDocument doc) {
        long a = 0;
        for (Property p : doc.header().properties()) {
            if (LAST_USED_ANNOTATION_ID.equals(p.name())) {
                a = Math.max(a, number(p.value()));
            }
        }
        for (Tier t : doc.tiers()) {
            for (Annotation x : t.annotations()) {
                a = Math.max(a, suffix(x.id(), "a"));
            }
        }
        long s = 0;
        for (TimeSlot ts : doc.timeSlots()) {
            s = Math.max(s, suffix(ts.id(), "ts"));
        }
        return new Ids(a, s);
    }

    String nextAnnotation() {
        return "a" + (++annotation);
    }

    String nextSlot() {
        return "ts" + (++slot);
    }

    /** The document with {@code lastUsedAnnotationId} set to the last id handed out. */
    AnnotationDocument commit(AnnotationDocument doc) {
        return doc.withHeader(doc.header().withProperty(LAST_USED_ANNOTATION_ID, String.valueOf(annotation)));
    }

    private static long suffix(String id, String prefix) {
        if (id.length() <= prefix.length() || !id.startsWith(prefix)) {
            return 0;
        }
        return number(id.substring(prefix.length()));
    }

    private static long number(String s) {
        if (s == null || s.isEmpty() || s.length() > 18) {
            return 0;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return 0;
            }
        }
        return Long.parseLong(s);
    }
}
