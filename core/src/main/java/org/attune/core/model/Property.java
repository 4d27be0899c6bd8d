package org.attune.core.model;

/**
 * A header PROPERTY.
 *
 * @param name  NAME (optional in EAF, so may be null)
 * @param value the text content ("" if empty)
 */
public record Property(String name, String value) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param name NAME (optional in EAF, so may be null)
     * @param value the text content ("" if empty)
     */
    public Property {
        value = value == null ? "" : value;
    }
}
