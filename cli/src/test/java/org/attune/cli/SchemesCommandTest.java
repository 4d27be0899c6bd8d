package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.Ecv;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.VocabularyResource;
import org.attune.core.scheme.SchemeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemesCommandTest {

    @TempDir
    Path dir;

    @Test
    void listShowsEveryBuiltInScheme() {
        CliRun r = CliRun.of("schemes", "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("3rs@2015 *", "3rs@2022", "cis-r@2019", "stages@2000");
    }

    @Test
    void showListsCodesWithCategoryAndLabel() {
        CliRun r = CliRun.of("schemes", "show", "3rs");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("3rs@2015")
                .containsPattern("C2\\s+\\S+\\s+confrontation\\s+Patient rejects therapist intervention")
                .containsPattern("R4\\s+\\S+\\s+resolution/exploratory");
    }

    @Test
    void anUnknownSchemeIsAClearError() {
        CliRun r = CliRun.of("schemes", "show", "crs");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("unknown coding scheme 'crs'").contains("3rs@2015");
    }

    @Test
    void exportsAnElanTemplateWithTiersForEachCoder() throws Exception {
        Path etf = dir.resolve("3rs.etf");
        CliRun r = CliRun.of("schemes", "export", "3rs", "--format", "etf", "-o", etf.toString(), "--coder", "A",
                "--coder", "B");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Eaf.validate(etf)).isEmpty();
        AnnotationDocument t = Eaf.read(etf).document();
        assertThat(t.tier("3RS rupture (coder A)")).isPresent();
        assertThat(t.tier("3RS rupture rating (coder B)")).isPresent();
        assertThat(t.annotationCount()).isZero();
    }

    @Test
    void exportsTheVocabulariesAsAnEcv() throws Exception {
        Path ecv = dir.resolve("3rs.ecv");
        CliRun r = CliRun.of("schemes", "export", "3rs@2015", "-f", "ecv", "-o", ecv.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Eaf.validate(ecv)).isEmpty();
        VocabularyResource res = Ecv.read(ecv);
        assertThat(res.vocabularies()).extracting(ControlledVocabulary::id)
                .contains("3rs-2015-rupture", "3rs-2015-resolution", "attune-rating-1-5");
    }

    @Test
    void anExportedSchemeFileLoadsBackWithTheSchemesOption() throws Exception {
        Path file = dir.resolve("my-3rs.xml");
        assertThat(CliRun.of("schemes", "export", "3rs", "-f", "scheme", "-o", file.toString()).exitCode()).isZero();
        assertThat(SchemeFiles.read(file).ref()).isEqualTo("3rs@2015");
        CliRun r = CliRun.of("schemes", "list", "--schemes", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("3rs@2015");
    }

    @Test
    void everyProblemOfABadUserSchemeFileIsListedWithItsPosition() throws Exception {
        Path bad = dir.resolve("bad.xml");
        java.nio.file.Files.writeString(bad, """
                <?xml version="1.0" encoding="UTF-8"?>
                <scheme format="1" id="lab" version="1" name="Lab">
                  <category id="withdrawal" label="Withdrawal"/>
                  <layer id="rupture" label="Ruptures" rated="false">
                    <code id="X1" label="One" category="nowhere" key="1">first</code>
                    <code id="X2" label="Two" category="elsewhere" key="2">second</code>
                  </layer>
                </scheme>
                """);
        CliRun r = CliRun.of("schemes", "list", "--schemes", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith(bad + ":"))).hasSize(2);
        assertThat(r.err()).contains("nowhere").contains("elsewhere").doesNotContain("(and 1 more)");
    }
}
