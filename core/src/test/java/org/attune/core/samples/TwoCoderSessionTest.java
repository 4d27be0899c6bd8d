package org.attune.core.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.attune.core.eaf.Eaf;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;

/** The bundled two-coder sample is exactly what {@link TwoCoderSession} makes. */
class TwoCoderSessionTest {

    static Path committedSample() {
        return DemoSessionTest.committedSample().resolveSibling("demo-two-coders.eaf");
    }

    @Test
    void theCommittedSampleIsWhatTheGeneratorMakes() throws Exception {
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        DemoSessionTest.assertIsGenerated(committedSample(), TwoCoderSession.create(schemes.require("3rs@2015")),
                "TwoCoderSession");
        assertThat(SessionView.of(Eaf.read(committedSample()).document(), schemes::find).coders()).containsExactly("A", "B");
    }
}
