package org.attune.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A TIER and its annotations, in document order.
 *
 * @param id                TIER_ID
 * @param participant       PARTICIPANT or null
 * @param annotator         ANNOTATOR or null
 * @param linguisticTypeRef LINGUISTIC_TYPE_REF
 * @param defaultLocale     DEFAULT_LOCALE (a LOCALE's LANGUAGE_CODE) or null
 * @param parentRef         PARENT_REF (the parent tier's id) or null for a top-level tier
 * @param extRef            EXT_REF or null
 * @param langRef           LANG_REF (a LANGUAGE's LANG_ID) or null
 * @param annotations       the annotations
 */
public record Tier(String id, String participant, String annotator, String linguisticTypeRef,
                   String defaultLocale, String parentRef, String extRef, String langRef,
                   List<Annotation> annotations) {

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id TIER_ID
     * @param participant PARTICIPANT or null
     * @param annotator ANNOTATOR or null
     * @param linguisticTypeRef LINGUISTIC_TYPE_REF
     * @param defaultLocale DEFAULT_LOCALE (a LOCALE's LANGUAGE_CODE) or null
     * @param parentRef PARENT_REF (the parent tier's id) or null for a top-level tier
     * @param extRef EXT_REF or null
     * @param langRef LANG_REF (a LANGUAGE's LANG_ID) or null
     * @param annotations the annotations
     */
    public Tier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(linguisticTypeRef, "linguisticTypeRef");
        annotations = List.copyOf(annotations);
    }

    /**
     * A top-level tier with no annotations.
     *
     * @param id the identifier
     * @param linguisticTypeRef the LINGUISTIC_TYPE_REF
     * @return a top-level tier with no annotations
     */
    public static Tier of(String id, String linguisticTypeRef) {
        return new Tier(id, null, null, linguisticTypeRef, null, null, null, null, List.of());
    }

    /**
     * Whether the tier has no parent tier (no PARENT_REF).
     *
     * @return whether top level
     */
    public boolean isTopLevel() {
        return parentRef == null;
    }

    /**
     * Returns a copy with the annotations replaced.
     *
     * @param newAnnotations the new annotations (the annotations)
     * @return a copy with that value replaced; this record is unchanged
     */
    public Tier withAnnotations(List<Annotation> newAnnotations) {
        return new Tier(id, participant, annotator, linguisticTypeRef, defaultLocale, parentRef, extRef, langRef,
                newAnnotations);
    }

    /**
     * Returns a copy with the participant replaced.
     *
     * @param newParticipant the new participant (PARTICIPANT or null)
     * @return a copy with that value replaced; this record is unchanged
     */
    public Tier withParticipant(String newParticipant) {
        return new Tier(id, newParticipant, annotator, linguisticTypeRef, defaultLocale, parentRef, extRef, langRef,
                annotations);
    }

    /**
     * Returns a copy with the annotator replaced.
     *
     * @param newAnnotator the new annotator (ANNOTATOR or null)
     * @return a copy with that value replaced; this record is unchanged
     */
    public Tier withAnnotator(String newAnnotator) {
        return new Tier(id, participant, newAnnotator, linguisticTypeRef, defaultLocale, parentRef, extRef, langRef,
                annotations);
    }

    /**
     * Returns a copy with the PARENT_REF replaced.
     *
     * @param newParentRef the new value of parentRef
     * @return a copy with that value replaced; this record is unchanged
     */
    public Tier withParentRef(String newParentRef) {
        return new Tier(id, participant, annotator, linguisticTypeRef, defaultLocale, newParentRef, extRef, langRef,
                annotations);
    }

    /**
     * Returns a copy with the LANG_REF replaced.
     *
     * @param newLangRef the new lang ref (LANG_REF (a LANGUAGE's LANG_ID) or null)
     * @return a copy with that value replaced; this record is unchanged
     */
    public Tier withLangRef(String newLangRef) {
        return new Tier(id, participant, annotator, linguisticTypeRef, defaultLocale, parentRef, extRef, newLangRef,
                annotations);
    }
}
