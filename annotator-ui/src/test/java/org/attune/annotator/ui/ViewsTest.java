package org.attune.annotator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.session.CodingController;
import org.attune.annotator.session.Samples;
import org.attune.annotator.ui.search.SearchPanel;
import org.attune.annotator.ui.segments.SegmentSheetPanel;
import org.attune.annotator.ui.timeline.TimelineLayout;
import org.attune.annotator.ui.transcript.TranscriptPanel;
import org.attune.annotator.ui.transcript.TranscriptRows;
import org.attune.core.analysis.segments.Segment;
import org.attune.core.profile.Coding;
import org.attune.core.profile.Utterance;
import org.attune.search.event.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The views without a window or a robot (headless-safe): they follow the session and drive the controller. */
class ViewsTest {

    private AnnotationSession session;
    private CodingController controller;
    private List<Utterance> utterances;

    @BeforeEach
    void open() {
        session = Samples.session("R");
        controller = new CodingController(session);
        utterances = session.view().utterances();
    }

    private void codeRow(int row, String code, Integer rating) {
        controller.selectUtterance(utterances.get(row).annotationId());
        controller.code(session.scheme().code(code).orElseThrow());
        if (rating != null) {
            controller.rate(rating);
        }
    }

    @Test
    void theTranscriptHasARowPerUtteranceWithTheCodingsOnItAsChips() {
        TranscriptRows rows = TranscriptRows.of(utterances, session.view().codings());
        assertThat(rows.rows()).hasSize(utterances.size());
        // the sample's coder A coded W2 on "Fine." (row 1) and C3 on row 9
        assertThat(rows.rows().get(1).codings()).extracting(Coding::code).containsExactly("W2");
        assertThat(rows.rows().get(9).codings()).extracting(Coding::code).containsExactly("C3");
        assertThat(rows.rows().get(0).codings()).isEmpty();
        int chips = rows.rows().stream().mapToInt(r -> r.codings().size()).sum();
        assertThat(chips).isEqualTo(session.view().codings().size());
    }

    @Test
    void theTranscriptTableFollowsTheSessionsSelectionAndSelectsWhatTheCoderPicks() {
        List<Utterance> picked = new ArrayList<>();
        TranscriptPanel panel = new TranscriptPanel(session, controller, picked::add);
        controller.selectUtterance(utterances.get(4).annotationId());
        assertThat(panel.table().getSelectedRow()).isEqualTo(4);
        assertThat(picked).as("mirroring the session is not a pick").isEmpty();

        panel.table().setRowSelectionInterval(7, 7);
        assertThat(session.selection().utteranceId()).isEqualTo(utterances.get(7).annotationId());
        assertThat(picked).containsExactly(utterances.get(7));

        codeRow(7, "W5", 2);
        assertThat(panel.model().codingsAt(7)).extracting(Coding::code).containsExactly("W5");
        assertThat(panel.table().getSelectedRow()).isEqualTo(7);
        controller.undo();
        controller.undo();
        assertThat(panel.model().codingsAt(7)).isEmpty();
    }

    @Test
    void theTimelineHasARowPerSpeechAndVisibleCodingTierAndMapsPixelsToTime() {
        codeRow(9, "C2", 4);
        TimelineLayout all = TimelineLayout.of(session, 0, 0.05);
        assertThat(all.rows()).extracting(TimelineLayout.Row::label)
                .containsExactly("T", "P", "3RS rupture (coder A)", "3RS resolution (coder A)", "3RS rupture (coder R)");
        assertThat(all.time(all.x(67_500))).isEqualTo(67_500);
        Utterance u = utterances.get(9);
        int y = all.rowTop(4) + TimelineLayout.ROW_HEIGHT / 2;
        assertThat(all.boxAt(all.x((u.start() + u.end()) / 2), y)).hasValueSatisfying(b -> {
            assertThat(b.coding()).isTrue();
            assertThat(b.text()).isEqualTo("C2·4");
        });

        session.setBlind(true);
        TimelineLayout blind = TimelineLayout.of(session, 0, 0.05);
        assertThat(blind.rows()).extracting(TimelineLayout.Row::label).doesNotContain("3RS rupture (coder A)");
    }

    @Test
    void theSegmentSheetIsRecomputedFromTheCodersCodingsAfterEachEdit() {
        SegmentSheetPanel panel = new SegmentSheetPanel(session);
        assertThat(panel.sheet().segments()).allMatch(s -> s.codes().isEmpty());
        codeRow(9, "C2", 4);      // 1:07
        codeRow(21, "W4", 2);     // 3:50
        codeRow(22, "R4", null);
        Segment first = panel.sheet().segments().get(0);
        assertThat(first.count("C2")).isEqualTo(1);
        assertThat(first.confrontationSignificance()).isEqualTo(4);
        assertThat(first.withdrawalSignificance()).isEqualTo(2);
        assertThat(first.count("R4")).isEqualTo(1);
        controller.undo();
        controller.undo();
        controller.undo();
        assertThat(panel.sheet().segments().get(0).count("R4")).isZero();
        assertThat(panel.sheet().segments().get(0).withdrawalSignificance()).isNull();
    }

    @Test
    void searchRunsTheQueryOverTheOpenDocumentAndAPickedHitIsReported() throws Exception {
        List<Event> picked = new ArrayList<>();
        SearchPanel panel = new SearchPanel(session, (file, e) -> picked.add(e));
        panel.queryField().setText("confrontation -> R4 within 60s");
        panel.run().get(20, TimeUnit.SECONDS);
        Edt.waitFor(() -> panel.hitList().getModel().getSize() > 0);
        assertThat(panel.statusLabel().getText()).endsWith("match" + (panel.hitList().getModel().getSize() == 1 ? "" : "es"));
        Edt.run(() -> panel.hitList().setSelectedIndex(0));
        assertThat(picked).singleElement().satisfies(e -> assertThat(e.category()).isEqualTo("confrontation"));

        panel.queryField().setText("C2 ->");
        panel.run();
        Edt.waitFor(() -> panel.statusLabel().getText().startsWith("query:1:"));
    }

    @Test
    void searchOverACorpusFolderFindsMatchesInItsFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path corpus)
            throws Exception {
        org.attune.core.eaf.Eaf.write(Samples.demo(), corpus.resolve("one.eaf"));
        org.attune.core.eaf.Eaf.write(Samples.demo(), corpus.resolve("two.eaf"));
        List<java.nio.file.Path> files = new ArrayList<>();
        SearchPanel panel = new SearchPanel(session, (file, e) -> files.add(file));
        panel.useCorpus(corpus).get(20, TimeUnit.SECONDS);
        Edt.waitFor(() -> panel.corpusFolder().isPresent());
        panel.queryField().setText("C5");
        Edt.call(panel::run);
        Edt.waitFor(() -> !panel.statusLabel().getText().endsWith("…"));
        assertThat(panel.statusLabel().getText()).isEqualTo("2 matches");
        Edt.run(() -> panel.hitList().setSelectedIndex(1));
        assertThat(files).singleElement().satisfies(f -> assertThat(f.getParent()).isEqualTo(corpus));
    }
}
