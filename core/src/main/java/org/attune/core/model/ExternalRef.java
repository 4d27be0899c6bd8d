package org.attune.core.model;

import java.util.Objects;

/**
 * An EXTERNAL_REF: a reference to something outside the document (an external vocabulary, a data category, ...).
 *
 * @param id    EXT_REF_ID
 * @param type  TYPE ({@code iso12620}, {@code ecv}, {@code cve_id}, {@code lexen_id}, {@code resource_url})
 * @param value VALUE (usually a URL)
 */
public record ExternalRef(String id, String type, String value) {
    /** The TYPE of a reference to an external controlled vocabulary. */
    public static final String TYPE_ECV = "ecv";

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id EXT_REF_ID
     * @param type TYPE ({@code iso12620}, {@code ecv}, {@code cve_id}, {@code lexen_id}, {@code resource_url})
     * @param value VALUE (usually a URL)
     */
    public ExternalRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        value = value == null ? "" : value;
    }
}
