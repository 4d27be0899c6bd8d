package org.attune.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.eaf.Ecv;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Constraint;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.Tier;
import org.attune.core.model.VocabularyResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Schemes as ELAN vocabularies (.ecv) and templates (.etf), written through the schema-checked writers. */
class SchemeExportTest {

    private static final SchemeRegistry BUILT_IN = SchemeRegistry.builtIn();

    static List<CodingScheme> builtIns() {
        return BUILT_IN.all();
    }

    @Test
    void eachLayerBecomesAVocabularyWithCategoryInTheDescription() {
        VocabularyResource ecv = SchemeExport.vocabularies(BUILT_IN.require("3rs@2015"));

        assertThat(ecv.languages()).extracting(l -> l.id()).containsExactly("eng");
        assertThat(ecv.vocabularies()).extracting(ControlledVocabulary::id)
                .containsExactly("3rs-2015-rupture", "3rs-2015-resolution", "attune-rating-1-5");
        CvEntry c2 = ecv.vocabularies().get(0).entry("C2").orElseThrow();
        assertThat(c2.values()).containsExactly(new CvEntryValue("eng", "Patient rejects therapist intervention",
                "[confrontation] " + BUILT_IN.require("3rs@2015").code("C2").orElseThrow().definition()));
        ControlledVocabulary rating = ecv.vocabularies().get(2);
        assertThat(rating.entries()).extracting(CvEntry::id).containsExactly("1", "2", "3", "4", "5");
        assertThat(rating.descriptions()).extracting(d -> d.text()).containsExactly("significance");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void exportedEcvIsValidAndImportsBackToTheSameCodes(CodingScheme s) throws Exception {
        byte[] bytes = Ecv.toBytes(SchemeExport.vocabularies(s)); // checked against the EAF 3.0 schema
        CodingScheme back = SchemeImport.fromVocabularies(Ecv.read(bytes, s.ref() + ".ecv"), s.id(), s.version());

        assertThat(back.ref()).isEqualTo(s.ref());
        assertThat(back.layers()).extracting(Layer::id, Layer::label)
                .containsExactlyElementsOf(s.layers().stream().map(l -> tuple(l.id(), l.label())).toList());
        assertThat(back.codes()).extracting(Code::id, Code::label, Code::category, Code::definition)
                .containsExactlyElementsOf(s.codes().map(c -> tuple(c.id(), c.label(), c.category(), c.definition()))
                        .toList());
        assertThat(back.categories()).extracting(Category::id)
                .containsExactlyInAnyOrderElementsOf(s.codes().map(Code::category).distinct().toList());
        assertThat(back.rating()).isEqualTo(s.rating());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void templateIsValidEafThatReadsBackWithoutWarnings(CodingScheme s) throws Exception {
        AnnotationDocument template = SchemeExport.template(s);
        byte[] bytes = Eaf.toBytes(Eaf.template(template)); // checked against the EAF 3.0 schema
        EafReadResult read = Eaf.read(bytes, s.ref() + ".etf");

        assertThat(read.warnings()).isEmpty();
        assertThat(read.document().withDate("")).isEqualTo(template);
    }

    @Test
    void templateHasTheTiersTypesAndVocabulariesOfTheAttuneProfile() throws Exception {
        AnnotationDocument t = reread(SchemeExport.template(BUILT_IN.require("3rs@2015")));

        assertThat(t.tiers()).extracting(Tier::id, Tier::linguisticTypeRef, Tier::parentRef, Tier::participant,
                Tier::annotator).containsExactly(
                tuple("Patient", "attune-utterance", null, "P", null),
                tuple("Therapist", "attune-utterance", null, "T", null),
                tuple("3RS rupture (coder A)", "3rs-2015-rupture", null, null, "A"),
                tuple("3RS rupture rating (coder A)", "attune-rating-1-5", "3RS rupture (coder A)", null, "A"),
                tuple("3RS rupture note (coder A)", "attune-note", "3RS rupture (coder A)", null, "A"),
                tuple("3RS resolution (coder A)", "3rs-2015-resolution", null, null, "A"),
                tuple("3RS resolution note (coder A)", "attune-note", "3RS resolution (coder A)", null, "A"));
        assertThat(t.linguisticTypes()).extracting(LinguisticType::id, LinguisticType::timeAlignable,
                LinguisticType::constraints, LinguisticType::controlledVocabularyRef).containsExactlyInAnyOrder(
                tuple("attune-utterance", true, null, null),
                tuple("3rs-2015-rupture", true, null, "3rs-2015-rupture"),
                tuple("attune-rating-1-5", false, "Symbolic_Association", "attune-rating-1-5"),
                tuple("3rs-2015-resolution", true, null, "3rs-2015-resolution"),
                tuple("attune-note", false, "Symbolic_Association", null));
        assertThat(t.controlledVocabularies()).extracting(ControlledVocabulary::id)
                .containsExactly("3rs-2015-rupture", "attune-rating-1-5", "3rs-2015-resolution");
        assertThat(t.controlledVocabulary("3rs-2015-rupture").orElseThrow().entries()).hasSize(14);
        assertThat(t.constraints()).isEqualTo(Constraint.standard());
        assertThat(t.property("attune:profile")).contains("1");
        assertThat(t.property("attune:role:P")).contains("patient");
        assertThat(t.property("attune:role:T")).contains("therapist");
        assertThat(t.property("attune:layer:3rs-2015-rupture")).contains("3rs@2015/rupture");
        assertThat(t.property("attune:layer:3rs-2015-resolution")).contains("3rs@2015/resolution");
        assertThat(t.annotationCount()).isZero();
    }

    @Test
    void templateForSeveralSchemesAndCodersHasATierSetPerCoder(@TempDir Path dir) throws Exception {
        AnnotationDocument t = SchemeExport.template(List.of(BUILT_IN.require("3rs"), BUILT_IN.require("stages")),
                List.of("A", "B"));
        Path file = dir.resolve("coding.etf");
        Eaf.writeTemplate(t, file);
        AnnotationDocument back = Eaf.read(file).document();

        assertThat(back.tiers()).extracting(Tier::id).contains(
                "3RS rupture (coder A)", "3RS rupture (coder B)", "3RS rupture rating (coder B)",
                "Safran-Muran stage (coder A)", "Safran-Muran stage note (coder B)")
                .doesNotContain("Safran-Muran stage rating (coder A)");
        assertThat(back.tiers()).hasSize(2 + 2 * (3 + 2 + 2));
        assertThat(back.property("attune:layer:stages-2000-stage")).contains("stages@2000/stage");
        // one rating vocabulary serves every rated layer with the same range
        assertThat(back.controlledVocabularies()).extracting(ControlledVocabulary::id).containsOnlyOnce("attune-rating-1-5");
    }

    @Test
    void templateRefusesBlankOrRepeatedCoders() {
        CodingScheme s = BUILT_IN.require("3rs");
        assertThatThrownBy(() -> SchemeExport.template(List.of(s), List.of("A", "A"))).hasMessageContaining("twice");
        assertThatThrownBy(() -> SchemeExport.template(List.of(s), List.of(" "))).hasMessageContaining("blank");
        assertThatThrownBy(() -> SchemeExport.template(List.of(s), List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> SchemeExport.template(List.of(s, s), List.of("A")))
                .hasMessageContaining("3rs-2015-rupture");
    }

    private static AnnotationDocument reread(AnnotationDocument d) throws Exception {
        return Eaf.read(Eaf.toBytes(d), "template").document();
    }
}
