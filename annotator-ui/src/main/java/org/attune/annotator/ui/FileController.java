package org.attune.annotator.ui;

import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingWorker;
import javax.swing.TransferHandler;
import org.attune.annotator.files.AppHome;
import org.attune.annotator.files.DocumentFiles;
import org.attune.annotator.files.Recovery;
import org.attune.annotator.files.SessionLock;
import org.attune.annotator.session.AnnotationSession;
import org.attune.core.model.AnnotationDocument;

/**
 * Open, save, save as, recent files, drag and drop, the unsaved-changes prompt and the crash-recovery offer.
 * Reading and writing run in {@link SwingWorker}s; the session is changed only on the Event Dispatch Thread.
 *
 * <p>One writer per session file: the file being edited is held with a {@link SessionLock} beside it, refreshed
 * every minute. A file another live annotator holds opens read-only (saving asks for another file); a lock whose
 * holder has ended is taken over after asking.
 */
public final class FileController {

    private final Prompts prompts;
    private final AnnotationSession session;
    private final AppHome home;
    private final Recovery recovery;
    private final StatusBar status;
    private final Runnable afterOpen;
    /** A lock whose holder has shown no sign of life for this long (on another host) is stale. */
    static final Duration LOCK_SILENCE = Duration.ofMinutes(10);
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "attune-lock-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile SessionLock lock;
    private boolean readOnly;

    public FileController(Prompts prompts, AnnotationSession session, AppHome home, Recovery recovery, StatusBar status,
                          Runnable afterOpen) {
        this.prompts = prompts;
        this.session = session;
        this.home = home;
        this.recovery = recovery;
        this.status = status;
        this.afterOpen = afterOpen;
        heartbeat.scheduleWithFixedDelay(() -> {
            SessionLock l = lock;
            if (l != null) {
                try {
                    l.heartbeat();
                } catch (IOException e) {
                    java.awt.EventQueue.invokeLater(() -> status.show("Could not refresh the lock: " + e.getMessage()));
                }
            }
        }, 60, 60, TimeUnit.SECONDS);
    }

