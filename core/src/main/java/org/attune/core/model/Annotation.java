package org.attune.core.model;

/**
 * An annotation: either time-aligned ({@link AlignableAnnotation}) or referring to an annotation on the
 * parent tier ({@link RefAnnotation}).
 */
public sealed interface Annotation permits AlignableAnnotation, RefAnnotation {

    /**
     * ANNOTATION_ID, unique in the document.
     *
     * @return the id
     */
    String id();

    /**
     * ANNOTATION_VALUE ("" if empty).
     *
     * @return the value
     */
    String value();

    /**
     * EXT_REF (space-separated EXTERNAL_REF ids) or null.
     *
     * @return the ext ref
     */
    String extRef();

    /**
     * LANG_REF or null.
     *
     * @return the lang ref
     */
    String langRef();

    /**
     * CVE_REF (the id of the controlled vocabulary entry this value was chosen from) or null.
     *
     * @return the cve ref
     */
    String cveRef();

    /**
     * A copy with another value (and the same CVE_REF).
     *
     * @param newValue the new value
     * @return a copy with that value replaced; this record is unchanged
     */
    Annotation withValue(String newValue);
}
