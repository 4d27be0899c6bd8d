package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.CodingEdits;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

    @TempDir
    Path dir;

    private static AnnotationDocument session() throws Exception {
        return Formats.parse("[00:00:01] T: How are you?\n[00:00:03.250] P: Fine,\nreally.\n[00:00:05] T: Good.\n",
                Format.TEXT, "s.txt").document();
    }

    @Test
    void tabDelimitedTextHasOneLinePerAnnotationWithElansTimeColumns() throws Exception {
        String text = Formats.export(session(), Format.TEXT, ExportOptions.session("s"));
        assertThat(text).isEqualTo(
                "T\tT\t00:00:01.000\t1.000\t00:00:03.250\t3.250\t00:00:02.250\t2.250\tHow are you?\n"
                + "T\tT\t00:00:05.000\t5.000\t00:00:06.000\t6.000\t00:00:01.000\t1.000\tGood.\n"
                + "P\tP\t00:00:03.250\t3.250\t00:00:05.000\t5.000\t00:00:01.750\t1.750\tFine, really.\n");
    }

    @Test
    void tabDelimitedTextReadsBackAsTheSameSpeechTiers() throws Exception {
        AnnotationDocument doc = session();
        String text = Formats.export(doc, Format.TEXT, ExportOptions.session("s"));
        AnnotationDocument back = Formats.parse(text, Format.TEXT, "s.txt").document();
        assertThat(Described.tier(back, "T")).isEqualTo(Described.tier(doc, "T"));
        assertThat(Described.tier(back, "P").items()).containsExactly(
                new Described.Item(3250, 5000, false, "Fine, really."));
    }

    @Test
    void theUtteranceTableHasOneRowPerUtteranceInTimeOrder() throws Exception {
        String csv = Formats.export(session(), Format.CSV, ExportOptions.session("s"));
        assertThat(csv).isEqualTo("session,tier,annotation,speaker,role,start_ms,end_ms,estimated,text\n"
                + "s,T,a1,T,therapist,1000,3250,false,How are you?\n"
                + "s,P,a3,P,patient,3250,5000,false,\"Fine,\nreally.\"\n"
                + "s,T,a2,T,therapist,5000,6000,false,Good.\n");
    }

    @Test
    void theCodingTableHasOneRowPerCodingWithSchemeCategoryRatingAndCoder() throws Exception {
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        CodingScheme rrs = schemes.require("3rs@2015");
        CodingEdits.Added added = CodingEdits.add(session(), rrs, rrs.code("C2").orElseThrow(), "A", 3250, 5000);
        AnnotationDocument doc = CodingEdits.setNote(CodingEdits.setRating(added.document(), added.annotationId(), 4),
                added.annotationId(), "sharp, then quiet");
        String csv = Formats.export(doc, Format.CSV, ExportOptions.session("s").withTable(CsvTable.CODINGS)
                .withSchemes(schemes::find));
        String label = rrs.code("C2").orElseThrow().label();
        assertThat(csv).isEqualTo("session,tier,annotation,scheme,layer,code,label,category,start_ms,end_ms,"
                + "estimated,rating,coder,note\n"
                + "s,3RS rupture (coder A)," + added.annotationId() + ",3rs@2015,rupture,C2," + label
                + ",confrontation,3250,5000,false,4,A,\"sharp, then quiet\"\n");
    }

    @Test
    void textGridExportPutsOverlapsAndZeroLengthAnnotationsOnTiersOfTheirOwn() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:04,000\nT: one\n\n2\n00:00:02,000 --> 00:00:03,000\nT: two\n\n"
                + "3\n00:00:05,000 --> 00:00:05,000\nT: three\n";
        String grid = Formats.export(Formats.parse(srt, Format.SRT, "o.srt").document(), Format.TEXTGRID,
                ExportOptions.session("o"));
        AnnotationDocument back = Formats.parse(grid, Format.TEXTGRID, "o.TextGrid").document();
        assertThat(Described.tier(back, "T").items()).extracting(Described.Item::value).containsExactly("one");
        assertThat(Described.tier(back, "T (2)").items()).extracting(Described.Item::value).containsExactly("two");
        assertThat(Described.tier(back, "T (points)").items()).containsExactly(
                new Described.Item(5000, 5000, false, "three"));
    }

    @Test
    void writingChoosesTheFormatByExtensionAndReplacesFilesAtomically() throws Exception {
        AnnotationDocument doc = session();
        for (String name : new String[] {"s.eaf", "s.TextGrid", "s.srt", "s.vtt", "s.txt", "s.csv"}) {
            Path out = dir.resolve(name);
            Files.writeString(out, "old");
            Formats.write(doc, out);
            assertThat(Files.readString(out.resolveSibling(name + ".bak"))).isEqualTo("old");
            assertThat(Formats.read(out).document().annotationCount()).as(name).isEqualTo(3);
        }
        assertThat(Files.readString(dir.resolve("s.vtt"))).startsWith("WEBVTT\n\n00:00:01.000 --> 00:00:03.250\n"
                + "<v T>How are you?\n");
        assertThat(Eaf.validate(dir.resolve("s.eaf"))).isEmpty();
    }
}
