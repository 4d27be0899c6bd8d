package org.attune.core.model;

import java.util.Objects;

/**
 * A CVE_VALUE: an entry's value and description in one language.
 *
 * @param langRef     LANG_REF
 * @param value       the value (what an annotation shows)
 * @param description DESCRIPTION or null
 */
public record CvEntryValue(String langRef, String value, String description) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param langRef LANG_REF
     * @param value the value (what an annotation shows)
     * @param description DESCRIPTION or null
     */
    public CvEntryValue {
        Objects.requireNonNull(langRef, "langRef");
        value = value == null ? "" : value;
    }
}
