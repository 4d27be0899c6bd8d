package org.attune.core.model;

import java.util.Objects;

/**
 * A REF_ANNOTATION: refers to an annotation on the parent tier and takes its time from it.
 *
 * @param id                 ANNOTATION_ID
 * @param annotationRef      ANNOTATION_REF (the parent annotation's id)
 * @param previousAnnotation PREVIOUS_ANNOTATION (order within a symbolic subdivision) or null
 * @param value              ANNOTATION_VALUE
 * @param extRef             EXT_REF or null
 * @param langRef            LANG_REF or null
 * @param cveRef             CVE_REF or null
 */
public record RefAnnotation(String id, String annotationRef, String previousAnnotation, String value,
                            String extRef, String langRef, String cveRef) implements Annotation {

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id ANNOTATION_ID
     * @param annotationRef ANNOTATION_REF (the parent annotation's id)
     * @param previousAnnotation PREVIOUS_ANNOTATION (order within a symbolic subdivision) or null
     * @param value ANNOTATION_VALUE
     * @param extRef EXT_REF or null
     * @param langRef LANG_REF or null
     * @param cveRef CVE_REF or null
     */
    public RefAnnotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(annotationRef, "annotationRef");
        value = value == null ? "" : value;
    }

    /**
     * A reference annotation with no PREVIOUS_ANNOTATION, EXT_REF, LANG_REF or CVE_REF.
     *
     * @param id ANNOTATION_ID
     * @param annotationRef ANNOTATION_REF (the parent annotation)
     * @param value ANNOTATION_VALUE
     * @return the annotation
     */
    public static RefAnnotation of(String id, String annotationRef, String value) {
        return new RefAnnotation(id, annotationRef, null, value, null, null, null);
    }

    @Override
    public RefAnnotation withValue(String newValue) {
        return new RefAnnotation(id, annotationRef, previousAnnotation, newValue, extRef, langRef, cveRef);
    }

    /**
     * Returns a copy with the CVE_REF replaced.
     *
     * @param newCveRef the new cve ref (CVE_REF or null)
     * @return a copy with that value replaced; this record is unchanged
     */
    public RefAnnotation withCveRef(String newCveRef) {
        return new RefAnnotation(id, annotationRef, previousAnnotation, value, extRef, langRef, newCveRef);
    }
}
