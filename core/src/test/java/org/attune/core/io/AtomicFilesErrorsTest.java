package org.attune.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed save names the file the user asked for, never the hidden temporary file beside it. */
class AtomicFilesErrorsTest {

    @Test
    void aDiskFullWhileWritingNamesTheTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("session.eaf");
        Files.writeString(target, "old");
        IOException e = catchThrowableOfType(() -> AtomicFiles.write(target, out -> {
            out.write('x');
            throw new IOException("No space left on device");
        }), IOException.class);
        assertThat(e.getMessage()).startsWith(target.toAbsolutePath() + ": cannot save: No space left on device")
                .doesNotContain(".tmp");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenNamesTheTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("no-such-folder-as-file").resolve("session.eaf");
        Files.writeString(dir.resolve("no-such-folder-as-file"), "a file where a folder should be");
        IOException e = catchThrowableOfType(() -> AtomicFiles.write(target, out -> out.write('x')),
                IOException.class);
        assertThat(e.getMessage()).contains(target.toAbsolutePath().toString()).doesNotContain(".tmp");
        assertThat(e).isNotInstanceOf(AccessDeniedException.class);
    }
}
