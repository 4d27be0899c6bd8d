package org.attune.annotator.media;

import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * The peaks of a PCM WAV file (compressed media is decoded to one first, see {@link PlayableAudio}): for each bucket of {@code bucketMs}, the largest absolute sample (0–1) of the first
 * channel. Computed once, off the Event Dispatch Thread; PCM 8 and 16 bit.
 *
 * @param bucketMs  the length of a bucket, ms
 * @param durationMs the length of the audio, ms
 * @param peaks      one value 0–1 per bucket
 */
public record Waveform(long bucketMs, long durationMs, float[] peaks) {

    /** Reads the peaks of a WAV file. */
    public static Waveform read(Path wav, long bucketMs) throws IOException {
        try (AudioInputStream in = AudioDecoder.openWav(wav)) {
            AudioFormat f = in.getFormat();
            if (f.getEncoding() != AudioFormat.Encoding.PCM_SIGNED && f.getEncoding() != AudioFormat.Encoding.PCM_UNSIGNED) {
                throw new MediaException(wav, "only PCM WAV is read here, not " + f.getEncoding());
            }
            int frameSize = f.getFrameSize();
            int bits = f.getSampleSizeInBits();
            long frames = in.getFrameLength();
            double rate = f.getFrameRate();
            long durationMs = Math.round(frames / rate * 1000);
            int perBucket = (int) Math.max(1, Math.round(rate * bucketMs / 1000.0));
            float[] peaks = new float[(int) Math.max(1, (frames + perBucket - 1) / perBucket)];
            byte[] buf = new byte[frameSize * 4096];
            long frame = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i + frameSize <= n; i += frameSize, frame++) {
                    float v = sample(buf, i, bits, f.isBigEndian(), f.getEncoding() == AudioFormat.Encoding.PCM_SIGNED);
                    int b = (int) Math.min(peaks.length - 1, frame / perBucket);
                    peaks[b] = Math.max(peaks[b], Math.abs(v));
                }
            }
            return new Waveform(bucketMs, durationMs, peaks);
        }
    }

    private static float sample(byte[] b, int i, int bits, boolean bigEndian, boolean signed) {
        if (bits == 8) {
            return signed ? b[i] / 128f : ((b[i] & 0xff) - 128) / 128f;
        }
        int lo = bigEndian ? b[i + 1] : b[i];
        int hi = bigEndian ? b[i] : b[i + 1];
        return (short) ((hi << 8) | (lo & 0xff)) / 32768f;
    }

    /** The peak around {@code ms} (0 outside the audio). */
    public float peakAt(long ms) {
        int b = (int) (ms / bucketMs);
        return b < 0 || b >= peaks.length ? 0 : peaks[b];
    }
}
