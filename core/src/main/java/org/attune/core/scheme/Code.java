package org.attune.core.scheme;

import java.util.Objects;

/**
 * One code of a coding scheme, e.g. 3RS {@code C2 Patient rejects therapist intervention}.
 *
 * @param id         stable id, used in queries and as the vocabulary entry's CVE_ID (e.g. {@code C2})
 * @param label      the annotation value shown in ELAN (e.g. {@code Patient rejects therapist intervention})
 * @param category   the category id (e.g. {@code withdrawal}, {@code confrontation}, {@code resolution})
 * @param definition a one-line definition in the project's own words ("" if none)
 * @param key        the suggested key for keyboard coding ("" if none)
 * @param facet      an optional facet (e.g. {@code immediate} or {@code exploratory} for 3RS strategies), or ""
 */
public record Code(String id, String label, String category, String definition, String key, String facet) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id stable id, used in queries and as the vocabulary entry's CVE_ID (e.g. {@code C2})
     * @param label the annotation value shown in ELAN (e.g. {@code Patient rejects therapist intervention})
     * @param category the category id (e.g. {@code withdrawal}, {@code confrontation}, {@code resolution})
     * @param definition a one-line definition in the project's own words ("" if none)
     * @param key the suggested key for keyboard coding ("" if none)
     * @param facet an optional facet (e.g. {@code immediate} or {@code exploratory} for 3RS strategies), or ""
     */
    public Code {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(category, "category");
        definition = definition == null ? "" : definition;
        key = key == null ? "" : key;
        facet = facet == null ? "" : facet;
    }

    /**
     * Whether {@code value} names this code: its id, its label, or "id label" (ignoring case and outer blanks).
     *
     * @param value the value
     * @return whether {@code value} names this code: its id, its label, or "id label" (ignoring case and outer blanks)
     */
    public boolean matches(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        return v.equalsIgnoreCase(id) || v.equalsIgnoreCase(label) || v.equalsIgnoreCase(id + " " + label);
    }
}
