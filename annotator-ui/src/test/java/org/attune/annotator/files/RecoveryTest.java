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
        AnnotationSession session = new AnnotationSession(Eaf.read(file), file, SchemeRegistry.builtIn(), "R");
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

        // a new process after kill -9: the recovery file is there, for this file
        Recovery next = new Recovery(dir.resolve("recovery"));
        Recovery.Entry entry = next.pendingFor(file).orElseThrow();
        assertThat(entry.original()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(Eaf.toBytes(entry.read())).isEqualTo(Eaf.toBytes(session.document()));
        assertThat(next.pendingFor(dir.resolve("other.eaf"))).isEmpty();

        next.discard(file);
        assertThat(next.pending()).isEmpty();
        assertThat(Files.list(dir.resolve("recovery"))).isEmpty();
    }

    @Test
    void aNeverSavedSessionIsRecoveredAsUntitled(@TempDir Path dir) throws Exception {
        Recovery recovery = new Recovery(dir);
        recovery.save(Samples.demo(), null);
        assertThat(recovery.pendingFor(null)).hasValueSatisfying(e -> assertThat(e.original()).isNull());
    }
}
