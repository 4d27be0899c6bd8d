package org.attune.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lookups over one {@link AnnotationDocument} snapshot: tiers, annotations and time slots by id, the tier
 * tree, and the time span of every annotation. Build it once per snapshot ({@link #of}); it is immutable
 * and safe to share between threads.
 *
 * <p>Times: an aligned slot has its value; an unaligned slot is interpolated evenly between the nearest
 * aligned slots before and after it in the TIME_ORDER (ELAN keeps the order consistent with time), and the
 * span is marked {@linkplain TimeSpan#estimated() estimated}. A reference annotation takes the span of its
 * time-aligned ancestor.
 */
public final class DocumentIndex {

    private final AnnotationDocument document;
    private final Map<String, Tier> tiers = new HashMap<>();
    private final Map<String, Annotation> annotations = new HashMap<>();
    private final Map<String, Tier> tierOfAnnotation = new HashMap<>();
    private final Map<String, List<Tier>> children = new HashMap<>();
    private final Map<String, Long> slotTime = new HashMap<>();
    private final Set<String> estimatedSlots = new HashSet<>();

    private DocumentIndex(AnnotationDocument document) {
        this.document = document;
        for (Tier t : document.tiers()) {
            tiers.putIfAbsent(t.id(), t);
            for (Annotation a : t.annotations()) {
                annotations.putIfAbsent(a.id(), a);
                tierOfAnnotation.putIfAbsent(a.id(), t);
            }
        }
        for (Tier t : document.tiers()) {
            if (t.parentRef() != null) {
                children.computeIfAbsent(t.parentRef(), k -> new ArrayList<>()).add(t);
            }
        }
        resolveSlots(document.timeSlots());
    }

    /**
     * Indexes the document (one pass over its tiers and annotations).
     *
     * @param document the document
     * @return the index
     */
    public static DocumentIndex of(AnnotationDocument document) {
        return new DocumentIndex(document);
    }

    /**
     * The indexed document.
     *
     * @return the document
     */
    public AnnotationDocument document() {
        return document;
    }

    private void resolveSlots(List<TimeSlot> slots) {
        int n = slots.size();
        int prev = -1;
        for (int i = 0; i < n; i++) {
            TimeSlot s = slots.get(i);
            if (s.isAligned()) {
                slotTime.put(s.id(), s.value());
                prev = i;
                continue;
            }
            int next = i + 1;
            while (next < n && !slots.get(next).isAligned()) {
                next++;
            }
            long before = prev >= 0 ? slots.get(prev).value() : 0L;
            long after = next < n ? slots.get(next).value() : before;
            int from = prev >= 0 ? prev : -1;
            int to = next < n ? next : n;
            for (int k = i; k < next; k++) {
                long estimate = after <= before || to == from ? before
                        : before + (after - before) * (k - from) / (to - from);
                slotTime.put(slots.get(k).id(), estimate);
                estimatedSlots.add(slots.get(k).id());
            }
            i = next - 1;
        }
    }

    /**
     * The tier with this TIER_ID, if any (constant time).
     *
     * @param tierId the TIER_ID
     * @return the tier
     */
    public Optional<Tier> tier(String tierId) {
        return Optional.ofNullable(tiers.get(tierId));
    }

    /**
     * The annotation with this ANNOTATION_ID on any tier, if any (constant time).
     *
     * @param annotationId the ANNOTATION_ID
     * @return the annotation
     */
    public Optional<Annotation> annotation(String annotationId) {
        return Optional.ofNullable(annotations.get(annotationId));
    }

    /**
     * The tier holding an annotation.
     *
     * @param annotationId the ANNOTATION_ID
     * @return the tier holding an annotation
     */
    public Optional<Tier> tierOf(String annotationId) {
        return Optional.ofNullable(tierOfAnnotation.get(annotationId));
    }

    /**
     * The tiers whose PARENT_REF is {@code tierId}, in document order.
     *
     * @param tierId the TIER_ID
     * @return the tiers whose PARENT_REF is {@code tierId}, in document order
     */
    public List<Tier> children(String tierId) {
        return Collections.unmodifiableList(children.getOrDefault(tierId, List.of()));
    }

    /**
     * The linguistic type of a tier, if declared.
     *
     * @param tier the tier
     * @return the linguistic type of a tier, if declared
     */
    public Optional<LinguisticType> typeOf(Tier tier) {
        return document.linguisticType(tier.linguisticTypeRef());
    }

    /**
     * The controlled vocabulary bound to a tier through its linguistic type, if any.
     *
     * @param tier the tier
     * @return the controlled vocabulary bound to a tier through its linguistic type, if any
     */
    public Optional<ControlledVocabulary> vocabularyOf(Tier tier) {
        return typeOf(tier).map(LinguisticType::controlledVocabularyRef).flatMap(document::controlledVocabulary);
    }

    /**
     * The time of a slot (interpolated for an unaligned slot), if the slot exists.
     *
     * @param slotId the TIME_SLOT_ID
     * @return the time of a slot (interpolated for an unaligned slot), if the slot exists
     */
    public Optional<Long> time(String slotId) {
        return Optional.ofNullable(slotTime.get(slotId));
    }

    /**
     * The span of an annotation: its slots' times, or its time-aligned ancestor's span.
     *
     * @param annotationId the ANNOTATION_ID
     * @return the span of an annotation: its slots' times, or its time-aligned ancestor's span
     */
    public Optional<TimeSpan> span(String annotationId) {
        Annotation a = annotations.get(annotationId);
        return a == null ? Optional.empty() : span(a);
    }

    /**
     * The span of an annotation of this document.
     *
     * @param annotation the annotation
     * @return the span of an annotation of this document
     */
    public Optional<TimeSpan> span(Annotation annotation) {
        Annotation a = annotation;
        for (int depth = 0; depth < 64 && a != null; depth++) {
            if (a instanceof AlignableAnnotation al) {
                Long start = slotTime.get(al.timeSlotRef1());
                Long end = slotTime.get(al.timeSlotRef2());
                if (start == null || end == null) {
                    return Optional.empty();
                }
                boolean estimated = estimatedSlots.contains(al.timeSlotRef1())
                        || estimatedSlots.contains(al.timeSlotRef2());
                return Optional.of(new TimeSpan(start, Math.max(start, end), estimated));
            }
            a = annotations.get(((RefAnnotation) a).annotationRef());
        }
        return Optional.empty();
    }
}
