package org.attune.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Constraint;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.Language;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.RefAnnotation;
import org.attune.core.model.Stereotype;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;
import org.attune.core.scheme.RatingScale;
import org.attune.core.scheme.SchemeExport;

/**
 * Edits of codings, as pure functions from one document snapshot to the next (so every edit can be undone
 * by keeping the previous snapshot). Everything is stored by the Attune profile ({@code docs/eaf-profile.md}):
 * the layer's vocabulary, types and the coder's coding, rating and note tiers are created on first use.
 *
 * <pre>{@code
 * CodingScheme rrs = SchemeRegistry.builtIn().require("3rs@2015");
 * CodingEdits.Added added = CodingEdits.add(doc, rrs, rrs.code("C2").orElseThrow(), "A", 61_000, 64_500);
 * AnnotationDocument rated = CodingEdits.setRating(added.document(), added.annotationId(), 4);
 * }</pre>
 */
public final class CodingEdits {

    /** The document after adding a coding, and the new coding's annotation id. */
    public record Added(AnnotationDocument document, String annotationId) {
    }

    private CodingEdits() {
    }

    /**
     * The document with everything needed to code {@code layer} of {@code scheme} as {@code coder}: the language
     * {@code eng}, the four constraints, the vocabularies, the linguistic types, the coding tier and its rating
     * (when the scheme rates codings) and note tiers, and the profile properties. Does nothing that is already there.
     *
     * @param doc the document
     * @param scheme the coding scheme
     * @param layer the scheme layer
     * @param coder the coder's name
     * @return the document with everything needed to code {@code layer} of {@code scheme} as {@code coder}: the language {@code eng}, the four constraints, the vocabularies, the linguistic types, the coding tier and its rating (when the scheme rates codings) and note tiers, and the profile properties
     */
    public static AnnotationDocument ensureCodingTier(AnnotationDocument doc, CodingScheme scheme, Layer layer,
                                                      String coder) {
        requireCoder(coder);
        AnnotationDocument d = doc;
        if (d.languages().stream().noneMatch(l -> l.id().equals(Language.ENGLISH.id()))) {
            d = d.withLanguages(append(d.languages(), Language.ENGLISH));
        }
        for (Constraint c : Constraint.standard()) {
            if (d.constraints().stream().noneMatch(x -> x.stereotype().equals(c.stereotype()))) {
                d = d.withConstraints(append(d.constraints(), c));
            }
        }
        String cvId = AttuneProfile.vocabularyId(scheme, layer);
        if (d.controlledVocabulary(cvId).isEmpty()) {
            d = d.withControlledVocabularies(append(d.controlledVocabularies(), SchemeExport.vocabulary(scheme, layer)));
        }
        if (d.linguisticType(cvId).isEmpty()) {
            d = d.withLinguisticTypes(append(d.linguisticTypes(),
                    LinguisticType.timeAligned(cvId).withControlledVocabularyRef(cvId)));
        }
        d = d.withHeader(d.header().withProperty(AttuneProfile.PROFILE_PROPERTY, AttuneProfile.PROFILE_VERSION)
                .withProperty(AttuneProfile.LAYER_PROPERTY_PREFIX + cvId, AttuneProfile.layerRef(scheme, layer)));
        String tierId = AttuneProfile.codingTierId(scheme, layer, coder);
        if (d.tier(tierId).isEmpty()) {
            d = d.withTiers(append(d.tiers(), Tier.of(tierId, cvId).withAnnotator(coder)));
        }
        if (layer.rated() && scheme.rating() != null) {
            RatingScale scale = scheme.rating();
            String ratingType = AttuneProfile.ratingTypeId(scale.min(), scale.max());
            if (d.controlledVocabulary(ratingType).isEmpty()) {
                d = d.withControlledVocabularies(append(d.controlledVocabularies(), SchemeExport.ratingVocabulary(scale)));
            }
            if (d.linguisticType(ratingType).isEmpty()) {
                d = d.withLinguisticTypes(append(d.linguisticTypes(),
                        LinguisticType.constrained(ratingType, Stereotype.SYMBOLIC_ASSOCIATION)
                                .withControlledVocabularyRef(ratingType)));
            }
            String ratingTier = AttuneProfile.ratingTierId(scheme, layer, coder);
            if (d.tier(ratingTier).isEmpty()) {
                d = d.withTiers(append(d.tiers(), Tier.of(ratingTier, ratingType).withAnnotator(coder)
                        .withParentRef(tierId)));
            }
        }
        if (d.linguisticType(AttuneProfile.NOTE_TYPE).isEmpty()) {
            d = d.withLinguisticTypes(append(d.linguisticTypes(),
                    LinguisticType.constrained(AttuneProfile.NOTE_TYPE, Stereotype.SYMBOLIC_ASSOCIATION)));
        }
        String noteTier = AttuneProfile.noteTierId(scheme, layer, coder);
        if (d.tier(noteTier).isEmpty()) {
            d = d.withTiers(append(d.tiers(), Tier.of(noteTier, AttuneProfile.NOTE_TYPE).withAnnotator(coder)
                    .withParentRef(tierId)));
        }
        return d;
    }

