package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.model.AnnotationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files Attune must refuse, and files it reads the way ELAN does with a warning. Each file under
 * {@code input/bad} and {@code input/lenient} is {@code input/clean.eaf} with one fault; the expected line and
 * column are those of the offending element's {@code <} in that file (counted by hand). Every refusal is an
 * {@link EafFormatException} with exactly one problem, and {@link Eaf#validate} reports the same problem.
 */
class BadInputTest {

    @Test
    void theCleanFileTheOthersAreMadeFromReadsWithoutWarningsAndValidates() throws Exception {
        byte[] bytes = resource("clean.eaf");
        assertThat(Eaf.read(bytes, "clean.eaf").warnings()).isEmpty();
        assertThat(Eaf.validate(bytes, "clean.eaf")).isEmpty();
    }

    // ------------------------------------------------------------------ not XML, not ELAN, not allowed

    @Test
    void anElementWithoutItsEndTagIsReportedWhereItStarts() throws Exception {
        Problem p = assertRefused("bad/unclosed-element.eaf", 14, 13, "<ALIGNABLE_ANNOTATION> is not closed",
                "line 17, column 11");
        assertThat(p.message()).startsWith("malformed XML");
    }

    @Test
    void aStartTagWithoutItsClosingBracketIsReportedWhereTheParserExpectedIt() throws Exception {
        // line 14 lacks its '>': the parser notices at the next '<', on line 15
        assertRefused("bad/unterminated-start-tag.eaf", 15, 17, "malformed XML", "\"ALIGNABLE_ANNOTATION\"");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefused("bad/empty.eaf", 1, 1, "the file is empty");
    }

    @Test
    void aRootOtherThanAnElanOneIsRefusedAtTheRoot() throws Exception {
        assertRefused("bad/not-elan-root.eaf", 2, 1, "not an ELAN file", "<TEI>", "<ANNOTATION_DOCUMENT>");
    }

    @Test
    void aVocabularyFileIsNotReadAsAnAnnotationDocument() {
        byte[] ecv = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<CV_RESOURCE>\n    <CONTROLLED_VOCABULARY CV_ID=\"3RS\"/>\n</CV_RESOURCE>\n")
                .getBytes(StandardCharsets.UTF_8);
        EafFormatException e = catchThrowableOfType(EafFormatException.class, () -> Eaf.read(ecv, "3rs.ecv"));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(List.of(p.line(), p.column())).containsExactly(2, 1);
            assertThat(p.message()).contains("<CV_RESOURCE>", "expected <ANNOTATION_DOCUMENT>");
        });
    }

    @Test
    void anEntityExpansionBombIsRefusedAtItsDoctype() throws Exception {
        assertRefused("bad/entity-expansion-bomb.eaf", 2, 1, "DOCTYPE");
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead(@TempDir Path dir) throws Exception {
        String secret = "SECRET-" + System.nanoTime();
        Path target = Files.writeString(dir.resolve("secret.txt"), secret);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE ANNOTATION_DOCUMENT [\n"
                + "    <!ENTITY xxe SYSTEM \"" + target.toUri() + "\">\n"
                + "]>\n"
                + "<ANNOTATION_DOCUMENT AUTHOR=\"&xxe;\" DATE=\"2024-05-01T10:00:00+02:00\" VERSION=\"3.0\">\n"
                + "    <HEADER/>\n    <TIME_ORDER/>\n</ANNOTATION_DOCUMENT>\n";
        Path file = Files.writeString(dir.resolve("xxe.eaf"), xml);

        EafFormatException e = catchThrowableOfType(EafFormatException.class, () -> Eaf.read(file));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(file.toString());
            assertThat(List.of(p.line(), p.column())).containsExactly(2, 1);
            assertThat(p.message()).contains("DOCTYPE");
        });
        // refused at the DOCTYPE, before any entity is declared, so the entity is never resolved
        assertThat(e.getMessage()).doesNotContain(secret);
        assertThat(Eaf.validate(file)).isEqualTo(e.problems());
    }

    @Test
    void anExternalDtdIsRefusedWithoutBeingFetched(@TempDir Path dir) throws Exception {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY author \"from the DTD\">");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE ANNOTATION_DOCUMENT SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<ANNOTATION_DOCUMENT AUTHOR=\"&author;\" DATE=\"2024-05-01T10:00:00+02:00\" VERSION=\"3.0\">\n"
                + "    <HEADER/>\n    <TIME_ORDER/>\n</ANNOTATION_DOCUMENT>\n";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        EafFormatException e = catchThrowableOfType(EafFormatException.class, () -> Eaf.read(bytes, "dtd.eaf"));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(List.of(p.line(), p.column())).containsExactly(2, 1);
            assertThat(p.message()).contains("DOCTYPE").doesNotContain("from the DTD");
        });
    }

    // ------------------------------------------------------------------ broken structure

    @Test
    void aDanglingTimeSlotRefIsReportedAtItsAnnotation() throws Exception {
        assertRefused("bad/dangling-time-slot-ref.eaf", 14, 13, "annotation 'a1'", "time slot 'ts9'",
                "does not exist");
    }

    @Test
    void aDanglingAnnotationRefIsReportedAtItsAnnotation() throws Exception {
        assertRefused("bad/dangling-annotation-ref.eaf", 26, 13, "annotation 'a3'", "annotation 'a9'",
                "does not exist");
    }

    @Test
    void aDanglingPreviousAnnotationIsReportedAtItsAnnotation() throws Exception {
        assertRefused("bad/dangling-previous-annotation.eaf", 38, 13, "annotation 'a5'",
                "previous annotation 'a9'", "does not exist");
    }

    @Test
    void aDanglingParentRefThatCannotBeRepairedIsReportedAtItsTier() throws Exception {
        // the tier's annotations refer into two tiers, so there is no one parent to adopt
        assertRefused("bad/dangling-parent-ref.eaf", 31, 5, "tier 'Words'", "parent tier 'Speaker'",
                "does not exist", "several tiers");
    }

    @Test
    void aDanglingLinguisticTypeRefIsReportedAtItsTier() throws Exception {
        assertRefused("bad/dangling-linguistic-type-ref.eaf", 12, 5, "tier 'Patient'", "linguistic type 'speech'",
                "does not exist");
    }

    @Test
    void aDanglingControlledVocabularyRefIsReportedAtItsLinguisticType() throws Exception {
        assertRefused("bad/dangling-vocabulary-ref.eaf", 44, 5, "linguistic type 'rupture'",
                "controlled vocabulary 'CIS-R'", "does not exist");
    }

    @Test
    void aDanglingEntryInAnExtRefListIsReportedAtItsAnnotation() throws Exception {
        Problem p = assertRefused("bad/dangling-ext-ref.eaf", 19, 13, "annotation 'a2'",
                "external reference 'er2'", "does not exist");
        assertThat(p.message()).doesNotContain("'er1'");
    }

    @Test
    void anAnnotationThatEndsBeforeItStartsIsReportedWithBothTimes() throws Exception {
        assertRefused("bad/ends-before-it-starts.eaf", 14, 13, "annotation 'a1'", "ends (1000 ms)",
                "before it starts (2500 ms)");
    }

    @Test
    void aDuplicateAnnotationIdIsReportedAtItsSecondUse() throws Exception {
        assertRefused("bad/duplicate-annotation-id.eaf", 38, 13, "duplicate ANNOTATION_ID 'a3'");
    }

    @Test
    void aDuplicateTierIdIsReportedAtItsSecondUse() throws Exception {
        assertRefused("bad/duplicate-tier-id.eaf", 31, 5, "duplicate TIER id 'Rupture'");
    }

    @Test
    void aDuplicateTimeSlotIdIsReportedAtItsSecondUse() throws Exception {
        assertRefused("bad/duplicate-time-slot-id.eaf", 10, 9, "duplicate TIME_SLOT id 'ts3'");
    }

    @Test
    void aNonNumericTimeValueIsReportedAtItsTimeSlot() throws Exception {
        assertRefused("bad/non-numeric-time-value.eaf", 8, 9, "<TIME_SLOT>", "TIME_VALUE=\"2,5s\"",
                "not a valid whole number");
    }

    @Test
    void aTimeValueBeyondWhatEafCanHoldIsReportedAtItsTimeSlot() throws Exception {
        // it could be read, but never written back: TIME_VALUE is an xsd:unsignedInt
        assertRefused("bad/time-value-too-large.eaf", 9, 9, "time slot 'ts3'", "4294967296 ms",
                "more than EAF can hold");
    }

    @Test
    void anIdUsedByTwoKindsOfElementIsReportedAtTheSecond() throws Exception {
        assertRefused("bad/id-of-two-kinds.eaf", 38, 13, "id 'ts4' is used by a time slot and an annotation");
    }

    // ------------------------------------------------------------------ what ELAN accepts, repaired

    @Test
    void anUndeclaredLanguageIsDeclaredWithAWarningAtTheAnnotation() throws Exception {
        AnnotationDocument doc = assertRepaired("lenient/undeclared-language.eaf", 19, 13, "annotation 'a2'",
                "language 'nld'", "does not declare");
        assertThat(doc.languages()).extracting(l -> l.id()).containsExactly("eng", "nld");
    }

    @Test
    void anUndeclaredDefaultLocaleIsDeclaredWithAWarningAtTheTier() throws Exception {
        AnnotationDocument doc = assertRepaired("lenient/undeclared-locale.eaf", 12, 5, "tier 'Patient'",
                "locale 'en'", "does not declare");
        assertThat(doc.locales()).extracting(l -> l.languageCode()).containsExactly("en");
    }

    @Test
    void aParentRefNamingNoTierTakesTheTierItsAnnotationsReferTo() throws Exception {
        AnnotationDocument doc = assertRepaired("lenient/repairable-parent-ref.eaf", 24, 5, "tier 'Rupture'",
                "parent tier 'Speaker'", "tier 'Patient', taken as the parent");
        assertThat(doc.tier("Rupture").orElseThrow().parentRef()).isEqualTo("Patient");
    }

    @Test
    void aMediaDescriptorWithoutMediaUrlIsKeptWithAWarningAtThatDescriptor() throws Exception {
        // the second of two descriptors: the warning must not point at the first
        AnnotationDocument doc = assertRepaired("lenient/missing-media-url.eaf", 5, 9, "MEDIA_DESCRIPTOR",
                "no MEDIA_URL");
        assertThat(doc.header().media()).hasSize(2);
        assertThat(doc.header().media().get(1).mediaUrl()).isEmpty();
        assertThat(doc.header().media().get(1).relativeMediaUrl()).isEqualTo("./s01.mp4");
    }

    // ------------------------------------------------------------------ helpers

    /** Reading fails with exactly one error, at the line and column, naming what is wrong; validate agrees. */
    private static Problem assertRefused(String file, int line, int column, String... fragments) throws IOException {
        byte[] bytes = resource(file);
        EafFormatException e = catchThrowableOfType(EafFormatException.class, () -> Eaf.read(bytes, file));
        assertThat(e).as("reading %s must fail", file).isNotNull();
        assertThat(e.problems()).as("problems of %s", file).hasSize(1);
        Problem p = e.problems().get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.source()).isEqualTo(file);
        assertThat(List.of(p.line(), p.column())).as("line and column of %s", p).containsExactly(line, column);
        assertThat(p.message()).contains(fragments);
        assertThat(e.getMessage()).isEqualTo(file + ":" + line + ":" + column + ": " + p.message());
        assertThat(Eaf.validate(bytes, file)).as("validate %s", file).contains(p);
        return p;
    }

    /**
     * Reading succeeds with exactly one warning, at the line and column, naming what was repaired; validate
     * reports it too; and the repaired document is written as valid EAF that needs no more repair.
     */
    private static AnnotationDocument assertRepaired(String file, int line, int column, String... fragments)
            throws IOException {
        byte[] bytes = resource(file);
        EafReadResult read = Eaf.read(bytes, file);
        assertThat(read.warnings()).as("warnings of %s", file).hasSize(1);
        Problem w = read.warnings().get(0);
        assertThat(w.isError()).isFalse();
        assertThat(List.of(w.line(), w.column())).as("line and column of %s", w).containsExactly(line, column);
        assertThat(w.message()).contains(fragments);
        assertThat(Eaf.validate(bytes, file)).as("validate %s", file).contains(w);

        byte[] written = Eaf.toBytes(read.document());
        assertThat(Eaf.read(written, "written").warnings()).isEmpty();
        return read.document();
    }

    private static byte[] resource(String name) {
        try (InputStream in = BadInputTest.class.getResourceAsStream("input/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource input/" + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
