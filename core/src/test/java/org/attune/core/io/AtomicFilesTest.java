package org.attune.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write either replaces the file completely, keeping the previous version as NAME.bak, or changes nothing. */
class AtomicFilesTest {

    private static final byte[] OLD = "the previous version\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "the new version\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsMidwayLeavesTheFileUnchangedAndNoTempFileOrBackup() throws Exception {
        Path target = Files.write(dir.resolve("session.eaf"), OLD);

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(NEW, 0, 5);
            out.flush();
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessageEndingWith(": cannot save: disk full");

        assertThat(target).hasBinaryContent(OLD);
        assertThat(filesIn(dir)).containsExactly("session.eaf");
    }

    @Test
    void aWriterThatThrowsAnUncheckedExceptionChangesNothingEither() throws Exception {
        Path target = Files.write(dir.resolve("session.eaf"), OLD);

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(NEW);
            throw new UncheckedIOException(new IOException("lost the network drive"));
        })).isInstanceOf(UncheckedIOException.class);

        assertThat(target).hasBinaryContent(OLD);
        assertThat(filesIn(dir)).containsExactly("session.eaf");
    }

    @Test
    void aFailedWriteLeavesAnEarlierBackupAsItWas() throws Exception {
        Path target = Files.write(dir.resolve("session.eaf"), OLD);
        Path backup = Files.writeString(dir.resolve("session.eaf.bak"), "an older version");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IOException("refused");
        })).isInstanceOf(IOException.class);

        assertThat(target).hasBinaryContent(OLD);
        assertThat(backup).hasContent("an older version");
        assertThat(filesIn(dir)).containsExactly("session.eaf", "session.eaf.bak");
    }

    @Test
    void aFailedFirstWriteCreatesNoFile() {
        Path target = dir.resolve("new.eaf");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(NEW);
            throw new IOException("refused");
        })).isInstanceOf(IOException.class);

        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aSuccessfulWriteKeepsThePreviousVersionAsBak() throws Exception {
        Path target = Files.write(dir.resolve("session.eaf"), OLD);

        AtomicFiles.write(target, out -> out.write(NEW));

        assertThat(target).hasBinaryContent(NEW);
        assertThat(AtomicFiles.backupOf(target)).isEqualTo(dir.resolve("session.eaf.bak")).hasBinaryContent(OLD);
        assertThat(filesIn(dir)).containsExactly("session.eaf", "session.eaf.bak");
    }

    @Test
    void eachWriteBacksUpTheVersionItReplaces() throws Exception {
        Path target = Files.write(dir.resolve("session.eaf"), OLD);

        AtomicFiles.write(target, out -> out.write(NEW));
        AtomicFiles.write(target, out -> out.write("third".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("third");
        assertThat(AtomicFiles.backupOf(target)).hasBinaryContent(NEW);
    }

    @Test
    void writingANewFileMakesNoBackup() throws Exception {
        Path target = dir.resolve("sub/folder/new.eaf");

        AtomicFiles.write(target, out -> out.write(NEW));

        assertThat(target).hasBinaryContent(NEW);
        assertThat(filesIn(target.getParent())).containsExactly("new.eaf");
    }

    @Test
    void writingOverAFolderFailsWithoutLeavingAnything() throws Exception {
        Path target = Files.createDirectory(dir.resolve("session.eaf"));
        Files.writeString(target.resolve("inside.txt"), "kept");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(NEW)))
                .isInstanceOf(IOException.class).hasMessageContaining("session.eaf");

        assertThat(target.resolve("inside.txt")).hasContent("kept");
        assertThat(filesIn(dir)).containsExactly("session.eaf");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path target = Files.write(dir.resolve("session.eaf"), OLD);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(target, shared);

        AtomicFiles.write(target, out -> out.write(NEW));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
    }

    @Test
    void aSavedFileAndItsBackupKeepTheModeOfTheFileTheyReplace() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path target = Files.write(dir.resolve("group.eaf"), OLD);
        Set<PosixFilePermission> group = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, group);

        AtomicFiles.write(target, out -> out.write(NEW));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(group);
        assertThat(Files.getPosixFilePermissions(AtomicFiles.backupOf(target))).isEqualTo(group);
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("usual.txt")));
        Path target = dir.resolve("new.eaf");

        AtomicFiles.write(target, out -> out.write(NEW));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(usual);
    }

    @Test
    void writingThroughASymbolicLinkReplacesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("data")).resolve("session.eaf");
        Files.write(real, OLD);
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.eaf"), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
            return;
        }

        AtomicFiles.write(link, out -> out.write(NEW));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(NEW);
        assertThat(Files.readAllBytes(real.resolveSibling("session.eaf.bak"))).isEqualTo(OLD);
    }

    /** The names of the files in a folder, sorted (temporary files would show up here). */
    static List<String> filesIn(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
