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

    public ControlledVocabulary {
        Objects.requireNonNull(id, "id");
        descriptions = List.copyOf(descriptions);
        entries = List.copyOf(entries);
    }

    public boolean isExternal() {
        return extRef != null;
    }

    /** The entry with this CVE_ID, if any. */
    public Optional<CvEntry> entry(String cveId) {
        return entries.stream().filter(e -> e.id().equals(cveId)).findFirst();
    }

    /** The first entry with a value equal (ignoring case) to {@code value} in any language. */
    public Optional<CvEntry> entryByValue(String value) {
        return entries.stream()
                .filter(e -> e.values().stream().anyMatch(v -> v.value().equalsIgnoreCase(value)))
                .findFirst();
    }

    public ControlledVocabulary withEntries(List<CvEntry> newEntries) {
        return new ControlledVocabulary(id, extRef, descriptions, newEntries);
    }
}
