package org.attune.annotator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.attune.annotator.files.AppHome;
import org.attune.annotator.files.Recovery;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.session.CodingController;
import org.attune.annotator.session.Samples;
import org.attune.core.eaf.Eaf;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open, save, the unsaved-changes prompt and crash recovery, with the coder's answers given in code (headless). */
class FileControllerTest {

    /** Answers prepared by the test; errors recorded. */
    private static final class Answers implements Prompts {
        final Deque<Answer> unsaved = new ArrayDeque<>();
        boolean restore;
        final List<String> errors = new ArrayList<>();
        final List<String> asked = new ArrayList<>();
        final Deque<LockAnswer> lock = new ArrayDeque<>();
        Path saveAs;

        @Override
        public LockAnswer openElsewhere(String name, String holder, Optional<String> staleBecause) {
            asked.add("in use " + name + " by " + holder + staleBecause.map(s -> " (stale: " + s + ")").orElse(""));
            return lock.pop();
        }

        @Override
        public Answer unsavedChanges(String name, String what) {
            asked.add(name + " / " + what);
            return unsaved.pop();
        }

        @Override
        public boolean restore(String when) {
            asked.add("restore " + when);
            return restore;
        }

        @Override
        public void error(String title, String message) {
            errors.add(message);
        }

        @Override
        public Optional<Path> chooseOpen(Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSave(Path suggested) {
            asked.add("save as");
            return Optional.ofNullable(saveAs);
        }
    }

    @TempDir
    Path dir;
    private Path file;
    private AnnotationSession session;
    private Recovery recovery;
    private final Answers answers = new Answers();
    private FileController files;
    private int opened;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("session.eaf");
        Eaf.write(Samples.demo(), file);
        session = new AnnotationSession(Eaf.read(file).document(), file, SchemeRegistry.builtIn(), "R");
        AppHome home = AppHome.at(dir.resolve("home"));
        recovery = new Recovery(home.recoveryFolder());
        files = new FileController(answers, session, home, recovery, new StatusBar(), () -> opened++);
    }

    private void codeSomething() throws Exception {
        Edt.run(() -> {
            CodingController c = new CodingController(session);
            c.moveSelection(2);
            c.code(session.scheme().code("W3").orElseThrow());
        });
    }

    private static List<Coding> codingsOf(Path eaf, String coder) throws Exception {
        return SessionView.of(Eaf.read(eaf).document(), SchemeRegistry.builtIn()::find).codings().stream()
                .filter(c -> c.coder().equals(coder)).toList();
    }

    @Test
    void aFileThatFailsToOpenShowsFileLineColumnAndLeavesTheOpenSessionAsItWas() throws Exception {
        Path bad = dir.resolve("bad.eaf");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>\n <TIER>\n</ANNOTATION_DOCUMENT>\n");
        codeSomething();
        var before = session.snapshot();
        Edt.call(() -> files.open(bad)).get();
        Edt.waitFor(() -> !answers.errors.isEmpty());
        assertThat(answers.errors.get(0)).startsWith(bad + ":").matches("(?s).*:\\d+:\\d+: .*");
        assertThat(session.snapshot()).isSameAs(before);
        assertThat(session.file()).contains(file);
        assertThat(opened).isZero();
    }

    @Test
    void openingAnotherFileAsksAboutUnsavedChangesAndCancelKeepsEverything() throws Exception {
        Path other = dir.resolve("other.eaf");
        Eaf.write(Samples.demo(), other);
        codeSomething();
        answers.unsaved.push(Prompts.Answer.CANCEL);
        Edt.call(() -> files.open(other)).get();
        Edt.waitFor(() -> !answers.asked.isEmpty());
        assertThat(answers.asked).containsExactly("session.eaf / open another file");
        assertThat(opened).isZero();
        assertThat(session.isDirty()).isTrue();
        assertThat(session.file()).contains(file);
    }

