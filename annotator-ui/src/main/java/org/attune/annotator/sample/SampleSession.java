package org.attune.annotator.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.core.eaf.Eaf;
import org.attune.core.io.AtomicFiles;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;
import org.attune.core.scheme.SchemeRegistry;

/**
 * The bundled sample: the project's {@code samples/demo-session.eaf} (seven minutes of an invented session,
 * coded with 3RS by coder A) and a synthetic {@code demo-session.wav} made for it, placed in a folder of the
 * user's (so that it can be coded and saved). Files already there are kept: the coder's work is not replaced.
 */
public final class SampleSession {

    public static final String EAF = "demo-session.eaf";
    public static final String WAV = "demo-session.wav";

    private SampleSession() {
    }

    /** Puts the sample into {@code folder} (when not there yet) and returns its EAF file. Blocking I/O. */
    public static Path install(Path folder) throws IOException {
        org.attune.core.io.PrivateFiles.createFolders(folder);
        Path eaf = folder.resolve(EAF);
        if (!Files.exists(eaf)) {
            try (InputStream in = SampleSession.class.getResourceAsStream(EAF)) {
                if (in == null) {
                    throw new IOException("the sample session is missing from the annotator's jar");
                }
                byte[] bytes = in.readAllBytes();
                AtomicFiles.write(eaf, out -> out.write(bytes));
            }
        }
        Path wav = folder.resolve(WAV);
        if (!Files.exists(wav)) {
            AnnotationDocument doc = Eaf.read(eaf).document();
            var utterances = SessionView.of(doc, SchemeRegistry.builtIn()::find).utterances();
            long end = utterances.stream().mapToLong(Utterance::end).max().orElse(0) + 5_000;
            SyntheticAudio.write(wav, utterances, end);
        }
        return eaf;
    }
}
