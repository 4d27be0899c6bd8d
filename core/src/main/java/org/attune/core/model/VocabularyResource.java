package org.attune.core.model;

import java.util.List;

/**
 * The content of an ELAN external controlled vocabulary file ({@code .ecv}, root {@code CV_RESOURCE}).
 *
 * @param author       AUTHOR or null
 * @param date         DATE or null
 * @param version      VERSION or null
 * @param languages    LANGUAGE elements
 * @param vocabularies CONTROLLED_VOCABULARY elements
 * @param externalRefs EXTERNAL_REF elements
 */
public record VocabularyResource(String author, String date, String version, List<Language> languages,
                                 List<ControlledVocabulary> vocabularies, List<ExternalRef> externalRefs) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param author AUTHOR or null
     * @param date DATE or null
     * @param version VERSION or null
     * @param languages LANGUAGE elements
     * @param vocabularies CONTROLLED_VOCABULARY elements
     * @param externalRefs EXTERNAL_REF elements
     */
    public VocabularyResource {
        languages = List.copyOf(languages);
        vocabularies = List.copyOf(vocabularies);
        externalRefs = List.copyOf(externalRefs);
    }
}
