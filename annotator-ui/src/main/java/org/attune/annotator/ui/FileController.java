package org.attune.annotator.ui;

import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import javax.swing.TransferHandler;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.attune.annotator.files.AppHome;
import org.attune.annotator.files.DocumentFiles;
import org.attune.annotator.files.Recovery;
import org.attune.annotator.session.AnnotationSession;
import org.attune.core.model.AnnotationDocument;

/**
 * Open, save, save as, recent files, drag and drop, the unsaved-changes prompt and the crash-recovery offer.
 * Reading and writing run in {@link SwingWorker}s; the session is changed only on the Event Dispatch Thread.
 */
public final class FileController {

    private final JFrame frame;
    private final AnnotationSession session;
    private final AppHome home;
    private final Recovery recovery;
    private final StatusBar status;
    private final Runnable afterOpen;

    public FileController(JFrame frame, AnnotationSession session, AppHome home, Recovery recovery, StatusBar status,
                          Runnable afterOpen) {
        this.frame = frame;
        this.session = session;
        this.home = home;
        this.recovery = recovery;
        this.status = status;
        this.afterOpen = afterOpen;
    }

    public void openDialog() {
        JFileChooser chooser = new JFileChooser(session.file().map(p -> p.toAbsolutePath().getParent().toFile())
                .orElse(null));
        chooser.setFileFilter(new FileNameExtensionFilter("ELAN files (*.eaf)", "eaf"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath());
        }
    }

    /** Opens a file (after asking about unsaved changes); a file that fails leaves the open session as it was. */
    public SwingWorker<DocumentFiles.Opened, Void> open(Path file) {
        if (!confirmDiscard("open another file")) {
            return null;
        }
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
        discardRecovery(session.file().orElse(null));
        session.replace(loaded.document(), loaded.file(), false);
        rememberRecent(loaded.file());
        status.show("Opened " + loaded.file() + (loaded.warnings().isEmpty() ? ""
                : " (" + loaded.warnings().size() + " repairs: " + loaded.warnings().get(0) + ")"));
        afterOpen.run();
        offerRecovery();
    }

    private void failed(String message) {
        status.show(message);
        JOptionPane.showMessageDialog(frame, message, "Cannot open the file", JOptionPane.ERROR_MESSAGE);
    }

    /** Saves to the session's file (Save As when it has none). */
    public SwingWorker<Void, Void> save() {
        return session.file().map(this::saveTo).orElseGet(this::saveAs);
    }

    public SwingWorker<Void, Void> saveAs() {
        JFileChooser chooser = new JFileChooser(session.file().map(p -> p.toAbsolutePath().getParent().toFile())
                .orElse(null));
        chooser.setFileFilter(new FileNameExtensionFilter("ELAN files (*.eaf)", "eaf"));
        session.file().ifPresent(p -> chooser.setSelectedFile(p.toFile()));
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path target = chooser.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".eaf")) {
            target = target.resolveSibling(target.getFileName() + ".eaf");
        }
        return saveTo(target);
    }

    /** Saves the current snapshot to {@code target} in the background (atomic; the old file kept as .bak). */
    public SwingWorker<Void, Void> saveTo(Path target) {
        AnnotationDocument doc = session.document();
        Path before = session.file().orElse(null);
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
                    JOptionPane.showMessageDialog(frame, m, "Save failed", JOptionPane.ERROR_MESSAGE);
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
        int answer = JOptionPane.showConfirmDialog(frame, name + " has unsaved changes. Save them before you "
                + what + "?", "Unsaved changes", JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
        if (answer == JOptionPane.YES_OPTION) {
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
        if (answer == JOptionPane.NO_OPTION) {
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
            int answer = JOptionPane.showConfirmDialog(frame, "Attune found unsaved work on this session from "
                    + when + " (it did not close normally). Restore it?", "Restore unsaved work",
                    JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE);
            if (answer == JOptionPane.YES_OPTION) {
                session.replace(entry.get().read(), session.file().orElse(null), true);
                status.show("Restored the work autosaved at " + when + "; save to keep it");
                afterOpen.run();
            } else {
                recovery.discard(session.file().orElse(null));
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
