package org.attune.annotator.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.attune.annotator.session.AnnotationSession;
import org.attune.core.model.AnnotationDocument;

/**
 * Autosave: every period (30 s in the app), if the session has unsaved changes that were not autosaved yet,
 * its current snapshot is written to its recovery file on a background thread. Snapshots are immutable, so the
 * session is only read, never locked.
 */
public final class Autosave implements AutoCloseable {

    /** The app's period. */
    public static final long PERIOD_SECONDS = 30;

    /**
     * The period the app uses: {@link #PERIOD_SECONDS}, or the whole number of seconds (at least 1) in the system
     * property {@code attune.autosave.seconds} (the crash test autosaves every second).
     */
    public static long configuredPeriod() {
        return Math.max(1, Long.getLong("attune.autosave.seconds", PERIOD_SECONDS));
    }

    private final AnnotationSession session;
    private final Recovery recovery;
    private final Consumer<IOException> onFailure;
    private final ScheduledExecutorService executor;
    private volatile AnnotationDocument lastWritten;

    public Autosave(AnnotationSession session, Recovery recovery, Consumer<IOException> onFailure) {
        this.session = session;
        this.recovery = recovery;
        this.onFailure = onFailure;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "attune-autosave");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts saving every {@code periodSeconds}. */
    public void start(long periodSeconds) {
        executor.scheduleWithFixedDelay(this::runOnce, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    /** One autosave pass (what the timer runs); returns whether a recovery file was written. */
    public boolean runOnce() {
        AnnotationDocument doc = session.snapshot().document();
        if (!session.isDirty() || doc == lastWritten) {
            return false;
        }
        Path original = session.file().orElse(null);
        try {
            recovery.save(doc, original);
            lastWritten = doc;
            return true;
        } catch (IOException e) {
            onFailure.accept(e);
            return false;
        } catch (RuntimeException e) {
            onFailure.accept(new IOException("autosave failed: " + e.getMessage(), e));
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
