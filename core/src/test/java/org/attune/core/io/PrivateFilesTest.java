package org.attune.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void everyFolderItCreatesIsUserOnlyAndAnExistingParentIsLeftAlone(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        PrivateFiles.createFolders(dir.resolve("a/b/c"));
        assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
        assertThat(mode(dir.resolve("a"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("a/b"))).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("a/b/c"))).isEqualTo("rwx------");
    }

    @Test
    void writtenAndTemporaryFilesAreUserOnlyAndReplaceAtomically(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path f = dir.resolve("x/settings.properties");
        PrivateFiles.write(f, "one".getBytes());
        PrivateFiles.write(f, "two".getBytes());
        assertThat(Files.readString(f)).isEqualTo("two");
        assertThat(mode(f)).isEqualTo("rw-------");
        try (var files = Files.list(dir.resolve("x"))) {
            assertThat(files.toList()).containsExactly(f);
        }
        assertThat(mode(PrivateFiles.createTempFile(dir.resolve("t"), "p", ".tmp"))).isEqualTo("rw-------");
    }
}
