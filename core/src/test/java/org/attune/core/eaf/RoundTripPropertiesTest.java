package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.CrossRefLink;
import org.attune.core.model.GroupRefLink;
import org.attune.core.model.RefAnnotation;
import org.attune.core.model.Stereotype;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.model.VocabularyResource;
import org.attune.core.testing.Documents;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Writing then reading loses nothing, for every valid document: generated ones cover the whole EAF 3.0 model
 * (see {@link Documents}), including what no real file in the interop corpus has, such as ref link sets.
 */
class RoundTripPropertiesTest {

    @Property(tries = 200)
    void aWrittenDocumentReadsBackEqualWithoutWarnings(@ForAll("documents") AnnotationDocument doc) throws Exception {
        byte[] bytes = Eaf.toBytes(doc);
        EafReadResult back = Eaf.read(bytes, "generated.eaf");

        assertThat(back.warnings()).isEmpty();
        assertThat(back.sourceFormat()).isEqualTo("3.0");
        assertThat(back.document()).isEqualTo(doc);
    }

    @Property(tries = 200)
    void aWrittenDocumentIsValidEaf(@ForAll("documents") AnnotationDocument doc) throws Exception {
        assertThat(Eaf.validate(Eaf.toBytes(doc), "generated.eaf")).isEmpty();
    }

    @Property(tries = 100)
    void writingIsDeterministic(@ForAll("documents") AnnotationDocument doc) throws Exception {
        byte[] once = Eaf.toBytes(doc);
        byte[] twice = Eaf.toBytes(Eaf.read(once, "generated.eaf").document());
        assertThat(new String(twice, StandardCharsets.UTF_8)).isEqualTo(new String(once, StandardCharsets.UTF_8));
    }

    @Property(tries = 100)
    void aWrittenVocabularyFileReadsBackEqual(@ForAll("vocabularyFiles") VocabularyResource resource)
            throws Exception {
        assertThat(Ecv.read(Ecv.toBytes(resource), "generated.ecv")).isEqualTo(resource);
    }

    /**
     * The generator is only as good as what it reaches: each part of the model in a fair share of documents (the
     * figures are printed when this fails; with this generator each is 15 % or more, so 5 % does not flake).
     */
    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void generatedDocumentsCoverTheWholeModel(@ForAll("documents") AnnotationDocument doc) {
        for (Stereotype s : Stereotype.values()) {
            Statistics.label(s.xmlName()).collect(doc.tiers().stream().anyMatch(t -> hasAnnotatedTier(doc, t, s)));
        }
        Statistics.label("unaligned slot in use").collect(usesUnalignedSlot(doc));
        Statistics.label("previous annotation").collect(doc.tiers().stream().flatMap(t -> t.annotations().stream())
                .anyMatch(a -> a instanceof RefAnnotation r && r.previousAnnotation() != null));
        Statistics.label("EXT_REF list").collect(doc.tiers().stream().flatMap(t -> t.annotations().stream())
                .anyMatch(a -> a.extRef() != null && a.extRef().contains(" ")));
        Statistics.label("CVE_REF").collect(doc.tiers().stream().flatMap(t -> t.annotations().stream())
                .anyMatch(a -> a.cveRef() != null));
        Statistics.label("multilingual entry").collect(doc.controlledVocabularies().stream()
                .flatMap(cv -> cv.entries().stream()).anyMatch(e -> e.values().size() > 1));
        Statistics.label("cross link").collect(doc.refLinkSets().stream().flatMap(s -> s.links().stream())
                .anyMatch(l -> l instanceof CrossRefLink));
        Statistics.label("group link").collect(doc.refLinkSets().stream().flatMap(s -> s.links().stream())
                .anyMatch(l -> l instanceof GroupRefLink));
        Statistics.label("non-BMP text").collect(doc.tiers().stream().flatMap(t -> t.annotations().stream())
                .anyMatch(a -> a.value().codePoints().anyMatch(Character::isSupplementaryCodePoint)));

        for (String label : new String[] {"Time_Subdivision", "Included_In", "Symbolic_Subdivision",
                "Symbolic_Association", "unaligned slot in use", "previous annotation", "EXT_REF list", "CVE_REF",
                "multilingual entry", "cross link", "group link", "non-BMP text"}) {
            Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= 5));
        }
    }

    private static boolean hasAnnotatedTier(AnnotationDocument doc, Tier t, Stereotype s) {
        return !t.annotations().isEmpty() && doc.linguisticType(t.linguisticTypeRef())
                .flatMap(lt -> lt.stereotype()).filter(s::equals).isPresent();
    }

    private static boolean usesUnalignedSlot(AnnotationDocument doc) {
        return doc.tiers().stream().flatMap(t -> t.annotations().stream())
                .filter(a -> a instanceof AlignableAnnotation).map(a -> (AlignableAnnotation) a)
                .anyMatch(a -> doc.timeSlots().stream().filter(s -> !s.isAligned()).map(TimeSlot::id)
                        .anyMatch(id -> id.equals(a.timeSlotRef1()) || id.equals(a.timeSlotRef2())));
    }

    @Provide
    Arbitrary<AnnotationDocument> documents() {
        return Documents.documents();
    }

    @Provide
    Arbitrary<VocabularyResource> vocabularyFiles() {
        return Documents.vocabularyResources();
    }
}
