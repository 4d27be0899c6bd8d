package org.attune.annotator.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.attune.core.io.AtomicFiles;
import org.attune.core.profile.Role;
import org.attune.core.profile.Utterance;

/**
 * A synthetic session recording: a hum with a syllable rhythm during each utterance (lower for the
 * therapist, higher for the patient) and silence between, 8 kHz 16-bit mono PCM. Not speech; it makes the
 * waveform and playback of the sample meaningful without shipping a recording.
 */
public final class SyntheticAudio {

    static final float RATE = 8000f;

    private SyntheticAudio() {
    }

    /** The samples of a recording of {@code durationMs} with sound during each utterance. */
    static short[] samples(List<Utterance> utterances, long durationMs) {
        short[] out = new short[(int) (durationMs / 1000.0 * RATE)];
        for (Utterance u : utterances) {
            double pitch = u.role() == Role.THERAPIST ? 130 : 210;
            int from = (int) (u.start() / 1000.0 * RATE);
            int to = (int) Math.min(out.length, u.end() / 1000.0 * RATE);
            for (int i = from; i < to; i++) {
                double t = (i - from) / RATE;
                double syllable = 0.55 + 0.45 * Math.sin(2 * Math.PI * 3.7 * t) * Math.sin(2 * Math.PI * 0.6 * t + 1);
                double fade = Math.min(1, Math.min(t, (to - i) / RATE) * 20);
                double v = Math.sin(2 * Math.PI * pitch * t) + 0.5 * Math.sin(4 * Math.PI * pitch * t)
                        + 0.25 * Math.sin(6 * Math.PI * pitch * t);
                out[i] = (short) (v / 1.75 * syllable * fade * 9000);
            }
        }
        return out;
    }

    /** Writes the recording as a WAV file, atomically. */
    public static void write(Path wav, List<Utterance> utterances, long durationMs) throws IOException {
        short[] s = samples(utterances, durationMs);
        byte[] bytes = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            bytes[2 * i] = (byte) s[i];
            bytes[2 * i + 1] = (byte) (s[i] >> 8);
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        AtomicFiles.write(wav, out -> {
            try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format, s.length)) {
                AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
            }
        });
    }
}
