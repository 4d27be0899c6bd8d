package org.attune.search.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.core.testing.ElanCoded;
import org.attune.search.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --codes-on}: the values of plain ELAN tiers read as codes, with ELAN's own conventions. */
class CodesOnTest {
    static final SchemeRegistry SCHEMES = SchemeRegistry.builtIn();

    @TempDir
    Path tmp;

    private SessionEvents read(CodesOn codesOn) throws Exception {
        // through the file, as ELAN wrote it: CVE_REF, CV_ENTRY_ML and the ratings' ANNOTATION_REF survive
        Path f = tmp.resolve("elan.eaf");
        Eaf.write(ElanCoded.session(), f);
        assertThat(Files.readString(f)).contains("CV_ENTRY_ML", "CVE_REF=\"W2\"", "CONTROLLED_VOCABULARY");
        return SessionEvents.of("elan", Eaf.read(f).document(), SCHEMES::find, codesOn);
    }

    private static List<String> codes(SessionEvents s) {
        return s.events().stream().filter(Event::isCoding).map(e -> e.start() + "-" + e.end() + " " + e.code()
                + " " + e.rating()).toList();
    }

    @Test
    void withoutCodesOnTheHandTypedCodesFindNothing() throws Exception {
        SessionEvents s = read(null);
        assertThat(s.events()).noneMatch(Event::isCoding);
        assertThat(ReferenceEvaluator.evaluate(Query.parse("C3"), s)).isEmpty();
        assertThat(ReferenceEvaluator.evaluate(Query.parse("confrontation"), s)).isEmpty();
    }

    @Test
    void codesAreReadByIdByLabelByIdAndLabelAndThroughTheVocabularyEntry() throws Exception {
        SessionEvents s = read(CodesOn.parse("Ruptures|Strategies"));
        List<String> expected = new ArrayList<>();
        for (Object[] c : ElanCoded.CODINGS) {
            expected.add(c[0] + "-" + c[1] + " " + c[2] + " " + c[3]);
        }
        assertThat(codes(s)).containsExactlyElementsOf(expected);
        Event c3 = s.events().stream().filter(e -> "C3".equals(e.code())).findFirst().orElseThrow();
        assertThat(c3.tier()).isEqualTo("Ruptures");
        assertThat(c3.scheme()).isEqualTo("3rs@2015");
        assertThat(c3.category()).isEqualTo("confrontation");
        assertThat(c3.coder()).isEqualTo("KM");
        assertThat(c3.value()).isEqualTo("C3");
    }

    @Test
    void codesCategoriesAndRatingsAreSearchable() throws Exception {
        SessionEvents s = read(CodesOn.parse("Ruptures|Strategies"));
        assertThat(starts(Query.parse("C3"), s)).containsExactly(1_000L);
        assertThat(starts(Query.parse("confrontation"), s)).containsExactly(1_000L, 10_000L);
        assertThat(starts(Query.parse("withdrawal"), s)).containsExactly(5_000L, 20_000L);
        assertThat(starts(Query.parse("resolution"), s)).containsExactly(7_000L, 14_000L);
        assertThat(starts(Query.parse("[rating>=3]"), s)).containsExactly(1_000L);
        assertThat(starts(Query.parse("[category=withdrawal rating=2]"), s)).containsExactly(5_000L);
        assertThat(starts(Query.parse("[coder=Strategies]"), s)).containsExactly(7_000L, 14_000L, 20_000L);
        assertThat(starts(Query.parse("rupture -> R4 within 5s"), s)).containsExactly(1_000L, 5_000L);
        assertThat(starts(Query.parse("3rs@2015:W2"), s)).containsExactly(5_000L, 20_000L);
    }

    @Test
    void onlyTheNamedTiersAreRead() throws Exception {
        SessionEvents s = read(CodesOn.parse("Ruptures"));
        assertThat(s.events()).filteredOn(Event::isCoding).extracting(Event::tier).containsOnly("Ruptures");
        // Notes holds 'C3' too, but is not named; the values naming no code stay plain events
        assertThat(s.events()).filteredOn(e -> e.tier().equals("Notes")).noneMatch(Event::isCoding);
        assertThat(s.events()).filteredOn(e -> e.value().equals("unclear")).singleElement()
                .satisfies(e -> assertThat(e.isCoding() || e.isUtterance()).isFalse());
        // the whole id must match
        assertThat(read(CodesOn.parse("Rupt")).events()).noneMatch(Event::isCoding);
        assertThat(read(CodesOn.parse("(?i)rupt.*")).events()).anyMatch(Event::isCoding);
    }

    @Test
    void aCodesTierIsNoLongerSpeech() throws Exception {
        // Strategies has no vocabulary: without --codes-on it reads as someone's speech
        assertThat(read(null).events()).filteredOn(e -> e.tier().equals("Strategies")).allMatch(Event::isUtterance);
        SessionEvents s = read(CodesOn.parse("Strategies"));
        assertThat(s.events()).filteredOn(e -> e.tier().equals("Strategies")).noneMatch(Event::isUtterance);
        assertThat(s.events()).filteredOn(e -> e.value().equals("??")).singleElement()
                .satisfies(e -> assertThat(e.isCoding()).isFalse());
        // Patient, Therapist and Notes remain speech
        assertThat(s.utterancesUpTo(100_000)).isEqualTo(4);
        assertThat(read(null).utterancesUpTo(100_000)).isEqualTo(9);
    }

    @Test
    void theSchemeIsThe3rsByDefaultOrTheOneNamed() throws Exception {
        assertThat(CodesOn.parse("Ruptures").scheme()).isEqualTo("3rs");
        assertThat(CodesOn.parse("Ruptures=3rs@2022").scheme()).isEqualTo("3rs@2022");
        assertThat(CodesOn.parse("Ruptures=3rs@2022").setting()).isEqualTo("Ruptures=3rs@2022");
        assertThat(read(CodesOn.parse("Ruptures=3rs@2015")).events()).filteredOn(Event::isCoding)
                .allMatch(e -> e.scheme().equals("3rs@2015")).hasSize(3);
        // the values are codes of the 2015 manual, which the 2022 scheme does not have
        assertThat(read(CodesOn.parse("Ruptures=3rs@2022")).events()).noneMatch(Event::isCoding);
        assertThatThrownBy(() -> read(CodesOn.parse("Ruptures=nosuch")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no coding scheme 'nosuch'");
    }

    @Test
    void aBadSettingSaysWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> CodesOn.parse("Rupt(ures"))
                .hasMessageContaining("'Rupt(ures' is not a valid regular expression")
                .hasMessageContaining("position");
        assertThatThrownBy(() -> CodesOn.parse("=3rs")).hasMessageContaining("no tier pattern");
        assertThatThrownBy(() -> CodesOn.parse("Ruptures=")).hasMessageContaining("no scheme after '='");
    }

    private static List<Long> starts(Query q, SessionEvents s) {
        return ReferenceEvaluator.evaluate(q, s).stream().map(m -> m.events().get(0).start()).toList();
    }
}
