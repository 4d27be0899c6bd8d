package org.attune.annotator.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * A session's media as a PCM WAV file the {@link WavPlayer} and {@link Waveform} read: a PCM WAV is used as it
 * is; compressed media (MP3, M4A, MP4) is decoded once, in the background, to a temporary WAV file (about 10 MB
 * per minute of 44.1 kHz stereo), so that seeking is exact and instant and the duration is known. Closing it
 * deletes the temporary file.
 *
 * @param source the media file linked by the session
 * @param wav    the PCM WAV to play: {@code source} itself or the temporary decoded copy
 */
public record PlayableAudio(Path source, Path wav) implements AutoCloseable {

    /** Prepares {@code media} for playback; slow for compressed media (a full decode), so call it off the EDT. */
    public static PlayableAudio prepare(Path media) throws IOException {
        if (MediaType.of(media) == MediaType.WAV && isPcmWav(media)) {
            return new PlayableAudio(media, media);
        }
        Path temp = Files.createTempFile("attune-media-", ".wav");
        temp.toFile().deleteOnExit();
        // A cache of decoded samples, not the coder's data: written in place (the JDK patches the WAV header
        // once the length is known), deleted on failure, on close and at exit.
        try (AudioInputStream pcm = AudioDecoder.openPcm(media)) {
            AudioSystem.write(pcm, AudioFileFormat.Type.WAVE, temp.toFile());
            return new PlayableAudio(media, temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e instanceof MediaException ? (MediaException) e
                    : new MediaException(media, "decoding failed (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isPcmWav(Path wav) throws IOException {
        try (AudioInputStream in = AudioDecoder.openWav(wav)) {
            AudioFormat f = in.getFormat();
            boolean pcm = f.getEncoding() == AudioFormat.Encoding.PCM_SIGNED
                    || f.getEncoding() == AudioFormat.Encoding.PCM_UNSIGNED;
            return pcm && (f.getSampleSizeInBits() == 8 || f.getSampleSizeInBits() == 16);
        }
    }

    /** Whether {@link #wav()} is a decoded copy (deleted on close). */
    public boolean decoded() {
        return !wav.equals(source);
    }

    @Override
    public void close() throws IOException {
        if (decoded()) {
            Files.deleteIfExists(wav);
        }
    }
}
