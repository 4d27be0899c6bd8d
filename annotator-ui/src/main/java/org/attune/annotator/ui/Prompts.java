package org.attune.annotator.ui;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The questions the file commands ask the coder. The window uses {@link #dialogs(Component)}; tests answer
 * them in code, so the unsaved-changes and recovery paths are tested without a robot.
 */
public interface Prompts {

    /** What to do with unsaved changes. */
    enum Answer { SAVE, DISCARD, CANCEL }

    /** {@code name} has unsaved changes; {@code what} is about to happen (e.g. "quit"). */
    Answer unsavedChanges(String name, String what);

    /** Whether to restore work autosaved at {@code when} that was never saved. */
    boolean restore(String when);

    void error(String title, String message);

    /** What to do with a session file another annotator holds. */
    enum LockAnswer { READ_ONLY, TAKE_OVER, CANCEL }

    /**
     * {@code name} is open for writing elsewhere ({@code holder}: who, where, since when). With {@code staleBecause}
     * present the holder looks gone (why) and taking over is offered; otherwise only read-only or cancel.
     */
    LockAnswer openElsewhere(String name, String holder, Optional<String> staleBecause);

    /** An .eaf file to open, starting in {@code folder} (may be null). */
    Optional<Path> chooseOpen(Path folder);

    /** Where to save, suggesting {@code suggested} (may be null); the answer ends in .eaf. */
    Optional<Path> chooseSave(Path suggested);

    /** Swing dialogs over {@code parent}. */
    static Prompts dialogs(Component parent) {
        return new Prompts() {
            @Override
            public Answer unsavedChanges(String name, String what) {
                int a = JOptionPane.showConfirmDialog(parent, name + " has unsaved changes. Save them before you "
                        + what + "?", "Unsaved changes", JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
                return a == JOptionPane.YES_OPTION ? Answer.SAVE : a == JOptionPane.NO_OPTION ? Answer.DISCARD
                        : Answer.CANCEL;
            }

            @Override
            public boolean restore(String when) {
                return JOptionPane.showConfirmDialog(parent, "Attune found unsaved work on this session from " + when
                        + " (it did not close normally). Restore it?", "Restore unsaved work",
                        JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE) == JOptionPane.YES_OPTION;
            }

            @Override
            public LockAnswer openElsewhere(String name, String holder, Optional<String> staleBecause) {
                if (staleBecause.isPresent()) {
                    Object[] options = {"Take over", "Open read-only", "Cancel"};
                    int a = JOptionPane.showOptionDialog(parent, name + " was open in Attune by " + holder
                            + ",\nbut that Attune seems to have ended (" + staleBecause.get() + ")."
                            + "\nTake it over and edit it here?", "Session file in use", JOptionPane.DEFAULT_OPTION,
                            JOptionPane.WARNING_MESSAGE, null, options, options[0]);
                    return a == 0 ? LockAnswer.TAKE_OVER : a == 1 ? LockAnswer.READ_ONLY : LockAnswer.CANCEL;
                }
                Object[] options = {"Open read-only", "Cancel"};
                int a = JOptionPane.showOptionDialog(parent, name + " is open in Attune by " + holder
                        + ".\nOnly one annotator at a time can change a session file. Open it read-only?",
                        "Session file in use", JOptionPane.DEFAULT_OPTION, JOptionPane.WARNING_MESSAGE, null, options,
                        options[0]);
                return a == 0 ? LockAnswer.READ_ONLY : LockAnswer.CANCEL;
            }

            @Override
            public void error(String title, String message) {
                JOptionPane.showMessageDialog(parent, message, title, JOptionPane.ERROR_MESSAGE);
            }

            @Override
            public Optional<Path> chooseOpen(Path folder) {
                JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
                chooser.setFileFilter(new FileNameExtensionFilter("ELAN files (*.eaf)", "eaf"));
                return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION
                        ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
            }

            @Override
            public Optional<Path> chooseSave(Path suggested) {
                JFileChooser chooser = new JFileChooser(suggested == null || suggested.toAbsolutePath().getParent() == null
                        ? null : suggested.toAbsolutePath().getParent().toFile());
                chooser.setFileFilter(new FileNameExtensionFilter("ELAN files (*.eaf)", "eaf"));
                if (suggested != null) {
                    chooser.setSelectedFile(suggested.toFile());
                }
                if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
                    return Optional.empty();
                }
                Path target = chooser.getSelectedFile().toPath();
                return Optional.of(target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eaf") ? target
                        : target.resolveSibling(target.getFileName() + ".eaf"));
            }
        };
    }
}
