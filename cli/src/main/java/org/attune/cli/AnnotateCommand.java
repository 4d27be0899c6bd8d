package org.attune.cli;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.attune.annotator.Annotator;
import org.attune.annotator.files.AppHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune annotate [FILE.eaf]}: the desktop annotator. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Open the annotator window on FILE, or on the bundled sample session (with a synthetic "
                + "recording) when no file is given. Needs a display.",
            "Settings, autosaved recovery files and the sample live in --home (default ~/.attune)."})
final class AnnotateCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The .eaf file to code.")
    Path file;

    @Option(names = "--home", paramLabel = "DIR", description = "The annotator's settings folder (default: ~/.attune).")
    Path home;

    @Override
    public Integer call() throws Exception {
        if (file != null && !Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new Failures.UserError("annotate needs a display (no DISPLAY; on a server try 'xvfb-run -a ./attune annotate')");
        }
        AppHome appHome = AppHome.at(home != null ? home : AppHome.defaultRoot());
        javax.swing.JFrame frame;
        try {
            frame = Annotator.launch(file, appHome).join();
        } catch (CompletionException e) {
            throw new Failures.UserError("the annotator could not start: " + e.getCause().getMessage());
        }
        CountDownLatch closed = new CountDownLatch(1);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                closed.countDown();
            }
        });
        if (frame.isDisplayable()) {
            closed.await();
        }
        return 0;
    }
}
