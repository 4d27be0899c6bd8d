package org.attune.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemes shipped with Attune hold exactly the codes of the reference lists (design/SCHEMES.md). */
class BuiltInSchemesTest {

    private static final SchemeRegistry BUILT_IN = SchemeRegistry.builtIn();

    static List<CodingScheme> builtIns() {
        return BUILT_IN.all();
    }

    @Test
    void theFourBuiltInSchemesAreThere() {
        assertThat(BUILT_IN.all()).extracting(CodingScheme::ref)
                .containsExactly("3rs@2015", "3rs@2022", "cis-r@2019", "stages@2000");
    }

    @Test
    void rrs2015HasTheSevenWithdrawalSevenConfrontationAndTenResolutionCodes() {
        CodingScheme s = BUILT_IN.require("3rs@2015");
        assertThat(s.name()).isEqualTo("3RS");
        assertThat(s.codes()).hasSize(24);
        Layer rupture = s.layer("rupture").orElseThrow();
        Layer resolution = s.layer("resolution").orElseThrow();
        assertThat(rupture.codes()).extracting(Code::id).containsExactly(
                "W1", "W2", "W3", "W4", "W5", "W6", "W7", "C1", "C2", "C3", "C4", "C5", "C6", "C7");
        assertThat(rupture.codes().subList(0, 7)).allSatisfy(c -> assertThat(c.category()).isEqualTo(Category.WITHDRAWAL));
        assertThat(rupture.codes().subList(7, 14)).allSatisfy(c -> assertThat(c.category()).isEqualTo(Category.CONFRONTATION));
        assertThat(rupture.rated()).isTrue();
        assertThat(resolution.rated()).isFalse();

        assertThat(s.code("W1").orElseThrow().label()).isEqualTo("Denial");
        assertThat(s.code("W4").orElseThrow().label()).isEqualTo("Avoidant storytelling and/or shifting topic");
        assertThat(s.code("W7").orElseThrow().label()).isEqualTo("Self-criticism and/or hopelessness");
        assertThat(s.code("C2").orElseThrow().label()).isEqualTo("Patient rejects therapist intervention");
        assertThat(s.code("C7").orElseThrow().label()).isEqualTo("Efforts to control/pressure the therapist");
        assertThat(s.code("R8").orElseThrow().label())
                .isEqualTo("Therapist links the rupture to patterns in the patient's other relationships");

        assertThat(resolution.codes()).extracting(Code::id, Code::category, Code::facet).containsExactly(
                tuple("R1", "resolution", "immediate"),
                tuple("R2", "resolution", "immediate"),
                tuple("R3", "resolution", "immediate"),
                tuple("R4", "resolution", "exploratory"),
                tuple("R5", "resolution", "exploratory"),
                tuple("R6", "resolution", "exploratory"),
                tuple("R7", "resolution", "exploratory"),
                tuple("R8", "resolution", "exploratory"),
                tuple("R9", "resolution", "immediate"),
                tuple("R10", "resolution", "immediate"));
        assertThat(s.rating()).extracting(RatingScale::name, RatingScale::min, RatingScale::max)
                .containsExactly("significance", 1, 5);
    }

    @Test
    void rrs2022HasTheFourConstructsRatedForSalienceAndTheThreeWithdrawalForms() {
        CodingScheme s = BUILT_IN.require("3rs@2022");
        assertThat(s.layer("construct").orElseThrow().codes()).extracting(Code::label, Code::category).containsExactly(
                tuple("Patient moves away (withdrawal)", "withdrawal"),
                tuple("Patient moves against (confrontation)", "confrontation"),
                tuple("Therapist withdrawal", "therapist-withdrawal"),
                tuple("Therapist confrontation", "therapist-confrontation"));
        assertThat(s.layer("construct").orElseThrow().rated()).isTrue();
        assertThat(s.layer("withdrawal-form").orElseThrow().codes()).extracting(Code::label)
                .containsExactly("Shutting down", "Avoiding", "Masking experience");
        assertThat(s.rating()).extracting(RatingScale::name, RatingScale::min, RatingScale::max)
                .containsExactly("salience", 1, 5);
    }

    @Test
    void cisRHasOneCodePerScaleMappedOntoAttuneCategories() {
        CodingScheme s = BUILT_IN.require("cis-r");
        assertThat(s.codes()).extracting(Code::id, Code::category).containsExactly(
                tuple("DRM", "confrontation"),
                tuple("IRM", "withdrawal"),
                tuple("PCP", "collaboration"),
                tuple("TPI", "resolution"),
                tuple("TNI", "therapist-negative"));
        assertThat(s.code("TNI").orElseThrow().label()).isEqualTo("Therapist negative (non-collaborative) interventions");
        assertThat(s.layers()).allSatisfy(l -> assertThat(l.rated()).isTrue());
        assertThat(s.rating()).isNotNull();
    }

    @Test
    void stageProcessModelHasFiveOrderedStages() {
        CodingScheme s = BUILT_IN.require("stages");
        assertThat(s.codes()).extracting(Code::id).containsExactly("S1", "S2", "S3", "S4", "S5");
        assertThat(s.code("S2").orElseThrow().label()).isEqualTo("Attending to the marker / disembedding");
        assertThat(s.code("S5").orElseThrow().label()).isEqualTo("Emergence of the underlying wish or need");
        assertThat(s.rating()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void idsAndKeysAreUniqueWithinTheScheme(CodingScheme s) {
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        s.codes().forEach(c -> {
            assertThat(ids.add(c.id().toLowerCase(Locale.ROOT))).as("id %s is unique in %s", c.id(), s.ref()).isTrue();
            assertThat(c.key()).as("code %s has a key", c.id()).isNotEmpty();
            assertThat(keys.add(c.key())).as("key %s of %s is unique in %s", c.key(), c.id(), s.ref()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void everyCodeHasAOneLineDefinitionAndADeclaredCategory(CodingScheme s) {
        s.codes().forEach(c -> {
            assertThat(c.definition()).as(c.id()).isNotBlank().doesNotContain("\n").hasSizeLessThan(200);
            assertThat(s.category(c.category())).as(c.id() + " category").isPresent();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtIns")
    void printedAsASchemeFileItReadsBackEqual(CodingScheme s) throws Exception {
        assertThat(SchemeFiles.read(SchemeFiles.toBytes(s), s.ref())).isEqualTo(s);
    }
}
