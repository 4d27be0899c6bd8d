package org.attune.core.formats;

import java.util.ArrayList;
import java.util.List;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSpan;

/** The meaning of a document's tiers for comparisons in tests: tier, type, participant, timed values. */
record Described(String tier, String type, String participant, List<Item> items) {

    record Item(long start, long end, boolean estimated, String value) {
    }

    static List<Described> of(AnnotationDocument doc) {
        DocumentIndex index = DocumentIndex.of(doc);
        List<Described> out = new ArrayList<>();
        for (Tier t : doc.tiers()) {
            List<Item> items = new ArrayList<>();
            for (Annotation a : t.annotations()) {
                TimeSpan s = index.span(a).orElseThrow();
                items.add(new Item(s.start(), s.end(), s.estimated(), a.value()));
            }
            out.add(new Described(t.id(), t.linguisticTypeRef(), t.participant(), items));
        }
        return out;
    }

    /** The described tier with this id. */
    static Described tier(AnnotationDocument doc, String id) {
        return of(doc).stream().filter(d -> d.tier().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no tier " + id + " in " + of(doc)));
    }
}