    /**
     * Adds a coding of {@code code} by {@code coder} over {@code [start, end]} ms.
     *
     * @param doc the document
     * @param scheme the coding scheme
     * @param code the code
     * @param coder the coder's name
     * @param start the start, in milliseconds
     * @param end the end, in milliseconds
     * @return the new document and the added coding
     */
    public static Added add(AnnotationDocument doc, CodingScheme scheme, Code code, String coder, long start,
                            long end) {
        Objects.requireNonNull(code, "code");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a coding needs 0 <= start <= end, got [" + start + ", " + end + "]");
        }
        Layer layer = scheme.layerOf(code).orElseThrow(() ->
                new IllegalArgumentException("code " + code.id() + " is not part of scheme " + scheme.ref()));
        AnnotationDocument d = ensureCodingTier(doc, scheme, layer, coder);
        Ids ids = Ids.of(d);
        String s1 = ids.nextSlot();
        String s2 = ids.nextSlot();
        String id = ids.nextAnnotation();
        AnnotationDocument slotted = withSlots(d, TimeSlot.aligned(s1, start), TimeSlot.aligned(s2, end));
        AlignableAnnotation a = new AlignableAnnotation(id, s1, s2, null, code.label(), null, null, code.id());
        String tierId = AttuneProfile.codingTierId(scheme, layer, coder);
        Map<String, Long> times = slotTimes(slotted);
        d = slotted.withTier(tierId, t -> t.withAnnotations(sortedByStart(append(t.annotations(), a), times)));
        return new Added(ids.commit(d), id);
    }

    /**
     * Sets (or with {@code null} removes) the rating of a coding.
     *
     * @param doc the document
     * @param codingId the coding's identifier
     * @param rating the rating, or null to remove it
     * @return the new document; {@code doc} is unchanged
     */
    public static AnnotationDocument setRating(AnnotationDocument doc, String codingId, Integer rating) {
        DocumentIndex index = DocumentIndex.of(doc);
        Tier ratingTier = childTier(index, codingId, AttuneProfile::isRatingType, "rating");
        Optional<ControlledVocabulary> scale = index.vocabularyOf(ratingTier);
        String value = rating == null ? null : String.valueOf(rating);
        String cveRef = null;
        if (value != null && scale.isPresent()) {
            CvEntry entry = scale.get().entryByValue(value).orElseThrow(() -> new IllegalArgumentException(
                    "rating " + rating + " is not on the scale of tier '" + ratingTier.id() + "'"));
            cveRef = entry.id();
        }
        return setChild(doc, ratingTier.id(), codingId, value, cveRef);
    }

    /**
     * Sets (or with an empty or null note removes) the note of a coding.
     *
     * @param doc the document
     * @param codingId the coding's identifier
     * @param note the note, or null or empty to remove it
     * @return the new document; {@code doc} is unchanged
     */
    public static AnnotationDocument setNote(AnnotationDocument doc, String codingId, String note) {
        Tier noteTier = childTier(DocumentIndex.of(doc), codingId, AttuneProfile::isNoteType, "note");
        return setChild(doc, noteTier.id(), codingId, note == null || note.isEmpty() ? null : note, null);
    }

    /**
     * Removes a coding with its rating and note, and the time slots nothing uses any more.
     *
     * @param doc the document
     * @param codingId the coding's identifier
     * @return the new document; {@code doc} is unchanged
     */
    public static AnnotationDocument remove(AnnotationDocument doc, String codingId) {
        DocumentIndex index = DocumentIndex.of(doc);
        Tier coding = codingTier(index, codingId);
        Set<String> gone = new HashSet<>();
        gone.add(codingId);
        List<Tier> tiers = new ArrayList<>();
        for (Tier t : doc.tiers()) {
            if (t.id().equals(coding.id()) || coding.id().equals(t.parentRef())) {
                List<Annotation> kept = new ArrayList<>();
                for (Annotation a : t.annotations()) {
                    if (a.id().equals(codingId) || a instanceof RefAnnotation r && r.annotationRef().equals(codingId)) {
                        gone.add(a.id());
                    } else {
                        kept.add(a);
                    }
                }
                tiers.add(t.withAnnotations(kept));
            } else {
                tiers.add(t);
            }
        }
        return dropUnusedSlots(doc.withTiers(tiers));
    }

    /**
     * Moves a coding's boundaries to {@code [start, end]} ms.
     *
     * @param doc the document
     * @param codingId the coding's identifier
     * @param start the start, in milliseconds
     * @param end the end, in milliseconds
     * @return the new document; {@code doc} is unchanged
     */
    public static AnnotationDocument retime(AnnotationDocument doc, String codingId, long start, long end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a coding needs 0 <= start <= end, got [" + start + ", " + end + "]");
        }
        DocumentIndex index = DocumentIndex.of(doc);
        Tier coding = codingTier(index, codingId);
        AlignableAnnotation a = (AlignableAnnotation) index.annotation(codingId).orElseThrow();
        Ids ids = Ids.of(doc);
        String s1 = ids.nextSlot();
        String s2 = ids.nextSlot();
        AnnotationDocument d = withSlots(doc, TimeSlot.aligned(s1, start), TimeSlot.aligned(s2, end));
        Map<String, Long> times = slotTimes(d);
        d = d.withTier(coding.id(), t -> t.withAnnotations(sortedByStart(t.annotations().stream()
                .map(x -> x.id().equals(codingId) ? a.withTimeSlots(s1, s2) : x).toList(), times)));
        return dropUnusedSlots(d);
    }

    /**
     * Records the role of a speaker (an {@code attune:role:} property).
     *
     * @param doc the document
     * @param participant the PARTICIPANT attribute
     * @param role the participant's role
     * @return the new document; {@code doc} is unchanged
     */
    public static AnnotationDocument setRole(AnnotationDocument doc, String participant, Role role) {
        return doc.withHeader(doc.header().withProperty(AttuneProfile.ROLE_PROPERTY_PREFIX + participant, role.id()));
    }

    // ------------------------------------------------------------------ helpers

    private static Tier codingTier(DocumentIndex index, String codingId) {
        Tier t = index.tierOf(codingId).orElseThrow(() ->
                new IllegalArgumentException("no annotation '" + codingId + "'"));
        if (!(index.annotation(codingId).orElseThrow() instanceof AlignableAnnotation) || t.parentRef() != null) {
            throw new IllegalArgumentException("annotation '" + codingId + "' is not a coding");
        }
        return t;
    }

    /** The rating or note tier under the tier of a coding. */
    private static Tier childTier(DocumentIndex index, String codingId, Predicate<String> type, String what) {
        Tier coding = codingTier(index, codingId);
        return index.children(coding.id()).stream().filter(t -> type.test(t.linguisticTypeRef())).findFirst()
                .orElseThrow(() -> new IllegalStateException("tier '" + coding.id() + "' has no " + what + " tier"));
    }

    private static AnnotationDocument setChild(AnnotationDocument doc, String tierId, String parentId, String value,
                                               String cveRef) {
        Tier tier = doc.tier(tierId).orElseThrow();
        List<Annotation> out = new ArrayList<>();
        boolean done = false;
        Ids ids = Ids.of(doc);
        String newId = null;
        for (Annotation a : tier.annotations()) {
            if (a instanceof RefAnnotation r && r.annotationRef().equals(parentId)) {
                if (value != null && !done) {
                    out.add(new RefAnnotation(r.id(), parentId, null, value, r.extRef(), r.langRef(), cveRef));
                }
                done = true;
            } else {
                out.add(a);
            }
        }
        if (!done && value != null) {
            newId = ids.nextAnnotation();
            out.add(new RefAnnotation(newId, parentId, null, value, null, null, cveRef));
        }
        AnnotationDocument d = doc.withTier(tierId, t -> t.withAnnotations(out));
        return newId == null ? d : ids.commit(d);
    }

    private static AnnotationDocument withSlots(AnnotationDocument doc, TimeSlot first, TimeSlot second) {
        List<TimeSlot> slots = new ArrayList<>(doc.timeSlots());
        insertSorted(slots, first);
        insertSorted(slots, second);
        return doc.withTimeSlots(slots);
    }

    /** Inserts an aligned slot before the first aligned slot that is later, keeping TIME_ORDER in time order. */
    private static void insertSorted(List<TimeSlot> slots, TimeSlot slot) {
        int at = slots.size();
        for (int i = 0; i < slots.size(); i++) {
            TimeSlot s = slots.get(i);
            if (s.isAligned() && s.value() > slot.value()) {
                at = i;
                break;
            }
        }
        slots.add(at, slot);
    }

    private static Map<String, Long> slotTimes(AnnotationDocument doc) {
        Map<String, Long> times = new HashMap<>();
        for (TimeSlot s : doc.timeSlots()) {
            times.put(s.id(), s.value() == null ? Long.MAX_VALUE : s.value());
        }
        return times;
    }

    private static List<Annotation> sortedByStart(List<Annotation> annotations, Map<String, Long> times) {
        List<Annotation> out = new ArrayList<>(annotations);
        out.sort(Comparator.comparingLong(a -> a instanceof AlignableAnnotation al
                ? times.getOrDefault(al.timeSlotRef1(), Long.MAX_VALUE) : Long.MAX_VALUE));
        return out;
    }

    private static AnnotationDocument dropUnusedSlots(AnnotationDocument doc) {
        Set<String> used = new HashSet<>();
        for (Tier t : doc.tiers()) {
            for (Annotation a : t.annotations()) {
                if (a instanceof AlignableAnnotation al) {
                    used.add(al.timeSlotRef1());
                    used.add(al.timeSlotRef2());
                }
            }
        }
        return doc.withTimeSlots(doc.timeSlots().stream().filter(s -> used.contains(s.id())).toList());
    }

    private static void requireCoder(String coder) {
        if (coder == null || coder.isBlank()) {
            throw new IllegalArgumentException("a coder is needed (e.g. initials)");
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
