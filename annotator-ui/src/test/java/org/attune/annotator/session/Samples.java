package org.attune.annotator.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.attune.annotator.sample.SampleSession;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.scheme.SchemeRegistry;

/** The bundled sample session (coded by coder A) for tests. */
public final class Samples {

    private Samples() {
    }

    public static AnnotationDocument demo() {
        try (InputStream in = SampleSession.class.getResourceAsStream(SampleSession.EAF)) {
            return Eaf.read(in, SampleSession.EAF).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A session of the sample, as if opened from a file, coded by {@code coder}. */
    public static AnnotationSession session(String coder) {
        return new AnnotationSession(demo(), java.nio.file.Path.of("demo-session.eaf"), SchemeRegistry.builtIn(), coder);
    }
}
