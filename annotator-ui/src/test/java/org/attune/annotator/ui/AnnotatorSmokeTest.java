package org.attune.annotator.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;
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
 * The real application on the bundled sample, driven by real key presses (java.awt.Robot): select an
 * utterance, code a rupture and rate it, code a resolution on the next one, undo and redo, save with the
 * shortcut, and check the saved EAF with the core reader. Needs a display: runs under {@code xvfb-run} in CI
 * ({@code .ci/run}); skipped with a message without one. Writes screenshots to {@code target/screenshots}.
 */
class AnnotatorSmokeTest {

    private MainFrame frame;

    @AfterEach
    void close() throws Exception {
        if (frame != null) {
            EventQueue.invokeAndWait(() -> frame.dispose());
        }
    }

    @Test
    void codesRatesAndSavesByKeyboard(@TempDir Path home) throws Exception {
        requireDisplay();
        Files.writeString(home.resolve("annotator.properties"), "coder=R\n");
        frame = (MainFrame) Annotator.launch(null, AppHome.at(home)).get(60, TimeUnit.SECONDS);
        Path eaf = home.resolve("sample").resolve(SampleSession.EAF);
        assertThat(home.resolve("sample").resolve(SampleSession.WAV)).isRegularFile();
        Robot robot = new Robot();
        robot.setAutoDelay(40);
        Edt.waitFor(() -> frame.media().player().isPresent());
        Rectangle bounds = Edt.call(frame::getBounds);
        Screens.capture(robot, bounds, "01-sample-open");

        List<Utterance> utterances = Edt.call(() -> frame.session().view().utterances());
        int row = 9; // "It's just that every time we talk about her I leave feeling worse..."
        clickRow(robot, frame.transcript().table(), row);
        Edt.waitFor(() -> utterances.get(row).annotationId().equals(frame.session().selection().utteranceId()));
        press(robot, KeyEvent.VK_W);          // C2 Patient rejects therapist intervention
        press(robot, KeyEvent.VK_4);          // rate 4
        press(robot, KeyEvent.VK_DOWN);       // next utterance (the therapist)
        press(robot, KeyEvent.VK_G);          // R5 Therapist acknowledges their contribution
        pressCtrl(robot, KeyEvent.VK_Z);      // undo R5
        Edt.waitFor(() -> mine(frame.session().view().codings()).size() == 1);
        pressCtrl(robot, KeyEvent.VK_Y);      // redo R5
        Edt.waitFor(() -> mine(frame.session().view().codings()).size() == 2);
        Screens.capture(robot, bounds, "02-coded-by-keyboard");

        long from = Edt.call(() -> frame.timeline().playhead());
        press(robot, KeyEvent.VK_SPACE);      // play: the playhead follows the clock (silent without a sound device)
        Edt.waitFor(() -> frame.timeline().playhead() > from + 300);
        press(robot, KeyEvent.VK_SPACE);      // pause
        Edt.waitFor(() -> !frame.media().player().orElseThrow().isPlaying());

        pressCtrl(robot, KeyEvent.VK_S);      // save
        Edt.waitFor(() -> !frame.session().isDirty());

        SessionView saved = SessionView.of(Eaf.read(eaf).document(), SchemeRegistry.builtIn()::find);
        List<Coding> codings = mine(saved.codings());
        assertThat(codings).extracting(Coding::code).containsExactly("C2", "R5");
        Coding c2 = codings.get(0);
        assertThat(c2.rating()).isEqualTo(4);
        assertThat(c2.category()).isEqualTo("confrontation");
        assertThat(c2.start()).isEqualTo(utterances.get(row).start());
        assertThat(c2.end()).isEqualTo(utterances.get(row).end());
        assertThat(codings.get(1).start()).isEqualTo(utterances.get(row + 1).start());
        assertThat(codings.get(1).tierId()).contains("R").contains("resolution");
        assertThat(saved.codings()).filteredOn(c -> c.coder().equals("A")).hasSize(14);

        // drag a time range over the waveform, code it C3 by key, then undo
        Point[] drag = Edt.call(() -> {
            var view = frame.timeline();
            java.awt.Rectangle v = view.getVisibleRect();
            int y = org.attune.annotator.ui.timeline.TimelineLayout.HEADER + 10;
            Point a = new Point(v.x + 200, y);
            Point b = new Point(v.x + 320, y);
            javax.swing.SwingUtilities.convertPointToScreen(a, view);
            javax.swing.SwingUtilities.convertPointToScreen(b, view);
            return new Point[] {a, b};
        });
        robot.mouseMove(drag[0].x, drag[0].y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        for (int i = 1; i <= 6; i++) {
            robot.mouseMove(drag[0].x + (drag[1].x - drag[0].x) * i / 6, drag[0].y);
        }
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        Edt.waitFor(() -> frame.session().selection().range() != null);
        var range = Edt.call(() -> frame.session().selection().range());
        assertThat(range.end() - range.start()).isGreaterThan(1_000);
        press(robot, KeyEvent.VK_E);          // C3 on the dragged range
        Edt.waitFor(() -> mine(frame.session().view().codings()).stream()
                .anyMatch(c -> c.code().equals("C3") && c.start() == range.start() && c.end() == range.end()));
        Screens.capture(robot, bounds, "03-range-coded");
        pressCtrl(robot, KeyEvent.VK_Z);
        Edt.waitFor(() -> !frame.session().isDirty());

        Edt.run(() -> frame.sideTabs().setSelectedIndex(1));
        Screens.capture(robot, bounds, "04-segment-sheet");
        pressCtrl(robot, KeyEvent.VK_D);      // dark theme
        Screens.capture(robot, bounds, "05-dark");
        pressCtrl(robot, KeyEvent.VK_F);      // search
        for (char ch : "C2".toCharArray()) {
            if (Character.isUpperCase(ch)) {
                robot.keyPress(KeyEvent.VK_SHIFT);
            }
            press(robot, KeyEvent.getExtendedKeyCodeForChar(ch));
            if (Character.isUpperCase(ch)) {
                robot.keyRelease(KeyEvent.VK_SHIFT);
            }
        }
        press(robot, KeyEvent.VK_ENTER);
        Edt.waitFor(() -> frame.search().hitList().getModel().getSize() == 1);
        Screens.capture(robot, bounds, "06-search-dark");
        pressCtrl(robot, KeyEvent.VK_D);

        // View > Keys…: the shortcut table
        Edt.run(() -> menuItem(frame, "View", "Keys…").doClick());
        Edt.waitFor(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(x -> x instanceof ShortcutsDialog && x.isShowing()));
        java.awt.Window keys = Edt.call(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(x -> x instanceof ShortcutsDialog && x.isShowing()).findFirst().orElseThrow());
        Screens.capture(robot, Edt.call(keys::getBounds), "08-keys");
        // it has a Close button, and Esc closes it
        assertThat(Edt.call(() -> buttons(keys))).contains("Close", "Change…");
        javax.swing.Action esc = Edt.call(() -> {
            javax.swing.JRootPane root = ((javax.swing.JDialog) keys).getRootPane();
            Object name = root.getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW)
                    .get(javax.swing.KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0));
            return name == null ? null : root.getActionMap().get(name);
        });
        assertThat(esc).as("an Esc binding on the Keys dialog").isNotNull();
        Edt.run(() -> esc.actionPerformed(new java.awt.event.ActionEvent(keys, 0, "Esc")));
        Edt.waitFor(() -> !keys.isShowing());

