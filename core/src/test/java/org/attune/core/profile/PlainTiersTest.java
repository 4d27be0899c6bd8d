package org.attune.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.Tier;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;

class PlainTiersTest {

    @Test
    void aNewTierHoldsTheSpansInTimeOrderAndTheDocumentStaysValidEaf() throws Exception {
        AnnotationDocument doc = AnnotationDocument.empty("test");
        AnnotationDocument out = PlainTiers.put(doc, "Hits", AttuneProfile.HITS_TYPE, List.of(
                new PlainTiers.Span(500, 900, "second"), new PlainTiers.Span(100, 400, "first"),
                new PlainTiers.Span(100, 400, "same span")));
        Tier t = out.tier("Hits").orElseThrow();
        DocumentIndex index = DocumentIndex.of(out);
        assertThat(t.annotations()).extracting(a -> index.span(a).orElseThrow())
                .extracting(s -> s.start() + "-" + s.end()).containsExactly("100-400", "100-400", "500-900");
        assertThat(out.linguisticType(AttuneProfile.HITS_TYPE).orElseThrow().timeAlignable()).isTrue();
        assertThat(Eaf.validate(Eaf.toBytes(out), "out.eaf")).isEmpty();
        assertThat(doc.tier("Hits")).as("the document itself is unchanged").isEmpty();
    }

    @Test
    void aTierOfThatNameIsReplacedInPlaceAndItsTimeSlotsDropped() throws Exception {
        AnnotationDocument doc = PlainTiers.put(AnnotationDocument.empty("test"), "A", "plain",
                List.of(new PlainTiers.Span(0, 10, "a")));
        doc = PlainTiers.put(doc, "Hits", AttuneProfile.HITS_TYPE, List.of(new PlainTiers.Span(1, 2, "x"),
                new PlainTiers.Span(3, 4, "y")));
        doc = PlainTiers.put(doc, "Z", "plain", List.of());
        AnnotationDocument out = PlainTiers.put(doc, "Hits", AttuneProfile.HITS_TYPE,
                List.of(new PlainTiers.Span(5, 6, "z")));
        assertThat(out.tiers()).extracting(Tier::id).containsExactly("A", "Hits", "Z");
        assertThat(out.tier("Hits").orElseThrow().annotations()).hasSize(1);
        assertThat(out.timeSlots()).hasSize(4);
        assertThat(PlainTiers.remove(out, "Hits").timeSlots()).hasSize(2);
        assertThat(Eaf.validate(Eaf.toBytes(out), "out.eaf")).isEmpty();
    }

    @Test
    void aTierWithDependentTiersIsNotReplaced() {
        AnnotationDocument doc = PlainTiers.put(AnnotationDocument.empty("test"), "Hits", "plain", List.of());
        AnnotationDocument withChild = doc.withTiers(List.of(doc.tier("Hits").orElseThrow(),
                Tier.of("Child", "plain").withParentRef("Hits")));
        assertThatThrownBy(() -> PlainTiers.put(withChild, "Hits", "plain", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dependent tier 'Child'");
    }

    @Test
    void aHitTierIsNeitherSpeechNorCoding() {
        AnnotationDocument doc = PlainTiers.put(AnnotationDocument.empty("test"), "Hits", AttuneProfile.HITS_TYPE,
                List.of(new PlainTiers.Span(0, 10, "a hit")));
        doc = PlainTiers.put(doc, "Notes", "plain", List.of(new PlainTiers.Span(0, 10, "a note")));
        SessionView view = SessionView.of(doc, SchemeRegistry.builtIn()::find);
        assertThat(view.speechTiers()).extracting(Tier::id).containsExactly("Notes");
        assertThat(view.codingTiers()).isEmpty();
    }
}
