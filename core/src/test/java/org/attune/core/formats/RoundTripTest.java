package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.attune.core.eaf.Eaf;
import org.attune.core.internal.formats.SourceText;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;
import org.attune.core.testing.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** TextGrid → EAF → TextGrid and SRT → EAF → SRT keep what the files say. */
class RoundTripTest {

    /** A cue as a subtitle file says it: times, speaker and text. */
    record Cue(long start, long end, String speaker, String text) {
    }

    static Stream<Path> textGrids() {
        return Interop.cases("textgrid", ".TextGrid");
    }

    static Stream<Path> subtitles() {
        return Interop.cases("subtitles", ".srt", ".vtt");
    }

    @ParameterizedTest
    @MethodSource("textGrids")
    void textGridToEafToTextGridKeepsTiersIntervalsAndLabels(Path file) throws Exception {
        Interop.require();
        AnnotationDocument fromGrid = Formats.read(file).document();
        AnnotationDocument viaEaf = Eaf.read(Eaf.toBytes(fromGrid), "x.eaf").document();
        String grid = Formats.export(viaEaf, Format.TEXTGRID, ExportOptions.session("x"));
        AnnotationDocument back = Formats.parse(grid, Format.TEXTGRID, "back.TextGrid").document();
        assertThat(Described.of(back)).isEqualTo(Described.of(fromGrid));
    }

    @Test
    void pointTiersStayPointTiersThroughEaf() throws Exception {
        AnnotationDocument doc = Formats.parse(TextGridImportTest.SHORT, Format.TEXTGRID, "g.TextGrid").document();
        String grid = Formats.export(Eaf.read(Eaf.toBytes(doc), "g.eaf").document(), Format.TEXTGRID,
                ExportOptions.session("g"));
        assertThat(grid).contains("class = \"TextTier\"").contains("name = \"events\"")
                .contains("text = \"say \"\"hi\"\"\nagain\"");
        assertThat(Described.of(Formats.parse(grid, Format.TEXTGRID, "b.TextGrid").document()))
                .isEqualTo(Described.of(doc));
    }

    @ParameterizedTest
    @MethodSource("subtitles")
    void subtitlesToEafToSrtKeepEveryCuesTextTimesAndSpeaker(Path file) throws Exception {
        Interop.require();
        Imported imported = Formats.read(file);
        AnnotationDocument viaEaf = Eaf.read(Eaf.toBytes(imported.document()), "x.eaf").document();
        for (Format out : List.of(Format.SRT, Format.WEBVTT)) {
            String written = Formats.export(viaEaf, out, ExportOptions.session("x"));
            Imported back = Formats.parse(written, out, "back" + out.extension());
            assertThat(back.warnings()).isEmpty();
            assertThat(cues(back.document())).as(out.label()).isEqualTo(cues(imported.document()));
        }
    }

    @Test
    void aCleanSrtFileIsWrittenBackByteForByte() throws Exception {
        Path file = Interop.require().resolve("subtitles/webvtt-py_sample.srt");
        String original = SourceText.decode(Files.readAllBytes(file));
        AnnotationDocument doc = Eaf.read(Eaf.toBytes(Formats.read(file).document()), "x.eaf").document();
        assertThat(Formats.export(doc, Format.SRT, ExportOptions.session("x")).strip()).isEqualTo(original.strip());
    }

    @Test
    void srtCuesWithSpeakerPrefixesAndOverlapsComeBackEqual() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:04,000\nT: So how are you?\n\n"
                + "2\n00:00:03,500 --> 00:00:05,250\nP: Fine.\nReally fine.\n\n"
                + "3\n00:00:03,600 --> 00:00:03,900\nT: Good.\n\n";
        AnnotationDocument doc = Formats.parse(srt, Format.SRT, "a.srt").document();
        String back = Formats.export(Eaf.read(Eaf.toBytes(doc), "a.eaf").document(), Format.SRT,
                ExportOptions.session("a"));
        assertThat(back).isEqualTo(srt);
    }

    private static List<Cue> cues(AnnotationDocument doc) {
        List<Cue> out = new ArrayList<>();
        for (Utterance u : SessionView.of(doc, SchemeLookup.none()).utterances()) {
            String speaker = doc.tier(u.tierId()).orElseThrow().participant();
            out.add(new Cue(u.start(), u.end(), speaker, u.text()));
        }
        out.sort(Comparator.comparingLong(Cue::start).thenComparingLong(Cue::end).thenComparing(Cue::text));
        return out;
    }
}
