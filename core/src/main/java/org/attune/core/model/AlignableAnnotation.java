package org.attune.core.model;

import java.util.Objects;

/**
 * An ALIGNABLE_ANNOTATION: spans two time slots.
 *
 * @param id           ANNOTATION_ID
 * @param timeSlotRef1 TIME_SLOT_REF1 (start)
 * @param timeSlotRef2 TIME_SLOT_REF2 (end)
 * @param svgRef       SVG_REF or null
 * @param value        ANNOTATION_VALUE
 * @param extRef       EXT_REF or null
 * @param langRef      LANG_REF or null
 * @param cveRef       CVE_REF or null
 */
public record AlignableAnnotation(String id, String timeSlotRef1, String timeSlotRef2, String svgRef, String value,
                                  String extRef, String langRef, String cveRef) implements Annotation {

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id ANNOTATION_ID
     * @param timeSlotRef1 TIME_SLOT_REF1 (start)
     * @param timeSlotRef2 TIME_SLOT_REF2 (end)
     * @param svgRef SVG_REF or null
     * @param value ANNOTATION_VALUE
     * @param extRef EXT_REF or null
     * @param langRef LANG_REF or null
     * @param cveRef CVE_REF or null
     */
    public AlignableAnnotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeSlotRef1, "timeSlotRef1");
        Objects.requireNonNull(timeSlotRef2, "timeSlotRef2");
        value = value == null ? "" : value;
    }

    /**
     * An alignable annotation with no SVG_REF, EXT_REF, LANG_REF or CVE_REF.
     *
     * @param id ANNOTATION_ID
     * @param slot1 TIME_SLOT_REF1 (start)
     * @param slot2 TIME_SLOT_REF2 (end)
     * @param value ANNOTATION_VALUE (null means "")
     * @return the annotation
     */
    public static AlignableAnnotation of(String id, String slot1, String slot2, String value) {
        return new AlignableAnnotation(id, slot1, slot2, null, value, null, null, null);
    }

    @Override
    public AlignableAnnotation withValue(String newValue) {
        return new AlignableAnnotation(id, timeSlotRef1, timeSlotRef2, svgRef, newValue, extRef, langRef, cveRef);
    }

    /**
     * Returns a copy with the CVE_REF replaced.
     *
     * @param newCveRef the new cve ref (CVE_REF or null)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AlignableAnnotation withCveRef(String newCveRef) {
        return new AlignableAnnotation(id, timeSlotRef1, timeSlotRef2, svgRef, value, extRef, langRef, newCveRef);
    }

    /**
     * Returns a copy with the time slots replaced.
     *
     * @param slot1 TIME_SLOT_REF1 (start)
     * @param slot2 TIME_SLOT_REF2 (end)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AlignableAnnotation withTimeSlots(String slot1, String slot2) {
        return new AlignableAnnotation(id, slot1, slot2, svgRef, value, extRef, langRef, cveRef);
    }
}
