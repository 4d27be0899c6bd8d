package org.attune.core.scheme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Constraint;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.Header;
import org.attune.core.model.Language;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.LocalizedText;
import org.attune.core.model.Property;
import org.attune.core.model.Tier;
import org.attune.core.model.VocabularyResource;
import org.attune.core.profile.AttuneProfile;
import org.attune.core.profile.CodingEdits;
import org.attune.core.profile.Role;

/**
 * Schemes as ELAN sees them, so that ELAN users code with the same vocabulary as Attune users: an external
 * vocabulary file ({@code .ecv}, via {@link org.attune.core.eaf.Ecv#write}) and a template ({@code .etf},
 * via {@link org.attune.core.eaf.Eaf#writeTemplate}) holding every tier, type and vocabulary of the Attune
 * profile. All names come from {@link AttuneProfile}.
 *
 * <p>A code becomes an entry with CVE_ID = code id, value = label and description
 * {@code [category] definition}, so that categories survive a trip through ELAN and
 * {@link SchemeImport} can read them back. Keys, facets and which layers are rated stay in the scheme file.
 */
public final class SchemeExport {

    /** The speech tier of the patient in a template. */
    public static final String PATIENT_TIER = "Patient";
    /** The speech tier of the therapist in a template. */
    public static final String THERAPIST_TIER = "Therapist";
    /** The PARTICIPANT of the patient's speech tier. */
    public static final String PATIENT_PARTICIPANT = "P";
    /** The PARTICIPANT of the therapist's speech tier. */
    public static final String THERAPIST_PARTICIPANT = "T";

    private static final String LANG = Language.ENGLISH.id();

    private SchemeExport() {
    }

    /**
     * The vocabularies of a scheme, as an {@code .ecv} file holds them: one per layer (CV_ID from
     * {@link AttuneProfile#vocabularyId}, description = layer label) and, when the scheme is rated, the
     * rating vocabulary {@code attune-rating-<min>-<max>}. Values are in English ({@code eng}).
     *
     * @param scheme the coding scheme
     * @return the vocabularies of a scheme, as an {@code .ecv} file holds them: one per layer (CV_ID from {@link AttuneProfile#vocabularyId}, description = layer label) and, when the scheme is rated, the rating vocabulary {@code attune-rating-<min>-<max>}
     */
    public static VocabularyResource vocabularies(CodingScheme scheme) {
        List<ControlledVocabulary> cvs = new ArrayList<>();
        for (Layer layer : scheme.layers()) {
            cvs.add(vocabulary(scheme, layer));
        }
        if (scheme.rating() != null) {
            cvs.add(ratingVocabulary(scheme.rating()));
        }
        return new VocabularyResource("Attune", "", "0.2", List.of(Language.ENGLISH), cvs, List.of());
    }

    /**
     * The ELAN vocabulary of one layer.
     *
     * @param scheme the coding scheme
     * @param layer the scheme layer
     * @return the ELAN vocabulary of one layer
     */
    public static ControlledVocabulary vocabulary(CodingScheme scheme, Layer layer) {
        List<CvEntry> entries = new ArrayList<>();
        for (Code code : layer.codes()) {
            String description = "[" + code.category() + "]" + (code.definition().isEmpty() ? "" : " " + code.definition());
            entries.add(new CvEntry(code.id(), null, List.of(new CvEntryValue(LANG, code.label(), description))));
        }
        return new ControlledVocabulary(AttuneProfile.vocabularyId(scheme, layer), null,
                List.of(new LocalizedText(LANG, layer.label())), entries);
    }

