package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.core.io.AtomicFiles;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.Language;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.model.VocabularyResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving a document never damages the file on disk: a document that cannot be written as valid EAF is refused
 * before anything is touched, and a successful save keeps the previous version as NAME.bak.
 */
class EafWriteSafetyTest {

    @TempDir
    Path dir;
    private Path file;
    private byte[] before;

    @BeforeEach
    void anExistingSession() throws IOException {
        file = dir.resolve("session.eaf");
        Eaf.write(session("this is a waste of time"), file);
        before = Files.readAllBytes(file);
    }

    @Test
    void aTextThatXmlCannotHoldIsRefusedAndTheFileIsUntouched() {
        EafFormatException e = catchThrowableOfType(EafFormatException.class,
                () -> Eaf.write(session("bell \u0001 here"), file));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("annotation 'a1'", "tier 'Patient'", "U+0001");
        assertUntouched();
    }

    @Test
    void aDocumentThatWouldBeInvalidEafIsRefusedAndTheFileIsUntouched() {
        AnnotationDocument undeclaredLanguage = session("C2").withControlledVocabularies(List.of(
                new ControlledVocabulary("3RS", null, List.of(), List.of(new CvEntry("c2", null,
                        List.of(new CvEntryValue("xyz", "C2", "Denial")))))));

        EafFormatException e = catchThrowableOfType(EafFormatException.class,
                () -> Eaf.write(undeclaredLanguage, file));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("not valid EAF 3.0", "'xyz'");
        assertUntouched();
    }

    @Test
    void anInvalidVocabularyFileIsRefusedAndTheFileIsUntouched() throws IOException {
        Path ecv = dir.resolve("3rs.ecv");
        VocabularyResource valid = vocabularies(Language.ENGLISH.id(), List.of(Language.ENGLISH));
        Ecv.write(valid, ecv);
        byte[] ecvBefore = Files.readAllBytes(ecv);

        EafFormatException e = catchThrowableOfType(EafFormatException.class,
                () -> Ecv.write(vocabularies("xyz", List.of()), ecv));

        assertThat(e).isNotNull();
        assertThat(ecv).hasBinaryContent(ecvBefore);
        assertThat(filesIn(dir)).containsExactly("3rs.ecv", "session.eaf");
    }

    @Test
    void aSuccessfulSaveKeepsThePreviousVersionAsBak() throws IOException {
        AnnotationDocument edited = session("this is a waste of my time");

        Eaf.write(edited, file);

        assertThat(Eaf.read(file).document()).isEqualTo(edited);
        Path backup = AtomicFiles.backupOf(file);
        assertThat(backup).hasBinaryContent(before);
        assertThat(Eaf.read(backup).document()).isEqualTo(session("this is a waste of time"));
        assertThat(filesIn(dir)).containsExactly("session.eaf", "session.eaf.bak");
    }

    private void assertUntouched() {
        assertThat(file).hasBinaryContent(before);
        assertThat(filesIn(dir)).as("no temporary file, no backup").containsExactly("session.eaf");
    }

    private static AnnotationDocument session(String utterance) {
        return AnnotationDocument.empty("Attune tests").withDate("2024-05-01T10:00:00+02:00")
                .withTimeSlots(List.of(TimeSlot.aligned("ts1", 1000), TimeSlot.aligned("ts2", 2500)))
                .withTiers(List.of(Tier.of("Patient", "default-lt")
                        .withAnnotations(List.of(AlignableAnnotation.of("a1", "ts1", "ts2", utterance)))));
    }

    private static VocabularyResource vocabularies(String valueLanguage, List<Language> declared) {
        return new VocabularyResource("Attune tests", null, null, declared, List.of(new ControlledVocabulary("3RS",
                null, List.of(), List.of(new CvEntry("c2", null, List.of(new CvEntryValue(valueLanguage, "C2",
                null)))))), List.of());
    }

    private static List<String> filesIn(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
