package org.attune.core.internal.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSpan;

/** Every tier of a document with its annotations' spans, in time order: what time-based exports write. */
final class TimedTiers {

    /** An annotation and its span. */
    record Item(Annotation annotation, TimeSpan span) {
        String value() {
            return annotation.value();
        }
    }

    /** A tier and its items, ordered by start, then end. */
    record TimedTier(Tier tier, List<Item> items) {
    }

    private TimedTiers() {
    }

    static List<TimedTier> of(AnnotationDocument doc) {
        DocumentIndex index = DocumentIndex.of(doc);
        List<TimedTier> out = new ArrayList<>();
        for (Tier t : doc.tiers()) {
            List<Item> items = new ArrayList<>();
            for (Annotation a : t.annotations()) {
                Optional<TimeSpan> span = index.span(a);
                span.ifPresent(s -> items.add(new Item(a, s)));
            }
            items.sort(Comparator.comparingLong((Item i) -> i.span().start()).thenComparingLong(i -> i.span().end()));
            out.add(new TimedTier(t, items));
        }
        return out;
    }

    /** The latest end of any annotation (0 for a document without any). */
    static long end(List<TimedTier> tiers) {
        long end = 0;
        for (TimedTier t : tiers) {
            for (Item i : t.items()) {
                end = Math.max(end, i.span().end());
            }
        }
        return end;
    }
}
