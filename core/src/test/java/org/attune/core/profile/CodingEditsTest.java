package org.attune.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Header;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.Property;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;
import org.attune.core.scheme.RatingScale;
import org.junit.jupiter.api.Test;

class CodingEditsTest {

    static final CodingScheme SCHEME = new CodingScheme("3rs", "2015", "3RS", "Rupture Resolution Rating System", "",
            List.of(new Category("withdrawal", "Withdrawal"), new Category("confrontation", "Confrontation"),
                    new Category("resolution", "Resolution")),
            List.of(new Layer("rupture", "Rupture markers", List.of(
                            new Code("W2", "Minimal response", "withdrawal", "short answers", "2", ""),
                            new Code("C2", "Patient rejects therapist intervention", "confrontation", "", "c", "")),
                            true),
                    new Layer("resolution", "Resolution strategies", List.of(
                            new Code("R4", "Therapist invites the patient to discuss thoughts or feelings about the "
                                    + "therapist or therapy", "resolution", "", "r", "exploratory")), true)),
            new RatingScale("significance", 1, 5, "low impact", "high impact"));

    static final SchemeLookup LOOKUP = ref -> ref.equals(SCHEME.ref()) ? java.util.Optional.of(SCHEME)
            : java.util.Optional.empty();

    /** A session with one patient utterance (ids a1, ts1, ts2 already in use). */
    static AnnotationDocument session() {
        AnnotationDocument d = AnnotationDocument.empty("tester")
                .withTimeSlots(List.of(TimeSlot.aligned("ts1", 1000), TimeSlot.aligned("ts2", 4000)))
                .withLinguisticTypes(List.of(LinguisticType.timeAligned(AttuneProfile.SPEECH_TYPE)))
                .withTiers(List.of(Tier.of("Patient", AttuneProfile.SPEECH_TYPE).withParticipant("P")
                        .withAnnotations(List.of(AlignableAnnotation.of("a1", "ts1", "ts2", "This is a waste of time.")))));
        return CodingEdits.setRole(d, "P", Role.PATIENT);
    }

    @Test
    void addedCodingIsReadBackWithCodeCategorySpanAndCoder() {
        CodingEdits.Added added = CodingEdits.add(session(), SCHEME, SCHEME.code("C2").orElseThrow(), "A", 2000, 3500);

        List<Coding> codings = SessionView.of(added.document(), LOOKUP).codings();
        assertThat(codings).hasSize(1);
        Coding c = codings.get(0);
        assertThat(c.annotationId()).isEqualTo(added.annotationId()).isEqualTo("a2");
        assertThat(c.tierId()).isEqualTo("3RS rupture (coder A)");
        assertThat(c.code()).isEqualTo("C2");
        assertThat(c.label()).isEqualTo("Patient rejects therapist intervention");
        assertThat(c.category()).isEqualTo("confrontation");
        assertThat(c.schemeRef()).isEqualTo("3rs@2015");
        assertThat(c.layerId()).isEqualTo("rupture");
        assertThat(c.start()).isEqualTo(2000);
        assertThat(c.end()).isEqualTo(3500);
        assertThat(c.coder()).isEqualTo("A");
        assertThat(c.rating()).isNull();
        assertThat(added.document().property("lastUsedAnnotationId")).contains("2");
    }

    @Test
    void ratingAndNoteGoToTheDependentTiersAndSurviveSavingAsEaf() throws Exception {
        CodingEdits.Added added = CodingEdits.add(session(), SCHEME, SCHEME.code("W2").orElseThrow(), "B", 1000, 4000);
        AnnotationDocument d = CodingEdits.setRating(added.document(), added.annotationId(), 4);
        d = CodingEdits.setNote(d, added.annotationId(), "long silence & \"fine\"");

        EafReadResult back = Eaf.read(Eaf.toBytes(d), "saved");
        assertThat(back.warnings()).isEmpty();
        Coding c = SessionView.of(back.document(), LOOKUP).codings().get(0);
        assertThat(c.rating()).isEqualTo(4);
        assertThat(c.note()).isEqualTo("long silence & \"fine\"");
        assertThat(back.document().tier("3RS rupture rating (coder B)").orElseThrow().parentRef())
                .isEqualTo("3RS rupture (coder B)");
        assertThat(back.document().tier("3RS rupture note (coder B)")).isPresent();
    }

    @Test
    void codingsAreRecognisedWithoutTheSchemeFromTheVocabularyDescriptions() throws Exception {
        CodingEdits.Added added = CodingEdits.add(session(), SCHEME, SCHEME.code("R4").orElseThrow(), "A", 0, 10);
        AnnotationDocument back = Eaf.read(Eaf.toBytes(added.document()), "saved").document();

        Coding c = SessionView.of(back, SchemeLookup.none()).codings().get(0);
        assertThat(c.code()).isEqualTo("R4");
        assertThat(c.category()).isEqualTo("resolution");
    }

