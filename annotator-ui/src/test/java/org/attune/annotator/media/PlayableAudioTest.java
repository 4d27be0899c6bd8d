package org.attune.annotator.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Compressed media made playable: the waveform and the player against the source WAV. */
@Timeout(60) // a decoder that loops on bad input must fail the test, not hang the build
class PlayableAudioTest {

    @TempDir
    Path dir;

    private long now = 1_000_000_000L;

    /** Pearson's r of {@code a} against {@code b} delayed by {@code lag} buckets, over their common length. */
    static double pearson(float[] a, float[] delayed, int lag) {
        float[] b = java.util.Arrays.copyOfRange(delayed, lag, delayed.length);
        int n = Math.min(a.length, b.length);
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < n; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    /**
     * The waveform follows the source's peak envelope (10 ms buckets) closely, at a delay of at most
     * {@code maxDelayMs}: none, since MP3 is cut by its LAME tag and AAC in MPEG-4 comes out aligned
     * (measured; without the cut the MP3 would be 50 ms late).
     */
    @ParameterizedTest
    @CsvSource({"session.mp3, 0", "session.m4a, 0", "session.mp4, 0"})
    void theWaveformOfCompressedMediaFollowsTheWavItWasMadeFrom(String name, int maxDelayMs) throws IOException {
        Waveform source = Waveform.read(Fixtures.media(Fixtures.SOURCE), 10);
        try (PlayableAudio audio = PlayableAudio.prepare(Fixtures.media(name))) {
            assertThat(audio.decoded()).isTrue();
            Waveform w = Waveform.read(audio.wav(), 10);
            int best = 0;
            for (int lag = 1; lag <= 12; lag++) {
                if (pearson(source.peaks(), w.peaks(), lag) > pearson(source.peaks(), w.peaks(), best)) {
                    best = lag;
                }
            }
            double r = pearson(source.peaks(), w.peaks(), best);
            System.out.printf("%s: %d ms (source %d ms), peak envelope r = %.4f at a delay of %d ms (r = %.4f at 0)%n",
                    name, w.durationMs(), source.durationMs(), r, best * 10, pearson(source.peaks(), w.peaks(), 0));
            assertThat(r).isGreaterThan(0.9);
            assertThat(best * 10).isLessThanOrEqualTo(maxDelayMs);
            assertThat(w.peakAt(100)).isLessThan(0.02f); // silence before the first utterance (200 ms)
            assertThat(w.peakAt(800)).isGreaterThan(0.05f); // the therapist's hum
            assertThat(w.peakAt(2_200)).isGreaterThan(0.05f); // the patient's
            assertThat(w.peakAt(1_550)).isLessThan(0.02f); // the pause between them
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"session.mp3", "session.m4a", "session.mp4"})
    void thePlayerOpensCompressedMediaAndItsClockRunsWithOrWithoutASoundDevice(String name) throws Exception {
        Path decoded;
        try (PlayableAudio audio = PlayableAudio.prepare(Fixtures.media(name));
             WavPlayer player = WavPlayer.open(audio.wav(), () -> now)) {
            decoded = audio.wav();
            assertThat(player.duration()).isBetween(3_000L, 3_060L);
            player.toggle();
            now += 500_000_000L;
            assertThat(player.isPlaying()).isTrue();
            assertThat(player.position()).isEqualTo(500);
            player.seek(2_500);
            player.pause();
            assertThat(player.position()).isEqualTo(2_500);
            Thread.sleep(100); // let the feeder try the line: silent without a device, never an exception
            assertThat(player.problem()).satisfiesAnyOf(p -> assertThat(p).isNull(),
                    p -> assertThat(p).startsWith("no sound device"));
        }
        assertThat(decoded).as("the decoded copy is deleted on close").doesNotExist();
    }

    @Test
    void aPcmWavIsPlayedWhereItIsWithoutDecoding() throws IOException {
        Path wav = Fixtures.media(Fixtures.SOURCE);
        try (PlayableAudio audio = PlayableAudio.prepare(wav)) {
            assertThat(audio.decoded()).isFalse();
            assertThat(audio.wav()).isEqualTo(wav);
        }
        assertThat(wav).exists();
    }

    @Test
    void aWavOfAnotherEncodingIsConvertedToPcmByTheJdk() throws Exception {
        Path ulaw = dir.resolve("ulaw.wav");
        try (AudioInputStream pcm = AudioSystem.getAudioInputStream(Fixtures.media(Fixtures.SOURCE).toFile());
             AudioInputStream mu = AudioSystem.getAudioInputStream(AudioFormat.Encoding.ULAW, pcm)) {
            AudioSystem.write(mu, AudioFileFormat.Type.WAVE, ulaw.toFile());
        }
        Waveform source = Waveform.read(Fixtures.media(Fixtures.SOURCE), 10);
        try (PlayableAudio audio = PlayableAudio.prepare(ulaw)) {
            assertThat(audio.decoded()).isTrue();
            Waveform w = Waveform.read(audio.wav(), 10);
            assertThat(w.durationMs()).isEqualTo(3_000);
            assertThat(pearson(source.peaks(), w.peaks(), 0)).isGreaterThan(0.99);
        }
    }

    @Test
    void unsupportedMediaIsRefusedWithoutLeavingATemporaryFile() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countDecoded(tmp);
        Path text = Files.writeString(dir.resolve("notes.mp3"), "not audio at all, just some text");
        assertThatThrownBy(() -> PlayableAudio.prepare(text)).isInstanceOf(MediaException.class)
                .hasMessageContaining("notes.mp3: named like MP3");
        Path cut = Files.write(dir.resolve("cut.m4a"), java.util.Arrays.copyOf(
                Files.readAllBytes(Fixtures.media("session.m4a")), 64));
        assertThatThrownBy(() -> PlayableAudio.prepare(cut)).isInstanceOf(MediaException.class)
                .hasMessageStartingWith(cut + ": ");
        assertThat(countDecoded(tmp)).isLessThanOrEqualTo(before);
    }

    private static long countDecoded(Path tmp) throws IOException {
        try (var files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("attune-media-")).count();
        }
    }
}
