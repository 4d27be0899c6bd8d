package org.attune.annotator;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import org.attune.annotator.files.AppHome;
import org.attune.annotator.files.DocumentFiles;
import org.attune.annotator.keys.AppCommand;
import org.attune.annotator.keys.ShortcutRegistry;
import org.attune.annotator.sample.SampleSession;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.ui.MainFrame;
import org.attune.annotator.ui.Theme;
import org.attune.core.scheme.SchemeRegistry;

/**
 * Starts the annotator window.
 *
 * <pre>{@code
 * Annotator.launch(Path.of("session.eaf"), AppHome.at(AppHome.defaultRoot())).join();
 * }</pre>
 */
public final class Annotator {

    private Annotator() {
    }

    /**
     * Opens the main window on {@code file} (or, when null, on the bundled sample session with its synthetic
     * audio). The file is read in the background; a file that cannot be read is reported with its
     * {@code file:line:column} message and the sample is opened instead. The coder's name is asked once and
     * remembered in {@code home}. Completes with the visible window (an {@code org.attune.annotator.ui.MainFrame},
     * whose package is internal).
     *
     * @throws java.awt.HeadlessException when there is no display
     */
    public static CompletableFuture<JFrame> launch(Path file, AppHome home) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new java.awt.HeadlessException("the annotator needs a display (DISPLAY is not set)");
        }
        return CompletableFuture.supplyAsync(() -> read(file, home), ForkJoinPool.commonPool())
                .thenCompose(opened -> {
                    CompletableFuture<JFrame> shown = new CompletableFuture<>();
                    EventQueue.invokeLater(() -> {
                        try {
                            shown.complete(show(opened, home));
                        } catch (RuntimeException e) {
                            shown.completeExceptionally(e);
                        }
                    });
                    return shown;
                });
    }

    /** What to open: the file, or the sample (with the reason the file was not opened). */
    private record Opening(DocumentFiles.Loaded loaded, String failure) {
    }

    private static Opening read(Path file, AppHome home) {
        String failure = null;
        if (file != null) {
            DocumentFiles.Opened r = DocumentFiles.open(file);
            if (r instanceof DocumentFiles.Loaded) {
                return new Opening((DocumentFiles.Loaded) r, null);
            }
            failure = ((DocumentFiles.Failed) r).message();
        }
        try {
            DocumentFiles.Opened sample = DocumentFiles.open(SampleSession.install(home.sampleFolder()));
            if (sample instanceof DocumentFiles.Loaded) {
                return new Opening((DocumentFiles.Loaded) sample, failure);
            }
            throw new IllegalStateException(((DocumentFiles.Failed) sample).message());
        } catch (IOException e) {
            throw new IllegalStateException("the sample session could not be set up: " + e.getMessage(), e);
        }
    }

    private static MainFrame show(Opening opening, AppHome home) {
        Theme.install(home.dark());
        String coder = home.coder().orElseGet(() -> askCoder(home));
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        AnnotationSession session = new AnnotationSession(opening.loaded().document(), opening.loaded().file(),
                schemes, coder);
        ShortcutRegistry keys = AppCommand.registerAll(new ShortcutRegistry());
        MainFrame frame = new MainFrame(session, home, keys);
        frame.setLocationRelativeTo(null);
        frame.setVisible(true);
        if (!frame.claimOpenFile()) {
            frame.quit();
            return frame;
        }
        if (opening.failure() != null) {
            frame.status().show(opening.failure());
            JOptionPane.showMessageDialog(frame, opening.failure() + "\n\nThe sample session was opened instead.",
                    "Cannot open the file", JOptionPane.ERROR_MESSAGE);
        }
        if (opening.failure() == null && !opening.loaded().file().startsWith(home.sampleFolder())) {
            try {
                home.addRecent(opening.loaded().file());
            } catch (IOException e) {
                frame.status().show("Recent files not updated: " + e.getMessage());
            }
        }
        frame.files().offerRecovery();
        return frame;
    }

    private static String askCoder(AppHome home) {
        String name = JOptionPane.showInputDialog(null,
                "Your coder name or initials. Your codes go to tiers of your own; Attune remembers it.",
                "Who is coding?", JOptionPane.QUESTION_MESSAGE);
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            home.setCoder(name.strip());
        } catch (IOException e) {
            // remembered for this run only; the status bar shows the coder
        }
        return name.strip();
    }
}
