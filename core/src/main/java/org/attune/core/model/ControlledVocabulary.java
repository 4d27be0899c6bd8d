package org.attune.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CONTROLLED_VOCABULARY: a closed list of values for the tiers of a linguistic type.
 *
 * <p>A vocabulary with an {@link #extRef()} is external: its entries live in an {@code .ecv} file and
 * the document holds only the reference (as ELAN writes it).
 *
 * @param id           CV_ID
 * @param extRef       EXT_REF (an EXTERNAL_REF of type {@code ecv}) or null
 * @param descriptions DESCRIPTION elements, one per language
 * @param entries      CV_ENTRY_ML elements
 */
public record ControlledVocabulary(String id, String extRef, List<LocalizedText> descriptions,
                                   List<CvEntry> entries) {

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id CV_ID
     * @param extRef EXT_REF (an EXTERNAL_REF of type {@code ecv}) or null
     * @param descriptions DESCRIPTION elements, one per language
     * @param entries CV_ENTRY_ML elements
     */
    public ControlledVocabulary {
        Objects.requireNonNull(id, "id");
        descriptions = List.copyOf(descriptions);
        entries = List.copyOf(entries);
    }

    /**
     * Whether the entries live in an external resource (EXT_REF is set) rather than in this file.
     *
     * @return whether external
     */
    public boolean isExternal() {
        return extRef != null;
    }

    /**
     * The entry with this CVE_ID, if any.
     *
     * @param cveId the CVE_ID
     * @return the entry with this CVE_ID, if any
     */
    public Optional<CvEntry> entry(String cveId) {
        return entries.stream().filter(e -> e.id().equals(cveId)).findFirst();
    }

    /**
     * The first entry with a value equal (ignoring case) to {@code value} in any language.
     *
     * @param value the value
     * @return the first entry with a value equal (ignoring case) to {@code value} in any language
     */
    public Optional<CvEntry> entryByValue(String value) {
        return entries.stream()
                .filter(e -> e.values().stream().anyMatch(v -> v.value().equalsIgnoreCase(value)))
                .findFirst();
    }

    /**
     * Returns a copy with the entries replaced.
     *
     * @param newEntries the new entries (CV_ENTRY_ML elements)
     * @return a copy with that value replaced; this record is unchanged
     */
    public ControlledVocabulary withEntries(List<CvEntry> newEntries) {
        return new ControlledVocabulary(id, extRef, descriptions, newEntries);
    }
}
