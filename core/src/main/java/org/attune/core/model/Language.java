package org.attune.core.model;

import java.util.Objects;

/**
 * A LANGUAGE, referred to by LANG_REF attributes (content languages of tiers, annotations, vocabulary values).
 *
 * @param id         LANG_ID (e.g. {@code eng})
 * @param definition LANG_DEF (e.g. an ISO 639-3 URI) or null
 * @param label      LANG_LABEL or null
 */
public record Language(String id, String definition, String label) {
    /** The language ELAN gives vocabularies of files older than EAF 2.8. */
    public static final Language UNDETERMINED =
            new Language("und", "http://cdb.iso.org/lg/CDB-00130975-001", "undetermined (und)");

    /** English, as ELAN defines it. */
    public static final Language ENGLISH =
            new Language("eng", "http://cdb.iso.org/lg/CDB-00138502-001", "English (eng)");

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id LANG_ID (e.g. {@code eng})
     * @param definition LANG_DEF (e.g. an ISO 639-3 URI) or null
     * @param label LANG_LABEL or null
     */
    public Language {
        Objects.requireNonNull(id, "id");
    }
}
