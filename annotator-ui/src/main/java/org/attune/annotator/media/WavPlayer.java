package org.attune.annotator.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays a PCM WAV file with {@code javax.sound.sampled} (compressed media is decoded to one first, see
 * {@link PlayableAudio}). The {@link PlaybackClock} is the truth about the
 * position; the audio line is fed from the clock's position on a background thread and restarted on every
 * seek, pause or speed change. Speed changes the line's sample rate (pitch changes with it). Without a sound
 * device (CI machines) playback is silent but the clock runs, so the playhead still moves.
 */
public final class WavPlayer implements AutoCloseable {

    private final Path wav;
    private final AudioFormat format;
    private final PlaybackClock clock;
    private final ExecutorService feeder;
    private final AtomicInteger generation = new AtomicInteger();
    private volatile String problem;

    private WavPlayer(Path wav, AudioFormat format, long durationMs, LongSupplier nanos) {
        this.wav = wav;
        this.format = format;
        this.clock = new PlaybackClock(nanos, durationMs);
        this.feeder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "attune-audio");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens a WAV file (reads only its header). */
    public static WavPlayer open(Path wav, LongSupplier nanos) throws IOException {
        try (AudioInputStream in = AudioDecoder.openWav(wav)) {
            AudioFormat f = in.getFormat();
            long ms = Math.round(in.getFrameLength() / (double) f.getFrameRate() * 1000);
            return new WavPlayer(wav, f, ms, nanos);
        }
    }

    public Path file() {
        return wav;
    }

    public synchronized long duration() {
        return clock.duration();
    }

    public synchronized long position() {
        return clock.position();
    }

    public synchronized boolean isPlaying() {
        return clock.isPlaying();
    }

    public synchronized double rate() {
        return clock.rate();
    }

    public synchronized boolean isLooping() {
        return clock.isLooping();
    }

    /** Why playback is silent (no sound device), or null. */
    public String problem() {
        return problem;
    }

    public synchronized void toggle() {
        clock.toggle();
        refeed();
    }

    public synchronized void pause() {
        clock.pause();
        refeed();
    }

    public synchronized void seek(long ms) {
        clock.seek(ms);
        refeed();
    }

    public synchronized void setRate(double rate) {
        clock.setRate(rate);
        refeed();
    }

    public synchronized void playRange(long start, long end, boolean loop) {
        clock.playRange(start, end, loop);
        refeed();
    }

    private void refeed() {
        int gen = generation.incrementAndGet();
        if (clock.isPlaying()) {
            long from = clock.position();
            double rate = clock.rate();
            feeder.submit(() -> feed(gen, from, rate));
        }
    }

    private void feed(int gen, long fromMs, double rate) {
        try (AudioInputStream in = AudioDecoder.openWav(wav)) {
            long skip = (long) (fromMs / 1000.0 * format.getFrameRate()) * format.getFrameSize();
            in.skipNBytes(Math.min(skip, Math.max(0, in.getFrameLength() * format.getFrameSize())));
            AudioFormat out = new AudioFormat(format.getEncoding(), (float) (format.getSampleRate() * rate),
                    format.getSampleSizeInBits(), format.getChannels(), format.getFrameSize(),
                    (float) (format.getFrameRate() * rate), format.isBigEndian());
            SourceDataLine line;
            try {
                line = AudioSystem.getSourceDataLine(out);
                line.open(out);
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                problem = "no sound device (" + e.getMessage() + "): playback is silent";
                return;
            }
            try {
                line.start();
                byte[] buf = new byte[format.getFrameSize() * 1024];
                int n;
                while (generation.get() == gen && (n = in.read(buf)) > 0) {
                    line.write(buf, 0, n - n % format.getFrameSize());
                    synchronized (this) {
                        if (!clock.isPlaying()) {
                            break;
                        }
                    }
                }
                if (generation.get() != gen) {
                    line.flush();
                }
            } finally {
                line.stop();
                line.close();
            }
        } catch (IOException e) {
            problem = e.getMessage();
        }
    }

    @Override
    public void close() {
        generation.incrementAndGet();
        feeder.shutdownNow();
    }
}
