package org.attune.core.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;

/**
 * Plain time-aligned top-level tiers (no participant, no coder, outside the Attune profile's speech and coding
 * tiers) written into a document, such as query hits ({@code attune query --store}). New annotation and time slot
 * ids follow ELAN's conventions, as {@link CodingEdits} makes them.
 */
public final class PlainTiers {
    private PlainTiers() {
    }

    /**
     * One annotation of a plain tier.
     *
     * @param start start, ms
     * @param end   end, ms ({@code >= start})
     * @param value the annotation's value
     */
    public record Span(long start, long end, String value) {
        /**
         * Creates the record, checking its components.
         *
         * @param start start, ms
         * @param end end, ms ({@code >= start})
         * @param value the annotation's value
         */
        public Span {
            Objects.requireNonNull(value, "value");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("a span needs 0 <= start <= end, got [" + start + ", " + end + "]");
            }
        }
    }

    /**
     * The document with a plain time-aligned tier holding exactly these spans: a tier of that name is replaced in
     * place (its time slots that nothing else uses are dropped), otherwise the tier is added after the others. The
     * linguistic type is added, time-aligned, if the document has none of that name.
     *
     * @param doc the document
     * @param tierId the tier's name
     * @param typeId the tier's linguistic type
     * @param spans the annotations, in any order (overlapping spans are allowed, as on any top-level ELAN tier)
     * @return the new document; {@code doc} is unchanged
     * @throws IllegalArgumentException if a tier of that name has dependent tiers, which replacing it would orphan
     */
    public static AnnotationDocument put(AnnotationDocument doc, String tierId, String typeId, List<Span> spans) {
        Objects.requireNonNull(tierId, "tierId");
        Objects.requireNonNull(typeId, "typeId");
        requireNoDependents(doc, tierId);
        AnnotationDocument d = doc;
        Tier old = d.tier(tierId).orElse(null);
        if (old != null) {
            d = withoutTier(d, old);
        }
        if (d.linguisticType(typeId).isEmpty()) {
            List<LinguisticType> types = new ArrayList<>(d.linguisticTypes());
            types.add(LinguisticType.timeAligned(typeId));
            d = d.withLinguisticTypes(types);
        }
        Ids ids = Ids.of(d);
        List<TimeSlot> slots = new ArrayList<>(d.timeSlots());
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingLong(Span::start).thenComparingLong(Span::end));
        List<Annotation> annotations = new ArrayList<>();
        for (Span s : sorted) {
            String s1 = ids.nextSlot();
            String s2 = ids.nextSlot();
            insertSorted(slots, TimeSlot.aligned(s1, s.start()));
            insertSorted(slots, TimeSlot.aligned(s2, s.end()));
            annotations.add(AlignableAnnotation.of(ids.nextAnnotation(), s1, s2, s.value()));
        }
        Tier tier = Tier.of(tierId, typeId).withAnnotations(annotations);
        List<Tier> tiers = new ArrayList<>(d.tiers());
        int at = old == null ? tiers.size() : Math.min(doc.tiers().indexOf(old), tiers.size());
        tiers.add(at, tier);
        return ids.commit(d.withTimeSlots(slots).withTiers(tiers));
    }

    /**
     * The document without a tier (and its time slots that nothing else uses).
     *
     * @param doc the document
     * @param tierId the tier's name
     * @return the new document; {@code doc} itself if it has no such tier
     * @throws IllegalArgumentException if the tier has dependent tiers, which removing it would orphan
     */
    public static AnnotationDocument remove(AnnotationDocument doc, String tierId) {
        requireNoDependents(doc, tierId);
        Tier old = doc.tier(tierId).orElse(null);
        return old == null ? doc : withoutTier(doc, old);
    }

    private static void requireNoDependents(AnnotationDocument doc, String tierId) {
        for (Tier t : doc.tiers()) {
            if (tierId.equals(t.parentRef())) {
                throw new IllegalArgumentException("tier '" + tierId + "' has dependent tier '" + t.id()
                        + "': it cannot be replaced");
            }
        }
    }

    private static AnnotationDocument withoutTier(AnnotationDocument doc, Tier old) {
        Set<String> mine = new HashSet<>();
        for (Annotation a : old.annotations()) {
            if (a instanceof AlignableAnnotation al) {
                mine.add(al.timeSlotRef1());
                mine.add(al.timeSlotRef2());
            }
        }
        List<Tier> rest = doc.tiers().stream().filter(t -> t != old).toList();
        Set<String> used = new HashSet<>();
        for (Tier t : rest) {
            for (Annotation a : t.annotations()) {
                if (a instanceof AlignableAnnotation al) {
                    used.add(al.timeSlotRef1());
                    used.add(al.timeSlotRef2());
                }
            }
        }
        return doc.withTiers(rest).withTimeSlots(doc.timeSlots().stream()
                .filter(s -> !mine.contains(s.id()) || used.contains(s.id())).toList());
    }

    /** Inserts an aligned slot before the first aligned slot that is later, keeping TIME_ORDER in time order. */
    private static void insertSorted(List<TimeSlot> slots, TimeSlot slot) {
        int at = slots.size();
        for (int i = slots.size() - 1; i >= 0; i--) {
            TimeSlot s = slots.get(i);
            if (s.isAligned() && s.value() <= slot.value()) {
                break;
            }
            if (s.isAligned()) {
                at = i;
            }
        }
        slots.add(at, slot);
    }
}
