package org.attune.core.testing;

import java.util.List;
import java.util.Set;
import org.attune.core.model.ExternalRef;
import org.attune.core.model.Header;
import org.attune.core.model.LexiconRef;
import org.attune.core.model.License;
import org.attune.core.model.Stereotype;

/**
 * The free choices behind a generated document, as plain values that jqwik can shrink. References are
 * <em>picks</em>: any non-negative number, resolved modulo the number of candidates by
 * {@link DocumentAssembler}, which also assigns ids and time slots so that the document is consistent.
 *
 * @param head           author, date, licences and header
 * @param declarations   languages, locales, external references, lexicons, constraints
 * @param vocabularies   controlled vocabularies
 * @param types          linguistic types
 * @param tiers          tiers in document order (parents are chosen among earlier tiers)
 * @param linkSets       ref link sets
 * @param timeBase       where the time line starts (up to near the largest TIME_VALUE EAF allows)
 * @param idPrefix       prepended to every generated xsd:ID, to vary their characters
 */
public record DocumentSpec(Head head, Declarations declarations, List<VocabularySpec> vocabularies,
                           List<TypeSpec> types, List<TierSpec> tiers, List<LinkSetSpec> linkSets, long timeBase,
                           String idPrefix) {

    /** The root's attributes, the licences and the header (no references among them). */
    public record Head(String author, String date, List<License> licenses, Header header) {
    }

    /**
     * What references point at. Language and locale ids, and the ids of external references and lexicons,
     * are assigned by the assembler (the ones given here are ignored).
     *
     * @param extraConstraints        constraints declared although no type uses them
     * @param constraintDescriptions  the DESCRIPTION of each stereotype's CONSTRAINT, by ordinal (null: none)
     */
    public record Declarations(List<LanguageSpec> languages, List<LocaleSpec> locales, List<ExternalRef> externalRefs,
                               List<LexiconRef> lexiconRefs, Set<Stereotype> extraConstraints,
                               List<String> constraintDescriptions) {
    }

    public record LanguageSpec(String definition, String label) {
    }

    public record LocaleSpec(String countryCode, String variant) {
    }

    /** A vocabulary: external (an EXT_REF, no entries) or with multilingual entries and descriptions. */
    public record VocabularySpec(String name, boolean external, Integer extRefPick, List<String> descriptions,
                                 List<EntrySpec> entries) {
    }

    /** An entry with one value per language (as many as there are languages, at most). */
    public record EntrySpec(String name, Integer extRefPick, List<ValueSpec> values) {
    }

    public record ValueSpec(String value, String description) {
    }

    /** A linguistic type; {@code stereotype} null for a top-level type. */
    public record TypeSpec(String name, Stereotype stereotype, boolean declareTimeAlignable, Boolean graphicReferences,
                           Integer cvPick, Integer lexiconPick, Integer extRefPick) {
    }

    /** A tier: its type decides whether it has a parent and what kind of annotations it holds. */
    public record TierSpec(String name, int typePick, int parentPick, String participant, String annotator,
                           Integer localePick, Decor decor, List<AnnotationSpec> annotations) {
    }

    /**
     * An annotation. On a top-level tier it starts {@code gap} ms after the previous one and lasts
     * {@code duration} ms ({@code variant}: shares the previous one's end slot when the gap is 0). On a dependent
     * tier it belongs to the parent annotation {@code parentPick} (for Time_Subdivision, {@code variant} says
     * whether the boundary it starts at is aligned).
     */
    public record AnnotationSpec(int parentPick, int gap, int duration, boolean variant, String value, Decor decor,
                                 Integer cvePick, String svgRef) {
    }

    /** The references most elements may carry: EXT_REF (one or a list) and LANG_REF. */
    public record Decor(List<Integer> extRefPicks, Integer langPick) {
    }

    public record LinkSetSpec(String name, Decor decor, Integer cvPick, List<LinkSpec> links) {
    }

    /** A CROSS_REF_LINK (first two picks) or a GROUP_REF_LINK (all picks) between annotations and links. */
    public record LinkSpec(boolean group, List<Integer> refPicks, String directionality, String name, Decor decor,
                           String cveRef, String refType, String value) {
    }
}
