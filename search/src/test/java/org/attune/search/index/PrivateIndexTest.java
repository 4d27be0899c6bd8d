package org.attune.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.attune.search.testing.RandomSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index folder holds the corpus's words: readable by the user only. */
class PrivateIndexTest {

    @Test
    void theIndexFolderAndItsLockAreUserOnly(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "not a POSIX file system");
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            index.update(IndexProgress.none());
            Path folder = dir.resolve(".attune-index");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            try (var files = Files.list(folder)) {
                for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".lock")).toList()) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString())
                            .isEqualTo("rw-------");
                }
            }
        }
    }
}
