package org.attune.annotator.bench;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import org.attune.annotator.Annotator;
import org.attune.annotator.files.AppHome;
import org.attune.annotator.ui.MainFrame;

/**
 * In the real window: from a code key's dispatch on the Event Dispatch Thread to the end of the repaint that shows
 * the new code (a {@link RepaintManager} notes when painting ends). Key presses come from a robot.
 */
final class WindowLatency {

    private WindowLatency() {
    }

    static void measure(Path session) throws Exception {
        Path home = Files.createTempDirectory("attune-bench-home");
        Files.writeString(home.resolve("annotator.properties"), "coder=R\n");
        MainFrame frame = (MainFrame) Annotator.launch(session, AppHome.at(home)).get(60, TimeUnit.SECONDS);
        AtomicLong pressed = new AtomicLong();
        AtomicLong painted = new AtomicLong();
        EventQueue.invokeAndWait(() -> {
            RepaintManager.setCurrentManager(new RepaintManager() {
                @Override
                public void paintDirtyRegions() {
                    super.paintDirtyRegions();
                    painted.set(System.nanoTime());
                }
            });
            Toolkit.getDefaultToolkit().addAWTEventListener(e -> {
                if (e.getID() == KeyEvent.KEY_PRESSED && ((KeyEvent) e).getKeyCode() == KeyEvent.VK_W) {
                    pressed.set(System.nanoTime());
                }
            }, AWTEvent.KEY_EVENT_MASK);
        });
        Robot robot = new Robot();
        robot.setAutoDelay(20);
        Point p = onEdt(frame);
        robot.mouseMove(p.x, p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
        int n = 60;
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            robot.keyPress(KeyEvent.VK_DOWN);
            robot.keyRelease(KeyEvent.VK_DOWN);
            robot.waitForIdle();
            robot.keyPress(KeyEvent.VK_W);
            robot.keyRelease(KeyEvent.VK_W);
            robot.waitForIdle();
            ms[i] = (painted.get() - pressed.get()) / 1e6;
        }
        double[] s = Arrays.copyOfRange(ms, 10, n);
        Arrays.sort(s);
        System.out.printf("%-52s median %7.1f ms   p90 %7.1f ms   max %7.1f ms   (n=%d)%n",
                "window: code key dispatched -> repaint done", s[s.length / 2], s[(int) (s.length * 0.9)],
                s[s.length - 1], s.length);
        EventQueue.invokeAndWait(frame::dispose);
    }

    private static Point onEdt(MainFrame frame) throws Exception {
        Point[] out = new Point[1];
        EventQueue.invokeAndWait(() -> {
            JComponent table = frame.transcript().table();
            Rectangle r = frame.transcript().table().getCellRect(0, 2, true);
            Point at = new Point(r.x + 20, r.y + r.height / 2);
            SwingUtilities.convertPointToScreen(at, table);
            out[0] = at;
        });
        return out[0];
    }
}
