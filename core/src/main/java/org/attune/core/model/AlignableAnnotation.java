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

    public AlignableAnnotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeSlotRef1, "timeSlotRef1");
        Objects.requireNonNull(timeSlotRef2, "timeSlotRef2");
        value = value == null ? "" : value;
    }

    public static AlignableAnnotation of(String id, String slot1, String slot2, String value) {
        return new AlignableAnnotation(id, slot1, slot2, null, value, null, null, null);
    }

    @Override
    public AlignableAnnotation withValue(String newValue) {
        return new AlignableAnnotation(id, timeSlotRef1, timeSlotRef2, svgRef, newValue, extRef, langRef, cveRef);
    }

    public AlignableAnnotation withCveRef(String newCveRef) {
        return new AlignableAnnotation(id, timeSlotRef1, timeSlotRef2, svgRef, value, extRef, langRef, newCveRef);
    }

    public AlignableAnnotation withTimeSlots(String slot1, String slot2) {
        return new AlignableAnnotation(id, slot1, slot2, svgRef, value, extRef, langRef, cveRef);
    }
}
