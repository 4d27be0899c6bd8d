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
        AnnotationDocument before = Eaf.read(Samples.demoSession()).document();
        assertThat(Eaf.read(out).document().withDate("")).isEqualTo(before.withDate(""));
    }

    @Test
    void anEtfTargetGetsATemplateWithoutAnnotations() throws Exception {
        Path out = dir.resolve("template.etf");
        CliRun r = CliRun.of("convert", Samples.demoSession().toString(), out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        AnnotationDocument t = Eaf.read(out).document();
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

    @Test
    void aWebVttTranscriptBecomesEafAndTheEafBecomesSrtWithTheSameCues() throws Exception {
        Path vtt = dir.resolve("interview.vtt");
        Files.writeString(vtt, "WEBVTT\n\n00:00:01.000 --> 00:00:03.500\n<v Therapist>How was the week?\n\n"
                + "00:00:04.000 --> 00:00:06.000\n<v Patient>Long.\n");
        Path eaf = dir.resolve("interview.eaf");
        CliRun r = CliRun.of("convert", vtt.toString(), eaf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + eaf + " (EAF 3.0, from WebVTT)");
        assertThat(Eaf.validate(eaf)).isEmpty();
        Path srt = dir.resolve("interview.srt");
        CliRun back = CliRun.of("convert", eaf.toString(), srt.toString());
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(Files.readString(srt)).isEqualTo("1\n00:00:01,000 --> 00:00:03,500\nTherapist: How was the week?\n\n"
                + "2\n00:00:04,000 --> 00:00:06,000\nPatient: Long.\n\n");
    }

    @Test
    void anEafBecomesATextGridTabDelimitedTextAndTidyTables() throws Exception {
        for (String name : new String[] {"s.TextGrid", "s.txt", "s.csv"}) {
            CliRun r = CliRun.of("convert", Samples.demoSession().toString(), dir.resolve(name).toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
        assertThat(Files.readString(dir.resolve("s.TextGrid"))).startsWith("File type = \"ooTextFile\"");
        assertThat(Files.readString(dir.resolve("s.csv")))
                .startsWith("session,tier,annotation,speaker,role,start_ms,end_ms,estimated,text\ndemo-session,");
        CliRun codings = CliRun.of("convert", Samples.demoSession().toString(), dir.resolve("c.csv").toString(),
                "--table", "codings");
        assertThat(codings.exitCode()).as(codings.err()).isZero();
        assertThat(codings.out()).contains("CSV of codings");
        assertThat(Files.readString(dir.resolve("c.csv"))).startsWith("session,tier,annotation,scheme,layer,code,"
                + "label,category,start_ms,end_ms,estimated,rating,coder,note\n").contains(",3rs@2015,rupture,");
    }

    @Test
    void aPlainTextTranscriptWithABadStampIsConvertedWithAWarningNamingLineAndColumn() throws Exception {
        Path txt = dir.resolve("t.txt");
        Files.writeString(txt, "[00:00:01] T: Hello.\n[00:99:00] P: Hi.\n");
        CliRun r = CliRun.of("convert", txt.toString(), dir.resolve("t.eaf").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains(txt + ":2:2: warning: '00:99:00' is not a time");
        assertThat(Eaf.read(dir.resolve("t.eaf")).document().annotationCount()).isEqualTo(2);
    }

    @Test
    void aCsvOfManySessionsIsReferredToImportCsv() throws Exception {
        Path csv = dir.resolve("many.csv");
        Files.writeString(csv, "session,speaker,start,text\na,T,1,x\nb,T,2,y\n");
        CliRun r = CliRun.of("convert", csv.toString(), dir.resolve("m.eaf").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("holds 2 sessions").contains("attune import csv");
    }

    @Test
    void anUnknownSourceExtensionIsRefusedWithAReason() throws Exception {
        Path doc = dir.resolve("notes.docx");
        Files.writeString(doc, "x");
        CliRun r = CliRun.of("convert", doc.toString(), dir.resolve("out.eaf").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("cannot tell the input format").contains(".TextGrid");
    }

    @Test
    void aTierThatIsItsOwnParentIsRefusedWithItsPositionAndNothingIsWritten() throws Exception {
        Path in = dir.resolve("self.eaf");
        Files.writeString(in, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ANNOTATION_DOCUMENT AUTHOR="" DATE="2026-01-01T00:00:00+00:00" FORMAT="3.0" VERSION="3.0">
                <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>
                <TIME_ORDER><TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="0"/></TIME_ORDER>
                <TIER LINGUISTIC_TYPE_REF="lt" TIER_ID="A" PARENT_REF="A"/>
                <LINGUISTIC_TYPE GRAPHIC_REFERENCES="false" LINGUISTIC_TYPE_ID="lt" TIME_ALIGNABLE="true"/>
                </ANNOTATION_DOCUMENT>
                """);
        Path out = dir.resolve("out.eaf");
        CliRun r = CliRun.of("convert", in.toString(), out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(in + ":5:1: tier 'A' is its own parent").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
