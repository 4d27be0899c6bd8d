package org.attune.annotator.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attune.core.profile.Coding;
import org.attune.core.profile.Utterance;
import org.attune.core.scheme.Code;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coder's gestures in model terms, with undo and redo; no Swing, no robot. */
class CodingControllerTest {

    private AnnotationSession session;
    private CodingController controller;
    private List<Utterance> utterances;

    @BeforeEach
    void open() {
        session = Samples.session("R");
        controller = new CodingController(session);
        utterances = session.view().utterances();
    }

    private Code code(String id) {
        return session.scheme().code(id).orElseThrow();
    }

    private List<Coding> mine() {
        return session.view().codings().stream().filter(c -> c.coder().equals("R")).toList();
    }

    @Test
    void aCodeKeyOnTheSelectedUtteranceAddsACodingOnTheCodersOwnTierAndSelectsIt() {
        Utterance u = utterances.get(9);
        controller.selectUtterance(u.annotationId());

        assertThat(controller.code(code("C2")).done()).isTrue();

        assertThat(mine()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("C2");
            assertThat(c.start()).isEqualTo(u.start());
            assertThat(c.end()).isEqualTo(u.end());
            assertThat(c.tierId()).isNotIn(session.view().codings().stream()
                    .filter(x -> x.coder().equals("A")).map(Coding::tierId).toList());
            assertThat(session.selection().codingId()).isEqualTo(c.annotationId());
        });
        assertThat(session.selection().utteranceId()).isEqualTo(u.annotationId());
    }

    @Test
    void digitsRateTheSelectedCodingAndUnratedLayersAreRefused() {
        controller.selectUtterance(utterances.get(9).annotationId());
        controller.code(code("C2"));
        assertThat(controller.rate(4).done()).isTrue();
        assertThat(mine().get(0).rating()).isEqualTo(4);

        controller.code(code("R5"));
        CodingController.Outcome refused = controller.rate(3);
        assertThat(refused.done()).isFalse();
        assertThat(refused.message()).contains("not rated");
        assertThat(controller.rate(9).done()).isFalse();
    }

    @Test
    void aRatingKeyOnAnUncodedUtteranceSaysHowToCodeItFirst() {
        controller.selectUtterance(utterances.get(0).annotationId());
        var before = session.document();
        CodingController.Outcome refused = controller.rate(3);
        assertThat(refused.done()).isFalse();
        assertThat(refused.message()).isEqualTo("This utterance has no coding yet: press a code's key first, then 3"
                + " rates that coding");
        assertThat(session.document()).isSameAs(before);
    }

    @Test
    void gesturesWithoutASelectionDoNothingAndSaySo() {
        var before = session.document();
        assertThat(controller.code(code("C2")).message()).contains("Select an utterance");
        assertThat(controller.rate(3).done()).isFalse();
        assertThat(controller.deleteSelected().done()).isFalse();
        assertThat(session.document()).isSameAs(before);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void codingNeedsACoder() {
        AnnotationSession anonymous = Samples.session(null);
        CodingController c = new CodingController(anonymous);
        c.moveSelection(1);
        assertThat(c.code(code("C2")).message()).contains("coder");
    }

    @Test
    void undoRestoresTheDocumentAndTheSelectionAndRedoReappliesTheEdit() {
        Utterance u = utterances.get(9);
        controller.selectUtterance(u.annotationId());
        Selection selectedBefore = session.selection();
        var docBefore = session.document();
        controller.code(code("C2"));
        controller.rate(4);
        var coded = session.document();
        Selection selectedAfter = session.selection();

        assertThat(controller.undo().message()).isEqualTo("Undone: Rate C2 4");
        assertThat(mine().get(0).rating()).isNull();
        controller.undo();
        assertThat(session.document()).isSameAs(docBefore);
        assertThat(session.selection()).isEqualTo(selectedBefore);
        assertThat(controller.undo().done()).isFalse();

        controller.redo();
        controller.redo();
        assertThat(session.document()).isSameAs(coded);
        assertThat(session.selection()).isEqualTo(selectedAfter);
        assertThat(controller.redo().done()).isFalse();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoneBranch() {
        controller.moveSelection(1);
        controller.code(code("W2"));
        controller.undo();
        controller.code(code("W3"));
        assertThat(controller.redo().done()).isFalse();
        assertThat(mine()).extracting(Coding::code).containsExactly("W3");
    }

    @Test
    void theSessionIsDirtyAfterAnEditAndCleanAgainWhenUndoneToTheSavedState() {
        assertThat(session.isDirty()).isFalse();
        controller.moveSelection(1);
        controller.code(code("W2"));
        assertThat(session.isDirty()).isTrue();
        controller.undo();
        assertThat(session.isDirty()).isFalse();
        controller.redo();
        session.markSaved(session.document(), java.nio.file.Path.of("x.eaf"));
        assertThat(session.isDirty()).isFalse();
        assertThat(session.file()).contains(java.nio.file.Path.of("x.eaf"));
    }

    @Test
    void deleteRemovesTheSelectedCodingWithItsRatingAndUndoBringsItBack() {
        controller.selectUtterance(utterances.get(9).annotationId());
        controller.code(code("C2"));
        controller.rate(5);
        String id = session.selection().codingId();

        assertThat(controller.deleteSelected().done()).isTrue();
        assertThat(mine()).isEmpty();
        assertThat(session.selection().codingId()).isNull();
        assertThat(session.document().tiers().stream().flatMap(t -> t.annotations().stream())
                .noneMatch(a -> a.id().equals(id))).isTrue();

        controller.undo();
        assertThat(mine()).singleElement().extracting(Coding::rating).isEqualTo(5);
        assertThat(session.selection().codingId()).isEqualTo(id);
    }

    @Test
    void selectingAnUtteranceSelectsTheCodersCodingOfExactlyThatSpanSoDeleteAndDigitsReachIt() {
        controller.selectUtterance(utterances.get(9).annotationId());
        controller.code(code("C2"));
        String id = session.selection().codingId();
        controller.moveSelection(1);
        assertThat(session.selection().codingId()).isNull();
        controller.moveSelection(-1);
        assertThat(session.selection().codingId()).isEqualTo(id);
    }

    @Test
    void theArrowKeysWalkTheUtterancesAndStopAtTheEnds() {
        controller.moveSelection(1);
        assertThat(session.selectedUtterance()).contains(utterances.get(0));
        controller.moveSelection(-1);
        assertThat(session.selectedUtterance()).contains(utterances.get(0));
        for (int i = 0; i < utterances.size() + 3; i++) {
            controller.moveSelection(1);
        }
        assertThat(session.selectedUtterance()).contains(utterances.get(utterances.size() - 1));
    }

    @Test
    void aDraggedTimeRangeIsCodedAsIsAndBoundariesCanBeMoved() {
        controller.selectRange(12_000, 3_000);
        controller.code(code("W3"));
        Coding c = mine().get(0);
        assertThat(c.start()).isEqualTo(3_000);
        assertThat(c.end()).isEqualTo(12_000);

        controller.retimeSelected(4_000, 13_500);
        assertThat(mine().get(0).start()).isEqualTo(4_000);
        assertThat(mine().get(0).end()).isEqualTo(13_500);
        controller.undo();
        assertThat(mine().get(0).start()).isEqualTo(3_000);
    }

    @Test
    void notesAreWrittenAndRemoved() {
        controller.selectUtterance(utterances.get(9).annotationId());
        controller.code(code("C2"));
        controller.setNote("questions the point of the work");
        assertThat(mine().get(0).note()).isEqualTo("questions the point of the work");
        assertThat(controller.setNote("questions the point of the work").done()).isFalse();
        controller.setNote("");
        assertThat(mine().get(0).note()).isEmpty();
    }

    @Test
    void aNoteGoesToTheCodingItWasWrittenForWhateverIsSelectedNow() {
        controller.selectUtterance(utterances.get(5).annotationId());
        controller.code(code("C4"));
        String b = session.selection().codingId();
        controller.selectUtterance(utterances.get(9).annotationId());
        controller.code(code("C2"));
        String a = session.selection().codingId();
        controller.selectUtterance(utterances.get(5).annotationId());  // B's utterance is selected now
        var outcome = controller.setNote(a, "felt dismissed");
        assertThat(outcome.done()).isTrue();
        assertThat(outcome.message()).startsWith("Note saved on C2 at ");
        assertThat(session.coding(a).orElseThrow().note()).isEqualTo("felt dismissed");
        assertThat(session.coding(b).orElseThrow().note()).isEmpty();
        controller.undo();
        assertThat(session.coding(a).orElseThrow().note()).isEmpty();
    }

    @Test
    void blindModeShowsOnlyTheCurrentCodersCodings() {
        controller.selectUtterance(utterances.get(9).annotationId());
        controller.code(code("C2"));
        assertThat(session.visibleCodings()).extracting(Coding::coder).contains("A", "R");
        session.setBlind(true);
        assertThat(session.visibleCodings()).extracting(Coding::coder).containsOnly("R");
        assertThat(session.isVisibleCoder("A")).isFalse();
    }

    @Test
    void listenersHearEditsSelectionsAndStateChanges() {
        List<SessionListener.Change> heard = new ArrayList<>();
        session.addListener(heard::add);
        controller.moveSelection(1);
        controller.code(code("W2"));
        session.setBlind(true);
        controller.undo();
        assertThat(heard).containsExactly(SessionListener.Change.SELECTION, SessionListener.Change.DOCUMENT,
                SessionListener.Change.STATE, SessionListener.Change.DOCUMENT);
    }

    @Test
    void afterChoosingAnotherSchemeCodesGoToThatSchemesTiersAndOtherSchemesCodesAreRefused() {
        var cisr = session.schemes().require("cis-r");
        Code first = cisr.codes().findFirst().orElseThrow();
        Code c2 = code("C2");
        session.setScheme(cisr);
        controller.moveSelection(1);
        assertThat(controller.code(c2).message()).contains("not part of");
        assertThat(controller.code(first).done()).isTrue();
        assertThat(mine()).singleElement().satisfies(c -> {
            assertThat(c.schemeRef()).isEqualTo(cisr.ref());
            assertThat(c.code()).isEqualTo(first.id());
        });
    }
}