    /**
     * The rating vocabulary of a scale: id {@code attune-rating-<min>-<max>}, description = scale name,
     * entries {@code min..max} (CVE_ID = value = the number; the lowest and highest carry the scale's labels).
     *
     * @param rating the rating
     * @return the rating vocabulary of a scale: id {@code attune-rating-<min>-<max>}, description = scale name, entries {@code min..max} (CVE_ID = value = the number; the lowest and highest carry the scale's labels)
     */
    public static ControlledVocabulary ratingVocabulary(RatingScale rating) {
        List<CvEntry> entries = new ArrayList<>();
        for (int r = rating.min(); r <= rating.max(); r++) {
            String description = r == rating.min() ? rating.lowLabel() : r == rating.max() ? rating.highLabel() : "";
            entries.add(new CvEntry(Integer.toString(r), null, List.of(new CvEntryValue(LANG, Integer.toString(r),
                    description.isEmpty() ? null : description))));
        }
        return new ControlledVocabulary(AttuneProfile.ratingTypeId(rating.min(), rating.max()), null,
                List.of(new LocalizedText(LANG, rating.name())), entries);
    }

    /**
     * A template to code with one scheme, for one coder {@code A}.
     *
     * @param scheme the coding scheme
     * @return a template to code with one scheme, for one coder {@code A}
     */
    public static AnnotationDocument template(CodingScheme scheme) {
        return template(List.of(scheme), List.of("A"));
    }

    /**
     * A template to code with some schemes (e.g. 3RS and the stage-process model together): the speech tiers
     * {@value #PATIENT_TIER} and {@value #THERAPIST_TIER} (participants {@value #PATIENT_PARTICIPANT} and
     * {@value #THERAPIST_PARTICIPANT}, roles in {@code attune:role:} properties) and, for each coder and each
     * layer, a time-alignable coding tier with the layer's vocabulary, a rating tier when the layer is rated,
     * and a free-text note tier, both Symbolic_Association children of the coding tier. The header carries
     * {@code attune:profile} and the {@code attune:layer:} binding of each vocabulary.
     *
     * @param schemes the schemes, each with its own layers (their vocabulary ids must differ)
     * @param coders  the coders' ids, e.g. {@code A}, {@code B} (not blank, no repeats)
     * @return a template to code with some schemes (e.g
     */
    public static AnnotationDocument template(List<CodingScheme> schemes, List<String> coders) {
        checkCoders(coders);
        Set<String> vocabularyIds = new LinkedHashSet<>();
        for (CodingScheme scheme : schemes) {
            for (Layer layer : scheme.layers()) {
                if (!vocabularyIds.add(AttuneProfile.vocabularyId(scheme, layer))) {
                    throw new IllegalArgumentException("two layers have the vocabulary id "
                            + AttuneProfile.vocabularyId(scheme, layer));
                }
            }
        }
        Header header = Header.milliseconds().withProperties(List.of(
                new Property(AttuneProfile.PROFILE_PROPERTY, AttuneProfile.PROFILE_VERSION),
                new Property(AttuneProfile.ROLE_PROPERTY_PREFIX + PATIENT_PARTICIPANT, Role.PATIENT.id()),
                new Property(AttuneProfile.ROLE_PROPERTY_PREFIX + THERAPIST_PARTICIPANT, Role.THERAPIST.id())));
        AnnotationDocument doc = new AnnotationDocument("", "", List.of(), header, List.of(),
                List.of(Tier.of(PATIENT_TIER, AttuneProfile.SPEECH_TYPE).withParticipant(PATIENT_PARTICIPANT),
                        Tier.of(THERAPIST_TIER, AttuneProfile.SPEECH_TYPE).withParticipant(THERAPIST_PARTICIPANT)),
                List.of(LinguisticType.timeAligned(AttuneProfile.SPEECH_TYPE)), List.of(), List.of(Language.ENGLISH),
                Constraint.standard(), List.of(), List.of(), List.of(), List.of());
        for (String coder : coders) {
            for (CodingScheme scheme : schemes) {
                for (Layer layer : scheme.layers()) {
                    doc = CodingEdits.ensureCodingTier(doc, scheme, layer, coder);
                }
            }
        }
        return doc;
    }

    private static void checkCoders(List<String> coders) {
        if (coders.isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one coder");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String coder : coders) {
            if (Objects.requireNonNull(coder, "coder").isBlank()) {
                throw new IllegalArgumentException("a coder id must not be blank");
            }
            if (!seen.add(coder)) {
                throw new IllegalArgumentException("coder " + coder + " is listed twice");
            }
        }
    }
}