    @Test
    void aFileDroppedOnTheWindowIsOpened() throws Exception {
        Path other = dir.resolve("dropped.eaf");
        Eaf.write(Samples.demo(), other);
        java.awt.datatransfer.Transferable dropped = new java.awt.datatransfer.Transferable() {
            @Override
            public java.awt.datatransfer.DataFlavor[] getTransferDataFlavors() {
                return new java.awt.datatransfer.DataFlavor[] {java.awt.datatransfer.DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(java.awt.datatransfer.DataFlavor flavor) {
                return java.awt.datatransfer.DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(java.awt.datatransfer.DataFlavor flavor) {
                return List.of(other.toFile());
            }
        };
        javax.swing.TransferHandler handler = files.dropHandler();
        boolean taken = Edt.call(() -> {
            var support = new javax.swing.TransferHandler.TransferSupport(new javax.swing.JPanel(), dropped);
            return handler.canImport(support) && handler.importData(support);
        });
        assertThat(taken).isTrue();
        Edt.waitFor(() -> session.file().orElseThrow().equals(other));
        assertThat(opened).isEqualTo(1);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void discardingOpensTheOtherFileClean() throws Exception {
        Path other = dir.resolve("other.eaf");
        Eaf.write(Samples.demo(), other);
        codeSomething();
        answers.unsaved.push(Prompts.Answer.DISCARD);
        Edt.call(() -> files.open(other)).get();
        Edt.waitFor(() -> session.file().orElseThrow().equals(other));
        assertThat(session.isDirty()).isFalse();
        assertThat(opened).isEqualTo(1);
        assertThat(codingsOf(file, "R")).as("nothing written").isEmpty();
    }

    @Test
    void answeringSaveWritesTheFileBeforeGoingOn() throws Exception {
        codeSomething();
        answers.unsaved.push(Prompts.Answer.SAVE);
        assertThat(Edt.call(() -> files.confirmDiscard("quit"))).isTrue();
        assertThat(codingsOf(file, "R")).extracting(Coding::code).containsExactly("W3");
        Edt.waitFor(() -> !session.isDirty());
    }

    @Test
    void savingWritesAtomicallyKeepsABackupMarksCleanAndDropsTheRecoveryFile() throws Exception {
        codeSomething();
        recovery.save(session.document(), file);
        Edt.call(files::save).get();
        Edt.waitFor(() -> !session.isDirty());
        assertThat(codingsOf(file, "R")).hasSize(1);
        assertThat(codingsOf(dir.resolve("session.eaf.bak"), "R")).isEmpty();
        assertThat(recovery.pending()).isEmpty();
    }

    @Test
    void afterACrashTheAutosavedWorkIsOfferedAndRestoredUnsaved() throws Exception {
        AnnotationSession crashed = new AnnotationSession(Eaf.read(file).document(), file, SchemeRegistry.builtIn(), "R");
        CodingController c = new CodingController(crashed);
        c.moveSelection(5);
        c.code(crashed.scheme().code("C1").orElseThrow());
        recovery.save(crashed.document(), file);

        answers.restore = true;
        Edt.run(files::offerRecovery);
        assertThat(answers.asked).singleElement().asString().startsWith("restore ");
        assertThat(session.isDirty()).isTrue();
        assertThat(session.view().codings()).filteredOn(x -> x.coder().equals("R")).extracting(Coding::code)
                .containsExactly("C1");
        assertThat(opened).isEqualTo(1);
    }

    @Test
    void declinedRecoveryIsDiscarded() throws Exception {
        recovery.save(Samples.demo(), file);
        answers.restore = false;
        Edt.run(files::offerRecovery);
        assertThat(recovery.pending()).isEmpty();
        assertThat(session.isDirty()).isFalse();
    }

    private Path otherSession() throws Exception {
        Path other = dir.resolve("other.eaf");
        Eaf.write(Samples.demo(), other);
        return other;
    }

    @Test
    void aFileAnotherLiveAnnotatorHoldsOpensReadOnlyAndSaveAsksForAnotherFile() throws Exception {
        Path other = otherSession();
        org.attune.annotator.files.SessionLock elsewhere = new org.attune.annotator.files.SessionLock(other);
        assertThat(elsewhere.acquire()).isEmpty();  // another window, alive
        byte[] before = Files.readAllBytes(other);
        answers.lock.push(Prompts.LockAnswer.READ_ONLY);
        Edt.call(() -> files.open(other)).get();
        Edt.waitFor(() -> session.file().map(other::equals).orElse(false));
        assertThat(answers.asked).singleElement().asString()
                .startsWith("in use other.eaf by " + System.getProperty("user.name") + " on ").doesNotContain("stale");
        assertThat(files.isReadOnly()).isTrue();
        codeSomething();
        assertThat(Edt.call(files::save)).as("cancelled save as").isNull();
        assertThat(answers.asked).last().isEqualTo("save as");
        assertThat(Files.readAllBytes(other)).as("the other annotator's file is untouched").isEqualTo(before);
        assertThat(elsewhere.holder().orElseThrow().instance()).isEqualTo(elsewhere.instance());
        // saving elsewhere makes it an ordinary session of its own file
        answers.saveAs = dir.resolve("mine.eaf");
        Edt.call(files::save).get();
        Edt.waitFor(() -> !session.isDirty());
        assertThat(files.isReadOnly()).isFalse();
        assertThat(codingsOf(dir.resolve("mine.eaf"), "R")).hasSize(1);
        assertThat(Files.exists(dir.resolve(".~lock.mine.eaf#"))).isTrue();
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void cancelKeepsTheOpenSessionWhenTheFileIsHeldElsewhere() throws Exception {
        Path other = otherSession();
        new org.attune.annotator.files.SessionLock(other).acquire();
        answers.lock.push(Prompts.LockAnswer.CANCEL);
        Edt.call(() -> files.open(other)).get();
        Edt.waitFor(() -> !answers.asked.isEmpty());
        Edt.run(() -> { });
        assertThat(session.file()).contains(file);
        assertThat(opened).isZero();
    }

    @Test
    void aLockLeftByAnEndedAnnotatorIsTakenOverAfterAskingAndSavesGoThrough() throws Exception {
        Path other = otherSession();
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path lockFile = dir.resolve(".~lock.other.eaf#");
        Files.writeString(lockFile, "user=someone\nhost=" + java.net.InetAddress.getLocalHost().getHostName()
                + "\npid=" + ended.pid() + "\nprocessStart=\ninstance=gone\nsince=2026-01-01T10:00:00Z\n");
        answers.lock.push(Prompts.LockAnswer.TAKE_OVER);
        Edt.call(() -> files.open(other)).get();
        Edt.waitFor(() -> session.file().map(other::equals).orElse(false));
        assertThat(answers.asked).singleElement().asString().startsWith("in use other.eaf by someone on ")
                .endsWith("(stale: process ended)");
        assertThat(files.isReadOnly()).isFalse();
        assertThat(Files.readString(lockFile)).doesNotContain("instance=gone").contains("pid=" + ProcessHandle.current().pid());
        codeSomething();
        Edt.call(files::save).get();
        Edt.waitFor(() -> !session.isDirty());
        assertThat(codingsOf(other, "R")).hasSize(1);
        Edt.run(files::close);
        assertThat(Files.exists(lockFile)).as("released on close").isFalse();
    }
}
