package org.attune.annotator.ui;

import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attune.annotator.Annotator;
import org.attune.annotator.files.AppHome;

/**
 * The process that the kill -9 test kills: opens the sample, codes C4 on an utterance by keyboard, waits for the
 * autosave (every second under {@code -Dattune.autosave.seconds=1}), says {@link #AUTOSAVED} and waits to be killed.
 */
public final class CrashChild {
    static final String AUTOSAVED = "AUTOSAVED";

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        AppHome home = AppHome.at(Path.of(args[0]));
        MainFrame frame = (MainFrame) Annotator.launch(null, home).get(60, TimeUnit.SECONDS);
        Robot robot = new Robot();
        robot.setAutoDelay(40);
        AnnotatorSmokeTest.clickRow(robot, frame.transcript().table(), 5);
        Edt.waitFor(() -> frame.session().selection().utteranceId() != null);
        AnnotatorSmokeTest.press(robot, KeyEvent.VK_R);          // C4
        Edt.waitFor(() -> frame.session().isDirty());
        System.out.println("CODED");
        Path recovery = home.recoveryFolder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !hasFiles(recovery)) {
            Thread.sleep(100);
        }
        System.out.println(hasFiles(recovery) ? AUTOSAVED : "NO AUTOSAVE in " + recovery);
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        System.exit(3);
    }

    private static boolean hasFiles(Path folder) throws java.io.IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isPresent();
        }
    }
}
