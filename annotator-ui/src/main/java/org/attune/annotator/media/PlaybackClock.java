package org.attune.annotator.media;

import java.util.function.LongSupplier;

/**
 * Where playback is, in media milliseconds, from a time source (System::nanoTime in the app, a fake in tests):
 * play, pause, seek, speed (0.5×–2×), an end, and an optional loop or stop point (play the selection). Pure
 * logic, no audio; the audio line follows it. Not thread-safe: use from one thread, or synchronise.
 */
public final class PlaybackClock {

    public static final double MIN_RATE = 0.5;
    public static final double MAX_RATE = 2.0;

    private final LongSupplier nanos;
    private final long duration;
    private long anchorMs;
    private long anchorNanos;
    private boolean playing;
    private double rate = 1.0;
    private long stopAt = -1;
    private long loopStart = -1;

    /** A paused clock at 0 for media of {@code durationMs}. */
    public PlaybackClock(LongSupplier nanos, long durationMs) {
        this.nanos = nanos;
        this.duration = Math.max(0, durationMs);
    }

    public long duration() {
        return duration;
    }

    /** The current position, ms; when a stop point or the end is passed, the clock pauses there (or loops). */
    public long position() {
        if (!playing) {
            return anchorMs;
        }
        long now = nanos.getAsLong();
        long pos = anchorMs + Math.round((now - anchorNanos) / 1e6 * rate);
        long end = stopAt >= 0 ? Math.min(stopAt, duration) : duration;
        if (pos >= end) {
            if (loopStart >= 0 && end > loopStart) {
                long span = end - loopStart;
                long wrapped = loopStart + (pos - loopStart) % span;
                anchorMs = wrapped;
                anchorNanos = now;
                return wrapped;
            }
            playing = false;
            anchorMs = end;
            return end;
        }
        return pos;
    }

    public boolean isPlaying() {
        position();
        return playing;
    }

    public void play() {
        if (!playing) {
            long p = anchorMs >= duration ? 0 : anchorMs;
            anchorMs = p;
            anchorNanos = nanos.getAsLong();
            playing = true;
        }
    }

    public void pause() {
        anchorMs = position();
        playing = false;
    }

    public void toggle() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /** Moves to {@code ms} (clamped to the media), keeping play or pause; clears a stop point behind it. */
    public void seek(long ms) {
        position();
        anchorMs = Math.max(0, Math.min(duration, ms));
        anchorNanos = nanos.getAsLong();
        if (stopAt >= 0 && anchorMs >= stopAt) {
            clearRange();
        }
    }

    /** Plays {@code [start, end]} once ({@code loop} false) or over and over. */
    public void playRange(long start, long end, boolean loop) {
        stopAt = Math.min(end, duration);
        loopStart = loop ? start : -1;
        pause();
        seek(start);
        play();
    }

    public void clearRange() {
        stopAt = -1;
        loopStart = -1;
    }

    public boolean isLooping() {
        return loopStart >= 0;
    }

    public double rate() {
        return rate;
    }

    /** Sets the speed, clamped to 0.5×–2×; the position does not jump. */
    public void setRate(double newRate) {
        long p = position();
        anchorMs = p;
        anchorNanos = nanos.getAsLong();
        rate = Math.max(MIN_RATE, Math.min(MAX_RATE, newRate));
    }
}