    @Test
    void changingARatingReplacesItAndNullRemovesIt() {
        CodingEdits.Added added = CodingEdits.add(session(), SCHEME, SCHEME.code("C2").orElseThrow(), "A", 0, 10);
        AnnotationDocument d = CodingEdits.setRating(added.document(), added.annotationId(), 2);
        d = CodingEdits.setRating(d, added.annotationId(), 5);
        assertThat(d.tier("3RS rupture rating (coder A)").orElseThrow().annotations()).hasSize(1);
        assertThat(SessionView.of(d, LOOKUP).codings().get(0).rating()).isEqualTo(5);

        d = CodingEdits.setRating(d, added.annotationId(), null);
        assertThat(SessionView.of(d, LOOKUP).codings().get(0).rating()).isNull();
        assertThat(d.tier("3RS rupture rating (coder A)").orElseThrow().annotations()).isEmpty();
    }

    @Test
    void aRatingOffTheScaleIsRefused() {
        CodingEdits.Added added = CodingEdits.add(session(), SCHEME, SCHEME.code("C2").orElseThrow(), "A", 0, 10);
        assertThatThrownBy(() -> CodingEdits.setRating(added.document(), added.annotationId(), 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rating 7");
    }

    @Test
    void removingACodingRemovesItsRatingNoteAndUnusedTimeSlots() {
        AnnotationDocument start = session();
        CodingEdits.Added added = CodingEdits.add(start, SCHEME, SCHEME.code("C2").orElseThrow(), "A", 100, 200);
        AnnotationDocument d = CodingEdits.setRating(added.document(), added.annotationId(), 3);
        d = CodingEdits.setNote(d, added.annotationId(), "n");

        AnnotationDocument removed = CodingEdits.remove(d, added.annotationId());
        assertThat(SessionView.of(removed, LOOKUP).codings()).isEmpty();
        assertThat(removed.annotationCount()).isEqualTo(1);
        assertThat(removed.timeSlots()).isEqualTo(start.timeSlots());
    }

    @Test
    void retimingMovesTheCodingAndKeepsTimeOrderSorted() {
        CodingEdits.Added added = CodingEdits.add(session(), SCHEME, SCHEME.code("C2").orElseThrow(), "A", 100, 200);
        AnnotationDocument d = CodingEdits.retime(added.document(), added.annotationId(), 5000, 6000);

        Coding c = SessionView.of(d, LOOKUP).codings().get(0);
        assertThat(c.start()).isEqualTo(5000);
        assertThat(c.end()).isEqualTo(6000);
        List<Long> times = d.timeSlots().stream().map(TimeSlot::value).toList();
        assertThat(times).isSorted().hasSize(4);
    }

    @Test
    void newIdsStayAboveElansLastUsedAnnotationId() {
        AnnotationDocument d = session();
        d = d.withHeader(d.header().withProperty("lastUsedAnnotationId", "41"));
        CodingEdits.Added added = CodingEdits.add(d, SCHEME, SCHEME.code("C2").orElseThrow(), "A", 0, 1);
        assertThat(added.annotationId()).isEqualTo("a42");
    }

    @Test
    void speakersHaveTheRecordedRoleOrAGuessFromTheirName() {
        AnnotationDocument d = session().withTiers(List.of(
                session().tiers().get(0),
                Tier.of("Counsellor", AttuneProfile.SPEECH_TYPE).withParticipant("Counsellor"),
                Tier.of("Mother", AttuneProfile.SPEECH_TYPE).withParticipant("M")));
        SessionView v = SessionView.of(d, LOOKUP);
        assertThat(v.speakers()).containsEntry("P", Role.PATIENT).containsEntry("Counsellor", Role.THERAPIST)
                .containsEntry("M", Role.OTHER);
        assertThat(v.utterances()).singleElement().satisfies(u -> {
            assertThat(u.role()).isEqualTo(Role.PATIENT);
            assertThat(u.text()).isEqualTo("This is a waste of time.");
            assertThat(u.start()).isEqualTo(1000);
        });
    }

    @Test
    void codingTiersAreNotSpeechTiers() {
        CodingEdits.Added added = CodingEdits.add(session(), SCHEME, SCHEME.code("C2").orElseThrow(), "A", 0, 1);
        SessionView v = SessionView.of(added.document(), LOOKUP);
        assertThat(v.speechTiers()).extracting(Tier::id).containsExactly("Patient");
        assertThat(v.codingTiers()).extracting(CodingTier::tierId).containsExactly("3RS rupture (coder A)");
        assertThat(v.coders()).containsExactly("A");
    }

    @Test
    void theProfilePropertiesAreWritten() {
        CodingEdits.Added added = CodingEdits.add(session(), SCHEME, SCHEME.code("C2").orElseThrow(), "A", 0, 1);
        Header h = added.document().header();
        assertThat(h.properties()).contains(new Property("attune:profile", "1"),
                new Property("attune:layer:3rs-2015-rupture", "3rs@2015/rupture"),
                new Property("attune:role:P", "patient"));
    }
}
