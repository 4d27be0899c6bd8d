package org.attune.annotator.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.session.CodingController;
import org.attune.annotator.session.Samples;
import org.attune.core.eaf.Eaf;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave to recovery files and what the next start finds after a crash. */
class RecoveryTest {

    @Test
    void autosaveWritesUnsavedChangesOnceAndTheNextStartFindsThemForTheirFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.eaf");
        Eaf.write(Samples.demo(), file);
        AnnotationSession session = new AnnotationSession(Eaf.read(file).document(), file, SchemeRegistry.builtIn(), "R");
        Recovery recovery = new Recovery(dir.resolve("recovery"));
        List<IOException> failures = new ArrayList<>();
        try (Autosave autosave = new Autosave(session, recovery, failures::add)) {
            assertThat(autosave.runOnce()).as("nothing to save while clean").isFalse();
            CodingController c = new CodingController(session);
            c.moveSelection(2);
            c.code(session.scheme().code("W2").orElseThrow());
            assertThat(autosave.runOnce()).isTrue();
            assertThat(autosave.runOnce()).as("unchanged since the last autosave").isFalse();
        }
        assertThat(failures).isEmpty();

        // a new process after kill -9: the recovery file is there, for this file, left by a process that has ended
        leftByAnEndedProcess(dir.resolve("recovery"));
        Recovery next = new Recovery(dir.resolve("recovery"));
        Recovery.Entry entry = next.pendingFor(file).orElseThrow();
        assertThat(entry.original()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(Eaf.toBytes(entry.read())).isEqualTo(Eaf.toBytes(session.document()));
        assertThat(next.pendingFor(dir.resolve("other.eaf"))).isEmpty();

        next.discard(entry);
        assertThat(next.pending()).isEmpty();
        assertThat(Files.list(dir.resolve("recovery"))).isEmpty();
    }

    /** Makes every recovery file in {@code folder} look written by a process that has ended (as after kill -9). */
    static void leftByAnEndedProcess(Path folder) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        try (var files = Files.list(folder)) {
            for (Path props : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Files.writeString(props, Files.readString(props).replaceAll("(?m)^pid=.*$", "pid=" + ended.pid()));
            }
        }
    }

    @Test
    void twoAnnotatorsOnOneFileKeepSeparateRecoveryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.eaf");
        Eaf.write(Samples.demo(), file);
        AnnotationSession a = new AnnotationSession(Eaf.read(file).document(), file, SchemeRegistry.builtIn(), "A");
        AnnotationSession b = new AnnotationSession(Eaf.read(file).document(), file, SchemeRegistry.builtIn(), "B");
        new CodingController(a).code(a.scheme().code("W2").orElseThrow());
        new CodingController(b).code(b.scheme().code("C3").orElseThrow());
        Recovery first = new Recovery(dir.resolve("recovery"));
        Recovery second = new Recovery(dir.resolve("recovery"));
        Path fa = first.save(a.document(), file);
        Path fb = second.save(b.document(), file);
        assertThat(fa).isNotEqualTo(fb);
        assertThat(Eaf.toBytes(Eaf.read(fa).document())).isEqualTo(Eaf.toBytes(a.document()));
        assertThat(Eaf.toBytes(Eaf.read(fb).document())).isEqualTo(Eaf.toBytes(b.document()));
        // each live annotator sees its own, never the other's
        assertThat(first.pendingFor(file).orElseThrow().recoveryFile()).isEqualTo(fa);
        assertThat(second.pendingFor(file).orElseThrow().recoveryFile()).isEqualTo(fb);
        first.discard(file);
        assertThat(Files.exists(fb)).as("saving or closing one leaves the other's").isTrue();
        assertThat(first.pendingFor(file)).as("another live annotator's work is not offered").isEmpty();
    }

    @Test
    void aNeverSavedSessionIsRecoveredAsUntitled(@TempDir Path dir) throws Exception {
        Recovery recovery = new Recovery(dir);
        recovery.save(Samples.demo(), null);
        assertThat(recovery.pendingFor(null)).hasValueSatisfying(e -> assertThat(e.original()).isNull());
    }
}
