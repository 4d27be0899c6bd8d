package org.attune.core.model;

/**
 * An annotation: either time-aligned ({@link AlignableAnnotation}) or referring to an annotation on the
 * parent tier ({@link RefAnnotation}).
 */
public sealed interface Annotation permits AlignableAnnotation, RefAnnotation {

    /** ANNOTATION_ID, unique in the document. */
    String id();

    /** ANNOTATION_VALUE ("" if empty). */
    String value();

    /** EXT_REF (space-separated EXTERNAL_REF ids) or null. */
    String extRef();

    /** LANG_REF or null. */
    String langRef();

    /** CVE_REF (the id of the controlled vocabulary entry this value was chosen from) or null. */
    String cveRef();

    /** A copy with another value (and the same CVE_REF). */
    Annotation withValue(String newValue);
}
