package org.attune.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CV_ENTRY_ML: one entry of a controlled vocabulary, with its value in one or more languages.
 *
 * @param id     CVE_ID
 * @param extRef EXT_REF or null
 * @param values CVE_VALUE elements (at least one in a valid file)
 */
public record CvEntry(String id, String extRef, List<CvEntryValue> values) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id CVE_ID
     * @param extRef EXT_REF or null
     * @param values CVE_VALUE elements (at least one in a valid file)
     */
    public CvEntry {
        Objects.requireNonNull(id, "id");
        values = List.copyOf(values);
    }

    /**
     * The value in the given language, else the first value.
     *
     * @param langRef LANG_REF or null
     * @return the value in the given language, else the first value
     */
    public Optional<CvEntryValue> value(String langRef) {
        return values.stream().filter(v -> v.langRef().equals(langRef)).findFirst()
                .or(() -> values.stream().findFirst());
    }
}
