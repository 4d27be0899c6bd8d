package org.attune.annotator.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.annotator.Annotator;
import org.attune.annotator.files.AppHome;
import org.attune.annotator.sample.SampleSession;
import org.attune.core.eaf.Eaf;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note belongs to the coding it was opened for: the sequence that once moved a note onto another coding (select
 * coding A, press n, type, Ctrl+Enter, click an utterance with coding B), with real key presses and clicks, and the
 * saved file checked. Needs a display (xvfb-run in CI), like {@link AnnotatorSmokeTest}.
 */
class NoteEditRobotTest {

    private MainFrame frame;

    @AfterEach
    void close() throws Exception {
        if (frame != null) {
            EventQueue.invokeAndWait(() -> frame.dispose());
        }
    }

    @Test
    void aNoteWrittenOnCodingAStaysOnAWhenAnotherUtteranceWithCodingBIsClicked(@TempDir Path home) throws Exception {
        if ("required".equals(System.getenv("ATTUNE_UI_TESTS"))) {
            assertThat(GraphicsEnvironment.isHeadless()).as("ATTUNE_UI_TESTS=required but there is no display").isFalse();
        }
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the robot tests need one (xvfb-run -a)");
        Files.writeString(home.resolve("annotator.properties"), "coder=R\n");
        frame = (MainFrame) Annotator.launch(null, AppHome.at(home)).get(60, TimeUnit.SECONDS);
        Path eaf = home.resolve("sample").resolve(SampleSession.EAF);
        Robot robot = new Robot();
        robot.setAutoDelay(40);
        List<Utterance> utterances = Edt.call(() -> frame.session().view().utterances());
        var table = frame.transcript().table();

        // coding B: C4 on utterance 5; coding A: C2 on utterance 9 (selected after coding)
        AnnotatorSmokeTest.clickRow(robot, table, 5);
        Edt.waitFor(() -> utterances.get(5).annotationId().equals(frame.session().selection().utteranceId()));
        AnnotatorSmokeTest.press(robot, KeyEvent.VK_R);
        Edt.waitFor(() -> mine(frame.session().view().codings()).size() == 1);
        AnnotatorSmokeTest.clickRow(robot, table, 9);
        Edt.waitFor(() -> utterances.get(9).annotationId().equals(frame.session().selection().utteranceId()));
        AnnotatorSmokeTest.press(robot, KeyEvent.VK_W);
        Edt.waitFor(() -> mine(frame.session().view().codings()).size() == 2);
        String a = Edt.call(() -> frame.session().selection().codingId());
        assertThat(Edt.call(() -> frame.session().coding(a).orElseThrow().code())).isEqualTo("C2");

        // n, a note, Ctrl+Enter, then a click on the utterance that has coding B
        AnnotatorSmokeTest.press(robot, KeyEvent.VK_N);
        Edt.waitFor(() -> frame.inspector().noteField().isFocusOwner());
        type(robot, "felt dismissed");
        assertThat(Edt.call(() -> frame.inspector().noteField().getText())).as("the n that opened the note is not in it")
                .isEqualTo("felt dismissed");
        ctrl(robot, KeyEvent.VK_ENTER);
        Edt.waitFor(() -> "felt dismissed".equals(frame.session().coding(a).orElseThrow().note()));
        Screens.capture(robot, Edt.call(frame::getBounds), "12-note-saved");
        assertThat(Edt.call(() -> frame.status().message())).contains("Note saved on C2");
        AnnotatorSmokeTest.clickRow(robot, table, 5);
        Edt.waitFor(() -> utterances.get(5).annotationId().equals(frame.session().selection().utteranceId()));
        robot.waitForIdle();
        Edt.run(() -> { });
        assertThat(Edt.call(() -> frame.inspector().noteField().getText())).as("the inspector shows B's (empty) note")
                .isEmpty();
        ctrl(robot, KeyEvent.VK_S);
        Edt.waitFor(() -> !frame.session().isDirty());

        List<Coding> saved = mine(SessionView.of(Eaf.read(eaf).document(), SchemeRegistry.builtIn()::find).codings());
        assertThat(saved).extracting(Coding::code).containsExactlyInAnyOrder("C4", "C2");
        assertThat(saved).filteredOn(c -> c.code().equals("C2")).singleElement().extracting(Coding::note)
                .isEqualTo("felt dismissed");
        assertThat(saved).filteredOn(c -> c.code().equals("C4")).singleElement().extracting(Coding::note)
                .isEqualTo("");
    }

