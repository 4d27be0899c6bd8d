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

    public RefAnnotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(annotationRef, "annotationRef");
        value = value == null ? "" : value;
    }

    public static RefAnnotation of(String id, String annotationRef, String value) {
        return new RefAnnotation(id, annotationRef, null, value, null, null, null);
    }

    @Override
    public RefAnnotation withValue(String newValue) {
        return new RefAnnotation(id, annotationRef, previousAnnotation, newValue, extRef, langRef, cveRef);
    }

    public RefAnnotation withCveRef(String newCveRef) {
        return new RefAnnotation(id, annotationRef, previousAnnotation, value, extRef, langRef, newCveRef);
    }
}
