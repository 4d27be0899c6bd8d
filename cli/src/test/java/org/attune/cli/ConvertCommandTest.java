package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void convertsToValidEaf30KeepingEveryAnnotation() throws Exception {
        Path out = dir.resolve("copy.eaf");
        CliRun r = CliRun.of("convert", Samples.demoSession().toString(), out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Eaf.validate(out)).isEmpty();
        AnnotationDocument before = Eaf.read(Samples.demoSession());
        assertThat(Eaf.read(out).withDate("")).isEqualTo(before.withDate(""));
    }

    @Test
    void anEtfTargetGetsATemplateWithoutAnnotations() throws Exception {
        Path out = dir.resolve("template.etf");
        CliRun r = CliRun.of("convert", Samples.demoSession().toString(), out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        AnnotationDocument t = Eaf.read(out);
        assertThat(t.annotationCount()).isZero();
        assertThat(t.tiers()).isNotEmpty();
    }

    @Test
    void aFailedConversionLeavesTheExistingOutputUntouched() throws Exception {
        Path bad = dir.resolve("bad.eaf");
        Files.writeString(bad, "<ANNOTATION_DOCUMENT><HEADER></ANNOTATION_DOCUMENT>");
        Path out = dir.resolve("out.eaf");
        Files.writeString(out, "precious");
        CliRun r = CliRun.of("convert", bad.toString(), out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ":1:").contains("malformed XML").doesNotContain("Exception");
        assertThat(Files.readString(out)).isEqualTo("precious");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bad.eaf", "out.eaf");
        }
    }

    @Test
    void anUnknownTargetExtensionIsRefusedWithAReason() {
        CliRun r = CliRun.of("convert", Samples.demoSession().toString(), dir.resolve("out.docx").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("cannot tell the output format").contains(".eaf or .etf");
    }
}
