package org.attune.annotator.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compressed media decoded to PCM against the WAV it was encoded from (fixtures made with ffmpeg). */
@Timeout(60) // a decoder that loops on bad input must fail the test, not hang the build
class AudioDecoderTest {

    /** AAC's last frame is padded (up to 1024 samples, 23 ms at 44.1 kHz); MP3 is cut exactly by its LAME tag. */
    private static final long DURATION_TOLERANCE_MS = 30;

    @TempDir
    Path dir;

    private static long decodedMs(Path file) throws IOException {
        try (AudioInputStream in = AudioDecoder.openPcm(file)) {
            AudioFormat f = in.getFormat();
            assertThat(AudioDecoder.isPcm16(f)).as("16-bit signed little-endian PCM").isTrue();
            long bytes = 0;
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes += n;
            }
            return Math.round(bytes / (double) f.getFrameSize() / f.getFrameRate() * 1000);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"session.mp3", "session.m4a", "session.mp4"})
    void compressedMediaDecodesToPcmAsLongAsTheWavItWasMadeFrom(String name) throws IOException {
        long source = decodedMs(Fixtures.media(Fixtures.SOURCE));
        assertThat(source).isEqualTo(3_000);
        assertThat(decodedMs(Fixtures.media(name))).isCloseTo(source, org.assertj.core.data.Offset.offset(DURATION_TOLERANCE_MS));
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws IOException {
        assertThat(MediaType.of(Fixtures.media("session.mp3"))).isEqualTo(MediaType.MP3);
        assertThat(MediaType.of(Fixtures.media("session.m4a"))).isEqualTo(MediaType.MP4_AAC);
        assertThat(MediaType.of(Fixtures.media("session.mp4"))).isEqualTo(MediaType.MP4_AAC);
        assertThat(MediaType.of(Fixtures.media(Fixtures.SOURCE))).isEqualTo(MediaType.WAV);
        Path misnamed = Files.copy(Fixtures.media("session.m4a"), dir.resolve("really-aac.mp3"));
        assertThat(MediaType.of(misnamed)).isEqualTo(MediaType.MP4_AAC);
        assertThat(decodedMs(misnamed)).isCloseTo(3_000, org.assertj.core.data.Offset.offset(DURATION_TOLERANCE_MS));
    }

    @Test
    void oggIsRefusedWithAMessageNamingTheFileAndTheFormat() {
        Path ogg = Fixtures.media("session.ogg");
        assertThatThrownBy(() -> AudioDecoder.openPcm(ogg)).isInstanceOf(MediaException.class)
                .hasMessage(ogg + ": Ogg (Vorbis/Opus) audio is not supported; supported: " + MediaType.SUPPORTED);
    }

    @Test
    void aTextFileNamedMp3IsRefusedWithAMessageSayingItsContentIsNotMp3() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp3"), "these are my notes, not a recording\n");
        assertThatThrownBy(() -> AudioDecoder.openPcm(text)).isInstanceOf(MediaException.class)
                .hasMessageStartingWith(text + ": named like MP3 but its content is not MP3 (it starts with 0x74686573)");
    }

    @Test
    void emptyAndMissingFilesAreRefusedWithAMessage() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.m4a"));
        assertThatThrownBy(() -> AudioDecoder.openPcm(empty)).hasMessage(empty + ": the file is empty");
        Path missing = dir.resolve("gone.mp3");
        assertThatThrownBy(() -> AudioDecoder.openPcm(missing)).hasMessage(missing + ": no such file");
    }

    @Test
    void aDamagedFileOfASupportedTypeIsRefusedWithAMessageNotACrash() throws IOException {
        byte[] mp4 = Files.readAllBytes(Fixtures.media("session.m4a"));
        byte[] cut = new byte[64];
        System.arraycopy(mp4, 0, cut, 0, cut.length); // 'ftyp', 'free' and the start of 'mdat'
        Path truncated = Files.write(dir.resolve("cut.m4a"), cut);
        assertThatThrownBy(() -> AudioDecoder.openPcm(truncated)).isInstanceOf(MediaException.class)
                .hasMessageStartingWith(truncated + ": truncated or damaged MPEG-4 file: the 'mdat' box at byte 36");
        byte[] noIndex = java.util.Arrays.copyOf(mp4, 28 + 8); // the 'ftyp' and 'free' boxes, whole, and no more
        Path incomplete = Files.write(dir.resolve("incomplete.mp4"), noIndex);
        assertThatThrownBy(() -> AudioDecoder.openPcm(incomplete)).isInstanceOf(MediaException.class)
                .hasMessageStartingWith(incomplete + ": incomplete MPEG-4 file: it has no 'moov' box");
        byte[] junk = new byte[4096];
        junk[0] = 'I';
        junk[1] = 'D';
        junk[2] = '3';
        Path tagOnly = Files.write(dir.resolve("tag-only.mp3"), junk);
        assertThatThrownBy(() -> AudioDecoder.openPcm(tagOnly)).isInstanceOf(MediaException.class)
                .hasMessageStartingWith(tagOnly + ": ");
    }
}