        // Help > About Attune: the name and version (a modal dialog: clicked later, so that this thread goes on)
        java.awt.EventQueue.invokeLater(() -> menuItem(frame, "Help", "About Attune").doClick());
        Edt.waitFor(() -> aboutDialog() != null);
        javax.swing.JDialog about = Edt.call(AnnotatorSmokeTest::aboutDialog);
        String text = Edt.call(() -> String.valueOf(((javax.swing.JOptionPane) about.getContentPane().getComponent(0))
                .getMessage()));
        assertThat(text).startsWith("Attune ").contains("Apache License 2.0", "Java ");
        Screens.capture(robot, Edt.call(about::getBounds), "13-about");
        Edt.run(about::dispose);
    }

    /** The texts of every button in a window. */
    private static List<String> buttons(java.awt.Container c) {
        List<String> out = new java.util.ArrayList<>();
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.AbstractButton b && b.getText() != null) {
                out.add(b.getText());
            }
            if (child instanceof java.awt.Container inner) {
                out.addAll(buttons(inner));
            }
        }
        return out;
    }

    private static javax.swing.JDialog aboutDialog() {
        return java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(x -> x instanceof javax.swing.JDialog d && "About Attune".equals(d.getTitle()) && x.isShowing())
                .map(x -> (javax.swing.JDialog) x).findFirst().orElse(null);
    }

    /** The item of a menu of the window's menu bar, by their texts. */
    private static javax.swing.JMenuItem menuItem(MainFrame frame, String menu, String item) {
        javax.swing.JMenuBar bar = frame.getJMenuBar();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            if (menu.equals(bar.getMenu(m).getText())) {
                for (int i = 0; i < bar.getMenu(m).getItemCount(); i++) {
                    javax.swing.JMenuItem it = bar.getMenu(m).getItem(i);
                    if (it != null && item.equals(it.getText())) {
                        return it;
                    }
                }
            }
        }
        throw new AssertionError("no menu item " + menu + " > " + item);
    }

    @Test
    void afterACrashTheAutosavedWorkIsOfferedAndRestored(@TempDir Path home) throws Exception {
        requireDisplay();
        Files.writeString(home.resolve("annotator.properties"), "coder=R\n");
        frame = (MainFrame) Annotator.launch(null, AppHome.at(home)).get(60, TimeUnit.SECONDS);
        Robot robot = new Robot();
        robot.setAutoDelay(40);
        clickRow(robot, frame.transcript().table(), 5);
        Edt.waitFor(() -> frame.session().selection().utteranceId() != null);
        press(robot, KeyEvent.VK_R);          // C4
        Edt.waitFor(() -> frame.session().isDirty());
        assertThat(frame.autosave().runOnce()).as("what the 30 s timer does").isTrue();
        // the crash: the window goes away without saving or cleaning up
        MainFrame crashed = frame;
        Edt.run(() -> {
            crashed.autosave().close();
            crashed.dispose();
        });

        // as after a real crash, its process is gone: its lock and its recovery files name a process that ended
        leftByAnEndedProcess(home);

        var next = Annotator.launch(null, AppHome.at(home));
        java.awt.Window takeOver = dialog();
        assertThat(Edt.call(() -> text(takeOver))).contains("seems to have ended (process ended)");
        Screens.capture(robot, Edt.call(takeOver::getBounds), "09-take-over-offer");
        press(robot, KeyEvent.VK_ENTER);      // "Take over", the default button
        Edt.waitFor(() -> !takeOver.isShowing());
        java.awt.Window dialog = dialog();
        Screens.capture(robot, Edt.call(dialog::getBounds), "07-restore-offer");
        press(robot, KeyEvent.VK_ENTER);      // "Yes", the default button
        frame = (MainFrame) next.get(30, TimeUnit.SECONDS);
        assertThat(Edt.call(() -> frame.session().isDirty())).isTrue();
        assertThat(Edt.call(() -> mine(frame.session().view().codings()))).extracting(Coding::code)
                .containsExactly("C4");
    }

    @Test
    void afterKillMinus9TheNextStartOffersTheAutosavedWorkAndRestoresIt(@TempDir Path home) throws Exception {
        requireDisplay();
        Files.writeString(home.resolve("annotator.properties"), "coder=R\n");
        // the annotator in a process of its own, autosaving every second, codes C4 by keyboard ...
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dattune.autosave.seconds=1", "-cp", childClassPath(), CrashChild.class.getName(), home.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            StringBuilder seen = new StringBuilder();
            String line;
            do {
                line = lines.poll(90, TimeUnit.SECONDS);
                seen.append(line).append('\n');
            } while (line != null && !line.equals(CrashChild.AUTOSAVED));
            assertThat(line).as("the child coded and autosaved; it said:%n%s", seen).isEqualTo(CrashChild.AUTOSAVED);
        } finally {
            // ... and is killed with SIGKILL (kill -9): no shutdown hook, no clean-up, no save
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);

        // the next start offers the autosaved work back
        Robot robot = new Robot();
        robot.setAutoDelay(40);
        var next = Annotator.launch(null, AppHome.at(home));
        java.awt.Window takeOver = dialog();  // the killed annotator's lock is left: its process has ended
        assertThat(Edt.call(() -> text(takeOver))).contains("(process ended)");
        press(robot, KeyEvent.VK_ENTER);      // "Take over", the default button
        Edt.waitFor(() -> !takeOver.isShowing());
        dialog();
        press(robot, KeyEvent.VK_ENTER);      // "Yes", the default button
        frame = (MainFrame) next.get(30, TimeUnit.SECONDS);
        assertThat(Edt.call(() -> frame.session().isDirty())).isTrue();
        assertThat(Edt.call(() -> mine(frame.session().view().codings()))).extracting(Coding::code)
                .containsExactly("C4");
    }

    @Test
    void aSessionOpenInAnotherAnnotatorOpensReadOnlyAndSaysWhoHasIt(@TempDir Path home) throws Exception {
        requireDisplay();
        Files.writeString(home.resolve("annotator.properties"), "coder=R\n");
        frame = (MainFrame) Annotator.launch(null, AppHome.at(home)).get(60, TimeUnit.SECONDS);
        Path eaf = home.resolve("sample").resolve(SampleSession.EAF);
        assertThat(eaf.resolveSibling(".~lock." + eaf.getFileName() + "#")).isRegularFile();
        Robot robot = new Robot();
        robot.setAutoDelay(40);
        // a second window on the same file (two coders on one account)
        var second = Annotator.launch(null, AppHome.at(home));
        java.awt.Window dialog = dialog();
        assertThat(Edt.call(() -> text(dialog))).contains(SampleSession.EAF + " is open in Attune by "
                + System.getProperty("user.name") + " on ").contains("Open it read-only?");
        Screens.capture(robot, Edt.call(dialog::getBounds), "10-open-elsewhere");
        press(robot, KeyEvent.VK_ENTER);      // "Open read-only", the default button
        MainFrame other = (MainFrame) second.get(30, TimeUnit.SECONDS);
        try {
            assertThat(Edt.call(other::getTitle)).contains("(read-only)");
            assertThat(Edt.call(frame::getTitle)).doesNotContain("read-only");
            Screens.capture(robot, Edt.call(other::getBounds), "11-read-only-window");
        } finally {
            Edt.run(other::dispose);
        }
    }

    /** The dialog that shows next (waits for it). */
    private static java.awt.Window dialog() throws Exception {
        Edt.waitFor(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> w instanceof javax.swing.JDialog && w.isShowing()));
        return Edt.call(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(w -> w instanceof javax.swing.JDialog && w.isShowing()).findFirst().orElseThrow());
    }

    /** All the text of a dialog's labels and text areas. */
    private static String text(java.awt.Container c) {
        StringBuilder b = new StringBuilder();
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.JLabel l && l.getText() != null) {
                b.append(l.getText()).append('\n');
            } else if (k instanceof javax.swing.text.JTextComponent t) {
                b.append(t.getText()).append('\n');
            }
            if (k instanceof java.awt.Container inner) {
                b.append(text(inner));
            }
        }
        return b.toString();
    }

    /** Makes the lock files and recovery files under {@code home} name a process that has ended (a crash). */
    private static void leftByAnEndedProcess(Path home) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path recovery = AppHome.at(home).recoveryFolder();
        try (var files = Files.walk(home)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(".~lock.")
                    || f.toString().endsWith(".properties") && f.getParent().equals(recovery))
                    .toList()) {
                Files.writeString(f, Files.readString(f).replaceAll("(?m)^pid=.*$", "pid=" + ended.pid()));
            }
        }
    }

    /** This JVM's module path and class path, as one class path for the child. */
    private static String childClassPath() {
        String modules = System.getProperty("jdk.module.path", "");
        String classes = System.getProperty("java.class.path", "");
        return modules.isEmpty() ? classes : classes.isEmpty() ? modules : modules + java.io.File.pathSeparator + classes;
    }

    /** Skips without a display, unless CI requires the UI tests (ATTUNE_UI_TESTS=required, set by .ci/run). */
    private static void requireDisplay() {
        if ("required".equals(System.getenv("ATTUNE_UI_TESTS"))) {
            assertThat(GraphicsEnvironment.isHeadless()).as("ATTUNE_UI_TESTS=required but there is no display").isFalse();
        }
        assumeFalse(GraphicsEnvironment.isHeadless(),
                "no display: the robot smoke tests need one (run under xvfb-run -a, as .ci/run does)");
    }

    private static List<Coding> mine(List<Coding> codings) {
        return codings.stream().filter(c -> c.coder().equals("R")).toList();
    }

    static void clickRow(Robot robot, JTable table, int row) throws Exception {
        Point p = Edt.call(() -> {
            Rectangle r = table.getCellRect(row, 2, true);
            table.scrollRectToVisible(r);
            Point at = new Point(r.x + 20, r.y + r.height / 2);
            javax.swing.SwingUtilities.convertPointToScreen(at, table);
            return at;
        });
        robot.mouseMove(p.x, p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    static void press(Robot robot, int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
    }

    private static void pressCtrl(Robot robot, int key) {
        robot.keyPress(KeyEvent.VK_CONTROL);
        press(robot, key);
        robot.keyRelease(KeyEvent.VK_CONTROL);
        robot.waitForIdle();
    }
}