    /** Whether the open session is read-only (its file is open for writing in another annotator). */
    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Holds {@code file} for this annotator, asking when another one holds it: true when it may be shown (held,
     * or read-only), false when the coder cancelled. On the Event Dispatch Thread.
     */
    public boolean claim(Path file) {
        if (file == null) {
            release();
            readOnly = false;
            return true;
        }
        SessionLock next = new SessionLock(file);
        try {
            Optional<SessionLock.Holder> other = next.acquire();
            boolean ro = false;
            if (other.isPresent()) {
                SessionLock.Holder h = other.get();
                Optional<String> stale = h.staleBecause(Instant.now(), LOCK_SILENCE, next.lastSignOfLife());
                String since = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault())
                        .format(h.since());
                Prompts.LockAnswer a = prompts.openElsewhere(file.getFileName().toString(),
                        h.user() + " on " + h.host() + " since " + since, stale);
                if (a == Prompts.LockAnswer.CANCEL) {
                    return false;
                }
                if (a == Prompts.LockAnswer.TAKE_OVER && stale.isPresent()) {
                    next.takeOver();
                } else {
                    ro = true;
                    next = null;
                }
            }
            release();
            lock = next;
            readOnly = ro;
            return true;
        } catch (IOException e) {
            // a folder where no lock file can be made (read-only media): open without one, and say so
            status.show("No lock for " + file.getFileName() + " (" + e.getMessage() + "); other annotators are not warned");
            release();
            readOnly = false;
            return true;
        }
    }

    /** Lets go of the open file's lock (on close and before another file is held). */
    public void release() {
        SessionLock l = lock;
        lock = null;
        if (l != null) {
            try {
                l.release();
            } catch (IOException e) {
                status.show("Could not remove the lock file " + l.file() + ": " + e.getMessage());
            }
        }
    }

    /** Releases the lock and stops the heartbeat (the window is closing). */
    public void close() {
        release();
        heartbeat.shutdownNow();
    }

    public void openDialog() {
        prompts.chooseOpen(session.file().map(p -> p.toAbsolutePath().getParent()).orElse(null)).ifPresent(this::open);
    }

    /**
     * Opens a file: reads it in the background, then (when it could be read) asks about unsaved changes and
     * replaces the open session. A file that fails to open leaves the open session as it was.
     */
    public SwingWorker<DocumentFiles.Opened, Void> open(Path file) {
        status.show("Opening " + file.getFileName() + "…");
        SwingWorker<DocumentFiles.Opened, Void> worker = new SwingWorker<>() {
            @Override
            protected DocumentFiles.Opened doInBackground() {
                return DocumentFiles.open(file);
            }

            @Override
            protected void done() {
                try {
                    opened(get());
                } catch (ExecutionException e) {
                    failed("Could not open " + file + ": " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }

    private void opened(DocumentFiles.Opened result) {
        if (result instanceof DocumentFiles.Failed) {
            failed(((DocumentFiles.Failed) result).message());
            return;
        }
        DocumentFiles.Loaded loaded = (DocumentFiles.Loaded) result;
        if (!confirmDiscard("open another file")) {
            status.show("Kept the open session; " + loaded.file().getFileName() + " not opened");
            return;
        }
        if (!claim(loaded.file())) {
            status.show("Kept the open session; " + loaded.file().getFileName() + " is open elsewhere");
            return;
        }
        discardRecovery(session.file().orElse(null));
        session.replace(loaded.document(), loaded.file(), false);
        rememberRecent(loaded.file());
        status.show("Opened " + loaded.file() + (readOnly ? " read-only" : "") + (loaded.warnings().isEmpty() ? ""
                : " (" + loaded.warnings().size() + " repairs: " + loaded.warnings().get(0) + ")"));
        afterOpen.run();
        offerRecovery();
    }

    private void failed(String message) {
        status.show(message);
        prompts.error("Cannot open the file", message);
    }

    /** Saves to the session's file (Save As when it has none). */
    public SwingWorker<Void, Void> save() {
        if (readOnly) {
            status.show("This session is read-only here (open in another annotator): choose another file");
            return saveAs();
        }
        return session.file().map(this::saveTo).orElseGet(this::saveAs);
    }

    /** Asks where to save, then saves there; null when the coder cancels. */
    public SwingWorker<Void, Void> saveAs() {
        return prompts.chooseSave(session.file().orElse(null)).map(this::saveTo).orElse(null);
    }

    /** Saves the current snapshot to {@code target} in the background (atomic; the old file kept as .bak). */
    public SwingWorker<Void, Void> saveTo(Path target) {
        AnnotationDocument doc = session.document();
        Path before = session.file().orElse(null);
        boolean sameFile = before != null && !readOnly
                && before.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
        if (!sameFile) {
            SessionLock previous = lock;
            boolean wasReadOnly = readOnly;
            lock = null;  // claim() must not release the lock of the file still open until the save is done
            if (!claim(target) || readOnly) {
                release();
                lock = previous;
                readOnly = wasReadOnly;
                String m = "Not saved: " + target.getFileName() + " is open in another annotator";
                status.show(m);
                prompts.error("Save failed", m);
                return null;
            }
            if (previous != null) {
                try {
                    previous.release();
                } catch (IOException e) {
                    status.show("Could not remove the lock file " + previous.file() + ": " + e.getMessage());
                }
            }
        }
        status.show("Saving " + target.getFileName() + "…");
        SwingWorker<Void, Void> worker = new SwingWorker<>() {
            @Override
            protected Void doInBackground() throws IOException {
                DocumentFiles.save(doc, target);
                recovery.discard(before);
                recovery.discard(target);
                return null;
            }

            @Override
            protected void done() {
                try {
                    get();
                    session.markSaved(doc, target);
                    rememberRecent(target);
                    status.show("Saved " + target);
                } catch (ExecutionException e) {
                    String m = "Not saved: " + e.getCause().getMessage() + " (the file on disk is unchanged)";
                    status.show(m);
                    prompts.error("Save failed", m);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }

    /**
     * Asks what to do with unsaved changes before {@code what}: save (then true once saved), discard (true) or
     * cancel (false). Without unsaved changes, true.
     */
    public boolean confirmDiscard(String what) {
        if (!session.isDirty()) {
            return true;
        }
        String name = session.file().map(p -> p.getFileName().toString()).orElse("This session");
        Prompts.Answer answer = prompts.unsavedChanges(name, what);
        if (answer == Prompts.Answer.SAVE) {
            SwingWorker<Void, Void> w = save();
            if (w == null) {
                return false;
            }
            try {
                w.get(); // the write is done; its done() marks the session saved once the dialog has returned
                return true;
            } catch (ExecutionException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (answer == Prompts.Answer.DISCARD) {
            discardRecovery(session.file().orElse(null));
            return true;
        }
        return false;
    }

    /** After a crash: offers the autosaved state of the open file, if one was left behind. */
    public void offerRecovery() {
        try {
            var entry = recovery.pendingFor(session.file().orElse(null));
            if (entry.isEmpty()) {
                return;
            }
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault())
                    .format(entry.get().savedAt());
            if (prompts.restore(when)) {
                AnnotationDocument restored = entry.get().read();
                session.replace(restored, session.file().orElse(null), true);
                // ours now, before the ended annotator's goes
                if (!entry.get().recoveryFile().equals(recovery.save(restored, session.file().orElse(null)))) {
                    recovery.discard(entry.get());
                }
                status.show("Restored the work autosaved at " + when + "; save to keep it");
                afterOpen.run();
            } else {
                recovery.discard(entry.get());
            }
        } catch (IOException e) {
            status.show("Could not read the recovery file: " + e.getMessage());
        }
    }

    private void discardRecovery(Path file) {
        try {
            recovery.discard(file);
        } catch (IOException e) {
            status.show("Could not remove the recovery file: " + e.getMessage());
        }
    }

    private void rememberRecent(Path file) {
        try {
            home.addRecent(file);
        } catch (IOException e) {
            status.show("Could not update recent files: " + e.getMessage());
        }
    }

    /** Accepts .eaf files dropped on the window. */
    public TransferHandler dropHandler() {
        return new TransferHandler() {
            @Override
            public boolean canImport(TransferSupport support) {
                return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
            }

            @Override
            public boolean importData(TransferSupport support) {
                try {
                    @SuppressWarnings("unchecked")
                    List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                    if (files.isEmpty()) {
                        return false;
                    }
                    open(files.get(0).toPath());
                    return true;
                } catch (java.awt.datatransfer.UnsupportedFlavorException | IOException e) {
                    status.show("Could not take the dropped file: " + e.getMessage());
                    return false;
                }
            }
        };
    }
}
