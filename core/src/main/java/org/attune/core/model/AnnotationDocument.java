package org.attune.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An ELAN annotation document: everything an EAF 3.0 file holds, as immutable values.
 *
 * <p>The fields follow the order of the elements in an EAF file. Optional attributes that are absent
 * in the file are {@code null}; lists are never null (an absent element is an empty list). Editing
 * produces a new document ({@link #withTiers}, {@link #withTimeSlots}, ...), which makes undo, autosave
 * from a background thread and indexing of a snapshot safe.
 *
 * <p>Identifiers are kept as written, so that CVE_REF, EXT_REF, LANG_REF, PARENT_REF and ref-link
 * references survive a round trip. Use {@link DocumentIndex} to resolve them.
 *
 * @param author       the AUTHOR attribute ("" when unknown)
 * @param date         the DATE attribute as written (an xsd:dateTime, or whatever a lenient file had)
 * @param licenses     LICENSE elements
 * @param header       the HEADER (media, linked files, properties)
 * @param timeSlots    the TIME_ORDER, in document order
 * @param tiers        the TIERs, in document order
 * @param linguisticTypes LINGUISTIC_TYPE elements
 * @param locales      LOCALE elements
 * @param languages    LANGUAGE elements
 * @param constraints  CONSTRAINT elements
 * @param controlledVocabularies CONTROLLED_VOCABULARY elements
 * @param lexiconRefs  LEXICON_REF elements
 * @param refLinkSets  REF_LINK_SET elements
 * @param externalRefs EXTERNAL_REF elements
 */
public record AnnotationDocument(
        String author,
        String date,
        List<License> licenses,
        Header header,
        List<TimeSlot> timeSlots,
        List<Tier> tiers,
        List<LinguisticType> linguisticTypes,
        List<LocaleInfo> locales,
        List<Language> languages,
        List<Constraint> constraints,
        List<ControlledVocabulary> controlledVocabularies,
        List<LexiconRef> lexiconRefs,
        List<RefLinkSet> refLinkSets,
        List<ExternalRef> externalRefs) {

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param author the AUTHOR attribute ("" when unknown)
     * @param date the DATE attribute as written (an xsd:dateTime, or whatever a lenient file had)
     * @param licenses LICENSE elements
     * @param header the HEADER (media, linked files, properties)
     * @param timeSlots the TIME_ORDER, in document order
     * @param tiers the TIERs, in document order
     * @param linguisticTypes LINGUISTIC_TYPE elements
     * @param locales LOCALE elements
     * @param languages LANGUAGE elements
     * @param constraints CONSTRAINT elements
     * @param controlledVocabularies CONTROLLED_VOCABULARY elements
     * @param lexiconRefs LEXICON_REF elements
     * @param refLinkSets REF_LINK_SET elements
     * @param externalRefs EXTERNAL_REF elements
     */
    public AnnotationDocument {
        author = author == null ? "" : author;
        date = date == null ? "" : date;
        licenses = List.copyOf(licenses);
        Objects.requireNonNull(header, "header");
        timeSlots = List.copyOf(timeSlots);
        tiers = List.copyOf(tiers);
        linguisticTypes = List.copyOf(linguisticTypes);
        locales = List.copyOf(locales);
        languages = List.copyOf(languages);
        constraints = List.copyOf(constraints);
        controlledVocabularies = List.copyOf(controlledVocabularies);
        lexiconRefs = List.copyOf(lexiconRefs);
        refLinkSets = List.copyOf(refLinkSets);
        externalRefs = List.copyOf(externalRefs);
    }

    /**
     * An empty document with the four standard ELAN constraints and one default linguistic type.
     *
     * @param author the AUTHOR attribute
     * @return an empty document with the four standard ELAN constraints and one default linguistic type
     */
    public static AnnotationDocument empty(String author) {
        return new AnnotationDocument(author, "", List.of(), Header.milliseconds(), List.of(), List.of(),
                List.of(LinguisticType.timeAligned("default-lt")), List.of(), List.of(),
                Constraint.standard(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The tier with this TIER_ID, if any.
     *
     * @param tierId the TIER_ID
     * @return the tier with this TIER_ID, if any
     */
    public Optional<Tier> tier(String tierId) {
        return tiers.stream().filter(t -> t.id().equals(tierId)).findFirst();
    }

    /**
     * The linguistic type with this LINGUISTIC_TYPE_ID, if any.
     *
     * @param typeId the LINGUISTIC_TYPE_ID
     * @return the linguistic type with this LINGUISTIC_TYPE_ID, if any
     */
    public Optional<LinguisticType> linguisticType(String typeId) {
        return linguisticTypes.stream().filter(t -> t.id().equals(typeId)).findFirst();
    }

    /**
     * The controlled vocabulary with this CV_ID, if any.
     *
     * @param cvId the CV_ID
     * @return the controlled vocabulary with this CV_ID, if any
     */
    public Optional<ControlledVocabulary> controlledVocabulary(String cvId) {
        return controlledVocabularies.stream().filter(cv -> cv.id().equals(cvId)).findFirst();
    }

    /**
     * The value of the first header PROPERTY with this name, if any.
     *
     * @param name the name
     * @return the value of the first header PROPERTY with this name, if any
     */
    public Optional<String> property(String name) {
        return header.properties().stream().filter(p -> name.equals(p.name())).map(Property::value).findFirst();
    }

    /**
     * Returns a copy with the author replaced.
     *
     * @param newAuthor the new author (the AUTHOR attribute ("" when unknown))
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withAuthor(String newAuthor) {
        return new AnnotationDocument(newAuthor, date, licenses, header, timeSlots, tiers, linguisticTypes, locales,
                languages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the date replaced.
     *
     * @param newDate the new value of date
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withDate(String newDate) {
        return new AnnotationDocument(author, newDate, licenses, header, timeSlots, tiers, linguisticTypes, locales,
                languages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the licenses replaced.
     *
     * @param newLicenses the new licenses (LICENSE elements)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withLicenses(List<License> newLicenses) {
        return new AnnotationDocument(author, date, newLicenses, header, timeSlots, tiers, linguisticTypes, locales,
                languages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the header replaced.
     *
     * @param newHeader the new header (the HEADER (media, linked files, properties))
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withHeader(Header newHeader) {
        return new AnnotationDocument(author, date, licenses, newHeader, timeSlots, tiers, linguisticTypes, locales,
                languages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the time slots replaced.
     *
     * @param newTimeSlots the new time slots (the TIME_ORDER, in document order)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withTimeSlots(List<TimeSlot> newTimeSlots) {
        return new AnnotationDocument(author, date, licenses, header, newTimeSlots, tiers, linguisticTypes, locales,
                languages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the tiers replaced.
     *
     * @param newTiers the new tiers (the TIERs, in document order)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withTiers(List<Tier> newTiers) {
        return new AnnotationDocument(author, date, licenses, header, timeSlots, newTiers, linguisticTypes, locales,
                languages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * A copy in which the tier with the given id is replaced by {@code edit} applied to it.
     *
     * @param tierId the TIER_ID
     * @param edit the edit
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withTier(String tierId, UnaryOperator<Tier> edit) {
        return withTiers(tiers.stream().map(t -> t.id().equals(tierId) ? edit.apply(t) : t).toList());
    }

    /**
     * Returns a copy with the linguistic types replaced.
     *
     * @param newTypes the new types
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withLinguisticTypes(List<LinguisticType> newTypes) {
        return new AnnotationDocument(author, date, licenses, header, timeSlots, tiers, newTypes, locales,
                languages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the locales replaced.
     *
     * @param newLocales the new locales (LOCALE elements)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withLocales(List<LocaleInfo> newLocales) {
        return new AnnotationDocument(author, date, licenses, header, timeSlots, tiers, linguisticTypes, newLocales,
                languages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the languages replaced.
     *
     * @param newLanguages the new languages (LANGUAGE elements)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withLanguages(List<Language> newLanguages) {
        return new AnnotationDocument(author, date, licenses, header, timeSlots, tiers, linguisticTypes, locales,
                newLanguages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the constraints replaced.
     *
     * @param newConstraints the new constraints (CONSTRAINT elements)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withConstraints(List<Constraint> newConstraints) {
        return new AnnotationDocument(author, date, licenses, header, timeSlots, tiers, linguisticTypes, locales,
                languages, newConstraints, controlledVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the controlled vocabularies replaced.
     *
     * @param newVocabularies the new vocabularies
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withControlledVocabularies(List<ControlledVocabulary> newVocabularies) {
        return new AnnotationDocument(author, date, licenses, header, timeSlots, tiers, linguisticTypes, locales,
                languages, constraints, newVocabularies, lexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the lexicon refs replaced.
     *
     * @param newLexiconRefs the new lexicon refs (LEXICON_REF elements)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withLexiconRefs(List<LexiconRef> newLexiconRefs) {
        return new AnnotationDocument(author, date, licenses, header, timeSlots, tiers, linguisticTypes, locales,
                languages, constraints, controlledVocabularies, newLexiconRefs, refLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the ref link sets replaced.
     *
     * @param newRefLinkSets the new ref link sets (REF_LINK_SET elements)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withRefLinkSets(List<RefLinkSet> newRefLinkSets) {
        return new AnnotationDocument(author, date, licenses, header, timeSlots, tiers, linguisticTypes, locales,
                languages, constraints, controlledVocabularies, lexiconRefs, newRefLinkSets, externalRefs);
    }

    /**
     * Returns a copy with the external refs replaced.
     *
     * @param newExternalRefs the new external refs (EXTERNAL_REF elements)
     * @return a copy with that value replaced; this record is unchanged
     */
    public AnnotationDocument withExternalRefs(List<ExternalRef> newExternalRefs) {
        return new AnnotationDocument(author, date, licenses, header, timeSlots, tiers, linguisticTypes, locales,
                languages, constraints, controlledVocabularies, lexiconRefs, refLinkSets, newExternalRefs);
    }

    /**
     * The number of annotations on all tiers.
     *
     * @return the number of annotations on all tiers
     */
    public int annotationCount() {
        int n = 0;
        for (Tier t : tiers) {
            n += t.annotations().size();
        }
        return n;
    }
}
