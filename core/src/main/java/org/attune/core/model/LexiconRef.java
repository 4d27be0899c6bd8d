package org.attune.core.model;

import java.util.Objects;

/**
 * A LEXICON_REF: a link from linguistic types to a lexicon (service).
 *
 * @param id          LEX_REF_ID
 * @param name        NAME
 * @param type        TYPE
 * @param url         URL
 * @param lexiconId   LEXICON_ID
 * @param lexiconName LEXICON_NAME
 * @param datcatId    DATCAT_ID or null
 * @param datcatName  DATCAT_NAME or null
 */
public record LexiconRef(String id, String name, String type, String url, String lexiconId, String lexiconName,
                         String datcatId, String datcatName) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id LEX_REF_ID
     * @param name NAME
     * @param type TYPE
     * @param url URL
     * @param lexiconId LEXICON_ID
     * @param lexiconName LEXICON_NAME
     * @param datcatId DATCAT_ID or null
     * @param datcatName DATCAT_NAME or null
     */
    public LexiconRef {
        Objects.requireNonNull(id, "id");
    }
}
