package org.attune.annotator.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLockTest {

    @Test
    void aSecondWriterSeesWhoHoldsTheLockAndReleaseDeletesOnlyOurOwn(@TempDir Path dir) throws Exception {
        Path session = Files.writeString(dir.resolve("s.eaf"), "x");
        SessionLock first = new SessionLock(session);
        SessionLock second = new SessionLock(session);
        assertThat(first.acquire()).isEmpty();
        SessionLock.Holder h = second.acquire().orElseThrow();
        assertThat(h.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(h.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(h.since()).isBeforeOrEqualTo(Instant.now());
        assertThat(h.staleBecause(Instant.now(), Duration.ofMinutes(10), second.lastSignOfLife())).isEmpty();
        assertThat(second.release()).as("not ours").isFalse();
        assertThat(Files.exists(first.file())).isTrue();
        assertThat(first.release()).isTrue();
        assertThat(Files.exists(first.file())).isFalse();
    }

    @Test
    void aLockOfAnEndedProcessIsStaleAndCanBeTakenOver(@TempDir Path dir) throws Exception {
        Path session = Files.writeString(dir.resolve("s.eaf"), "x");
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        SessionLock mine = new SessionLock(session);
        Files.writeString(mine.file(), "user=someone\nhost=" + SessionLock.thisHost() + "\npid=" + p.pid()
                + "\nprocessStart=\ninstance=other\nsince=" + Instant.now() + "\n");
        SessionLock.Holder h = mine.acquire().orElseThrow();
        assertThat(h.user()).isEqualTo("someone");
        assertThat(h.staleBecause(Instant.now(), Duration.ofMinutes(10), mine.lastSignOfLife()))
                .contains("process ended");
        mine.takeOver();
        assertThat(mine.holder().orElseThrow().instance()).isEqualTo(mine.instance());
    }
}
