package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.Problem;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.Coding;
import org.attune.core.profile.Role;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.attune.core.testing.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every TextGrid, subtitle and CSV file of the interop corpus imports into valid EAF 3.0. */
class InteropFormatsTest {

    static Stream<Path> timedFiles() {
        return Stream.concat(Interop.cases("textgrid", ".TextGrid"),
                Interop.files("subtitles", ".srt", ".vtt").stream());
    }

    static Stream<Path> csvFiles() {
        return Interop.cases("csv", ".csv");
    }

    @ParameterizedTest
    @MethodSource("timedFiles")
    void everyTextGridAndSubtitleFileImportsIntoValidEafWithUtterances(Path file) throws Exception {
        Interop.require();
        Imported imported = Formats.read(file);
        AnnotationDocument doc = imported.document();
        Eaf.toBytes(doc);
        assertThat(SessionView.of(doc, SchemeLookup.none()).utterances()).as(file.toString()).isNotEmpty();
        assertThat(imported.warnings()).as(file.toString()).allSatisfy(w -> assertThat(w.source()).isEqualTo(file.toString()));
    }

    @ParameterizedTest
    @MethodSource("csvFiles")
    void everyCsvFileImportsIntoValidEafSessions(Path file) throws Exception {
        Interop.require();
        Imported imported = Formats.read(file, mappingOf(file));
        assertThat(imported.sessions()).isNotEmpty();
        for (ImportedSession s : imported.sessions()) {
            Eaf.toBytes(s.document());
        }
    }

    @Test
    void annoMiImportsInto133SessionsWithTherapistBehaviourAndClientTalkTypeCodes() throws Exception {
        Path file = Interop.require().resolve("csv/AnnoMI-simple.csv");
        Imported imported = Formats.read(file, annoMi());
        assertThat(imported.sessions()).hasSize(133);
        assertThat(imported.warnings()).filteredOn(w -> w.message().contains("is not a time")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("00:09:025"));
        int utterances = 0;
        Map<String, Long> codes = new java.util.TreeMap<>();
        for (ImportedSession s : imported.sessions()) {
            Eaf.toBytes(s.document());
            SessionView view = SessionView.of(s.document(), SchemeLookup.none());
            utterances += view.utterances().size();
            assertThat(view.speakers()).containsValues(Role.THERAPIST);
            for (Coding c : view.codings()) {
                codes.merge(c.layerId() + ":" + c.code(), 1L, Long::sum);
            }
        }
        assertThat(utterances).isEqualTo(9699 - 1);
        assertThat(codes.keySet()).containsExactlyInAnyOrder("main_therapist_behaviour:question",
                "main_therapist_behaviour:reflection", "main_therapist_behaviour:therapist_input",
                "main_therapist_behaviour:other", "client_talk_type:change", "client_talk_type:neutral",
                "client_talk_type:sustain");
        long coded = codes.values().stream().mapToLong(Long::longValue).sum();
        assertThat(coded).isEqualTo(utterances);
    }

    @Test
    void annoMiTimesThatGoBackAreReportedAndEstimated() throws Exception {
        Path file = Interop.require().resolve("csv/AnnoMI-simple.csv");
        Imported imported = Formats.read(file, annoMi());
        List<Problem> backwards = imported.warnings().stream()
                .filter(w -> w.message().contains("is earlier than")).toList();
        // 13 rows of 10 sessions start before the latest time before them (checked with a running maximum)
        assertThat(backwards).hasSize(13);
        assertThat(backwards.get(0).line()).isEqualTo(3689);
        assertThat(backwards.get(0).message()).contains("00:13:47").contains("line 3688");
        long estimated = imported.sessions().stream().mapToLong(s -> {
            SessionView view = SessionView.of(s.document(), SchemeLookup.none());
            return view.utterances().stream()
                    .filter(u -> view.index().span(u.annotationId()).orElseThrow().estimated()).count();
        }).sum();
        assertThat(estimated).isGreaterThanOrEqualTo(13);
    }

    @Test
    void theCounsellingDialoguesImportWithTheirFiveCodeColumns() throws Exception {
        Path file = Interop.require().resolve("csv/physical-activity-counseling.csv");
        Imported imported = Formats.read(file, counselling());
        assertThat(imported.sessions()).hasSize(44);
        Set<String> layers = imported.sessions().stream()
                .flatMap(s -> SessionView.of(s.document(), SchemeLookup.none()).codings().stream())
                .map(Coding::layerId).collect(Collectors.toSet());
        assertThat(layers).containsExactlyInAnyOrder("Domain", "Strategy1", "Strategy2", "Social-Exchange",
                "Task-Focused");
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w.message()).contains("no text"));
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w.message()).contains("no speaker"));
        for (ImportedSession s : imported.sessions()) {
            Eaf.toBytes(s.document());
        }
    }

    static CsvMapping annoMi() {
        return CsvMapping.of("interlocutor", "timestamp", "utterance_text").withSession("transcript_id")
                .withOrder("utterance_id").withCodes(List.of("main_therapist_behaviour", "client_talk_type"));
    }

    static CsvMapping counselling() {
        return CsvMapping.of("Speaker", null, "Utterance").withSession("dialog").withOrder("ID")
                .withCodes(List.of("Domain", "Strategy1", "Strategy2", "Social Exchange", "Task-Focused"));
    }

    private static CsvMapping mappingOf(Path file) {
        return file.getFileName().toString().startsWith("AnnoMI") ? annoMi() : counselling();
    }
}
