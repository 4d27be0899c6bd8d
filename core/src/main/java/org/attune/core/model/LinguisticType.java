package org.attune.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A LINGUISTIC_TYPE: the type of a tier (its constraint, vocabulary, lexicon binding).
 *
 * @param id                      LINGUISTIC_TYPE_ID
 * @param timeAlignable           TIME_ALIGNABLE or null
 * @param constraints             CONSTRAINTS (a stereotype name such as {@code Symbolic_Association}) or null
 * @param graphicReferences       GRAPHIC_REFERENCES or null
 * @param controlledVocabularyRef CONTROLLED_VOCABULARY_REF (a CV_ID) or null
 * @param extRef                  EXT_REF or null
 * @param lexiconRef              LEXICON_REF or null
 */
public record LinguisticType(String id, Boolean timeAlignable, String constraints, Boolean graphicReferences,
                             String controlledVocabularyRef, String extRef, String lexiconRef) {

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id LINGUISTIC_TYPE_ID
     * @param timeAlignable TIME_ALIGNABLE or null
     * @param constraints CONSTRAINTS (a stereotype name such as {@code Symbolic_Association}) or null
     * @param graphicReferences GRAPHIC_REFERENCES or null
     * @param controlledVocabularyRef CONTROLLED_VOCABULARY_REF (a CV_ID) or null
     * @param extRef EXT_REF or null
     * @param lexiconRef LEXICON_REF or null
     */
    public LinguisticType {
        Objects.requireNonNull(id, "id");
    }

    /**
     * A time-alignable type without constraint (for top-level tiers).
     *
     * @param id the identifier
     * @return a time-alignable type without constraint (for top-level tiers)
     */
    public static LinguisticType timeAligned(String id) {
        return new LinguisticType(id, true, null, false, null, null, null);
    }

    /**
     * A type with the given constraint; time-alignable as the stereotype demands.
     *
     * @param id the identifier
     * @param stereotype the stereotype
     * @return a type with the given constraint; time-alignable as the stereotype demands
     */
    public static LinguisticType constrained(String id, Stereotype stereotype) {
        return new LinguisticType(id, stereotype.timeAlignable(), stereotype.xmlName(), false, null, null, null);
    }

    /**
     * The constraint as a {@link Stereotype}, if it names one of the four ELAN knows.
     *
     * @return the constraint as a {@link Stereotype}, if it names one of the four ELAN knows
     */
    public Optional<Stereotype> stereotype() {
        return Stereotype.fromXmlName(constraints);
    }

    /**
     * Returns a copy with the controlled vocabulary ref replaced.
     *
     * @param cvId the CV_ID
     * @return a copy with that value replaced; this record is unchanged
     */
    public LinguisticType withControlledVocabularyRef(String cvId) {
        return new LinguisticType(id, timeAlignable, constraints, graphicReferences, cvId, extRef, lexiconRef);
    }
}