    @Test
    void aSelectionThatMovesWhileTheNoteFieldKeepsTheFocusDoesNotTakeTheNoteAlong(@TempDir Path home) throws Exception {
        if ("required".equals(System.getenv("ATTUNE_UI_TESTS"))) {
            assertThat(GraphicsEnvironment.isHeadless()).as("ATTUNE_UI_TESTS=required but there is no display").isFalse();
        }
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the robot tests need one (xvfb-run -a)");
        Files.writeString(home.resolve("annotator.properties"), "coder=R\n");
        frame = (MainFrame) Annotator.launch(null, AppHome.at(home)).get(60, TimeUnit.SECONDS);
        Path eaf = home.resolve("sample").resolve(SampleSession.EAF);
        Robot robot = new Robot();
        robot.setAutoDelay(40);
        List<Utterance> utterances = Edt.call(() -> frame.session().view().utterances());
        var table = frame.transcript().table();
        AnnotatorSmokeTest.clickRow(robot, table, 5);
        Edt.waitFor(() -> utterances.get(5).annotationId().equals(frame.session().selection().utteranceId()));
        AnnotatorSmokeTest.press(robot, KeyEvent.VK_R);                 // coding B: C4
        Edt.waitFor(() -> mine(frame.session().view().codings()).size() == 1);
        AnnotatorSmokeTest.clickRow(robot, table, 9);
        Edt.waitFor(() -> utterances.get(9).annotationId().equals(frame.session().selection().utteranceId()));
        AnnotatorSmokeTest.press(robot, KeyEvent.VK_W);                 // coding A: C2, selected
        Edt.waitFor(() -> mine(frame.session().view().codings()).size() == 2);
        AnnotatorSmokeTest.press(robot, KeyEvent.VK_N);
        Edt.waitFor(() -> frame.inspector().noteField().isFocusOwner());
        type(robot, "felt dismissed");
        ctrl(robot, KeyEvent.VK_ENTER);
        // On a desktop the click on another row can select it before the note field has lost the focus (the window
        // system moves the focus later); a view that does not take the focus selects the same way. Here: B is
        // selected while the focus stays in the note field, then the focus moves on (Ctrl+Tab).
        Edt.run(() -> frame.coding().selectUtterance(utterances.get(5).annotationId()));
        assertThat(Edt.call(() -> frame.inspector().noteField().isFocusOwner())).isTrue();
        assertThat(Edt.call(() -> frame.inspector().noteField().getText())).as("the field shows B's note now").isEmpty();
        ctrl(robot, KeyEvent.VK_TAB);
        Edt.waitFor(() -> !frame.inspector().noteField().isFocusOwner());
        ctrl(robot, KeyEvent.VK_S);
        Edt.waitFor(() -> !frame.session().isDirty());
        List<Coding> saved = mine(SessionView.of(Eaf.read(eaf).document(), SchemeRegistry.builtIn()::find).codings());
        assertThat(saved).filteredOn(c -> c.code().equals("C2")).singleElement().extracting(Coding::note)
                .isEqualTo("felt dismissed");
        assertThat(saved).filteredOn(c -> c.code().equals("C4")).singleElement().extracting(Coding::note)
                .as("B keeps its own (empty) note").isEqualTo("");
    }

    private static List<Coding> mine(List<Coding> codings) {
        return codings.stream().filter(c -> c.coder().equals("R")).toList();
    }

    private static void type(Robot robot, String text) {
        for (char ch : text.toCharArray()) {
            AnnotatorSmokeTest.press(robot, ch == ' ' ? KeyEvent.VK_SPACE : KeyEvent.getExtendedKeyCodeForChar(ch));
        }
    }

    private static void ctrl(Robot robot, int key) {
        robot.keyPress(KeyEvent.VK_CONTROL);
        AnnotatorSmokeTest.press(robot, key);
        robot.keyRelease(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
    }
}
