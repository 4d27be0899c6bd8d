package org.attune.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.core.eaf.Ecv;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.Language;
import org.attune.core.model.LocalizedText;
import org.attune.core.model.VocabularyResource;
import org.attune.core.testing.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A lab's own ELAN vocabularies become a coding scheme. */
class SchemeImportTest {

    static Stream<Path> ecvFiles() {
        List<Path> files = Interop.files("ecv", ".ecv");
        return files.isEmpty() ? Stream.of(Path.of("interop-corpus-absent")) : files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ecvFiles")
    void everyInteropVocabularyFileImportsAsACustomScheme(Path file) throws Exception {
        Interop.require();
        VocabularyResource resource = Ecv.read(file);
        CodingScheme s = SchemeImport.fromEcv(file);

        assertThat(s.version()).isEqualTo("1");
        assertThat(s.id()).matches("[a-z0-9][a-z0-9._-]*").doesNotEndWith(".ecv");
        assertThat(s.layers()).extracting(Layer::id)
                .containsExactlyElementsOf(resource.vocabularies().stream().map(ControlledVocabulary::id).toList());
        String firstLanguage = resource.languages().get(0).id();
        for (ControlledVocabulary cv : resource.vocabularies()) {
            Layer layer = s.layer(cv.id()).orElseThrow();
            assertThat(layer.codes()).extracting(Code::id)
                    .containsExactlyElementsOf(cv.entries().stream().map(CvEntry::id).toList());
            for (CvEntry e : cv.entries()) {
                Code code = layer.codes().stream().filter(c -> c.id().equals(e.id())).findFirst().orElseThrow();
                assertThat(code.label()).isEqualTo(e.value(firstLanguage).orElseThrow().value());
                assertThat(s.category(code.category())).isPresent();
            }
        }
    }

    @Test
    void theInvalidBergelsonFileStillImports() throws Exception {
        Path file = Interop.require().resolve("ecv/BergelsonLab__public-files__ACLEW-blab-vocabularies.ecv");
        CodingScheme s = SchemeImport.fromEcv(file);

        assertThat(s.id()).isEqualTo("bergelsonlab__public-files__aclew-blab-vocabularies");
        Layer utt = s.layer("utt").orElseThrow();
        assertThat(utt.label()).as("the DESCRIPTION after the entries is kept")
                .isEqualTo("Vocabulary containing syntactic utterance type for Input Quality project.");
        assertThat(utt.codes()).extracting(Code::label).containsExactly("D", "I", "N", "Q", "U");
        assertThat(utt.codes().get(0).definition()).isEqualTo("Declarative");
        assertThat(utt.codes()).allSatisfy(c -> assertThat(c.category()).isEqualTo("utt"));
    }

    @Test
    void labelsComeFromTheFirstLanguageOfTheFile() throws Exception {
        Path file = Interop.require().resolve("ecv/neocl__speach__test_speach.ecv");
        CodingScheme s = SchemeImport.fromEcv(file);

        assertThat(s.layer("Prompt_Words").orElseThrow().codes()).extracting(Code::label, Code::category)
                .contains(org.assertj.core.groups.Tuple.tuple("mama", "prompt_words"));
        assertThat(s.layer("喃語").orElseThrow().codes()).extracting(Code::label).startsWith("あっあっ");
    }

    @Test
    void categoryComesFromABracketPrefixOtherwiseFromTheVocabularyId() {
        ControlledVocabulary cv = new ControlledVocabulary("Alliance", null, List.of(new LocalizedText("nld", "Breuken")),
                List.of(entry("a1", "[Withdrawal] Trekt zich terug", "Terugtrekken"),
                        entry("a2", "Valt aan", "Aanval"),
                        entry("a3", null, "Stil")));
        VocabularyResource resource = new VocabularyResource(null, null, null,
                List.of(new Language("nld", null, null), Language.ENGLISH), List.of(cv), List.of());

        CodingScheme s = SchemeImport.fromVocabularies(resource, "lab", "2");

        assertThat(s.codes()).containsExactly(
                new Code("a1", "Terugtrekken", "withdrawal", "Trekt zich terug", "", ""),
                new Code("a2", "Aanval", "alliance", "Valt aan", "", ""),
                new Code("a3", "Stil", "alliance", "", "", ""));
        assertThat(s.categories()).extracting(Category::id).containsExactly("withdrawal", "alliance");
        assertThat(s.layers().get(0).label()).isEqualTo("Breuken");
        assertThat(s.rating()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ecvFiles")
    void importedSchemeCanBeSavedAsAnEditableSchemeFile(Path file) throws Exception {
        Interop.require();
        CodingScheme s = SchemeImport.fromEcv(file);

        assertThat(SchemeFiles.read(SchemeFiles.toBytes(s), "saved.xml")).isEqualTo(s);
    }

    private static CvEntry entry(String id, String description, String value) {
        return new CvEntry(id, null, List.of(new CvEntryValue("nld", value, description),
                new CvEntryValue("eng", value + " (en)", null)));
    }
}
