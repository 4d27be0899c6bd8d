package org.attune.annotator.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.annotator.media.MediaFiles;
import org.attune.annotator.media.WavPlayer;
import org.attune.annotator.media.Waveform;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSessionTest {

    @Test
    void installsTheSampleWithASyntheticRecordingThatSoundsOnlyDuringUtterances(@TempDir Path dir) throws Exception {
        Path eaf = SampleSession.install(dir);
        AnnotationDocument doc = Eaf.read(eaf).document();
        Path wav = MediaFiles.wavOf(doc, eaf).orElseThrow();
        assertThat(wav).isEqualTo(dir.resolve(SampleSession.WAV));

        var utterances = SessionView.of(doc, SchemeRegistry.builtIn()::find).utterances();
        Waveform w = Waveform.read(wav, 20);
        Utterance last = utterances.get(utterances.size() - 1);
        assertThat(w.durationMs()).isEqualTo(last.end() + 5_000);
        Utterance u = utterances.get(5);
        assertThat(w.peakAt((u.start() + u.end()) / 2)).isGreaterThan(0.1f);
        assertThat(w.peakAt(1_000)).isZero(); // before the first utterance (2 s)
        try (WavPlayer p = WavPlayer.open(wav, System::nanoTime)) {
            assertThat(p.duration()).isEqualTo(w.durationMs());
        }
    }

    @Test
    void keepsACodersWorkOnTheSampleInsteadOfReplacingIt(@TempDir Path dir) throws Exception {
        Path eaf = SampleSession.install(dir);
        Files.writeString(eaf, "edited");
        SampleSession.install(dir);
        assertThat(Files.readString(eaf)).isEqualTo("edited");
    }
}
