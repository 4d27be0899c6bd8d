package org.attune.core.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.Coding;
import org.attune.core.profile.Role;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;

/** The bundled sample is exactly what {@link DemoSession} makes, and is a clean, coded Attune session. */
class DemoSessionTest {

    static Path committedSample() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path sample = p.resolve("samples/demo-session.eaf");
            if (Files.isRegularFile(sample)) {
                return sample;
            }
        }
        throw new IllegalStateException("samples/demo-session.eaf not found");
    }

    @Test
    void theCommittedSampleIsWhatTheGeneratorMakes() throws Exception {
        assertIsGenerated(committedSample(), DemoSession.create(SchemeRegistry.builtIn().require("3rs@2015")),
                "DemoSession");
    }

    /** The committed sample reads without warnings, is valid, and equals what the generator makes. */
    static void assertIsGenerated(Path sample, AnnotationDocument generated, String generator) throws Exception {
        EafReadResult committed = Eaf.read(sample);
        assertThat(committed.warnings()).isEmpty();
        assertThat(committed.document())
                .as(sample.getFileName() + " is stale: regenerate it with " + generator + ".main")
                .isEqualTo(generated);
        assertThat(Eaf.validate(sample)).isEmpty();
    }

    @Test
    void theSampleHasATherapistAPatientAndRatedRupturesWithResolutions() throws Exception {
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        SessionView v = SessionView.of(Eaf.read(committedSample()).document(), schemes::find);
        assertThat(v.speakers()).containsEntry("T", Role.THERAPIST).containsEntry("P", Role.PATIENT);
        List<Coding> codings = v.codings();
        assertThat(codings).extracting(Coding::category).contains("withdrawal", "confrontation", "resolution");
        assertThat(codings).filteredOn(c -> c.category().equals("confrontation"))
                .allSatisfy(c -> assertThat(c.rating()).isBetween(1, 5));
        assertThat(v.utterances()).anySatisfy(u -> assertThat(u.text()).contains("waste of time"));
        assertThat(v.coders()).containsExactly("A");
    }
}
