package org.attune.annotator.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import org.attune.annotator.media.MediaFiles;
import org.attune.annotator.media.PlayableAudio;
import org.attune.annotator.media.WavPlayer;
import org.attune.annotator.media.Waveform;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.session.Selection;
import org.attune.annotator.ui.timeline.TimelineView;

/**
 * Connects the session's audio to the window: finds the linked media, decodes it when compressed
 * ({@link PlayableAudio}), opens it and computes its waveform in the background, moves the timeline's playhead every 30 ms while playing, and carries out the media commands.
 */
public final class MediaController implements AutoCloseable {

    private final AnnotationSession session;
    private final TimelineView timeline;
    private final StatusBar status;
    private final Timer ticker;
    private WavPlayer player;
    private PlayableAudio audio;
    private Path loadedFor;
    private String failure;
    private long position;

    public MediaController(AnnotationSession session, TimelineView timeline, StatusBar status) {
        this.session = session;
        this.timeline = timeline;
        this.status = status;
        this.ticker = new Timer(30, e -> tick());
    }

    /** Loads the audio of the session's current file (when it changed), in the background. */
    public void loadForSession() {
        Path file = session.file().orElse(null);
        Optional<Path> media = MediaFiles.mediaOf(session.document(), file);
        if (media.isEmpty()) {
            close();
            loadedFor = null;
            failure = null;
            timeline.setWaveform(null);
            return;
        }
        if (media.get().equals(loadedFor)) {
            return;
        }
        loadedFor = media.get();
        failure = null;
        close();
        timeline.setWaveform(null);
        new SwingWorker<Loaded, Void>() {
            @Override
            protected Loaded doInBackground() throws IOException {
                PlayableAudio a = PlayableAudio.prepare(media.get());
                try {
                    return new Loaded(a, WavPlayer.open(a.wav(), System::nanoTime), Waveform.read(a.wav(), 20));
                } catch (IOException | RuntimeException e) {
                    a.close();
                    throw e;
                }
            }

            @Override
            protected void done() {
                try {
                    Loaded r = get();
                    if (!media.get().equals(loadedFor)) { // another file was opened meanwhile
                        r.close();
                        return;
                    }
                    close();
                    audio = r.audio();
                    player = r.player();
                    timeline.setWaveform(r.waveform());
                    if (audio.decoded()) {
                        status.show("Audio: " + media.get().getFileName() + " decoded");
                    }
                } catch (ExecutionException e) {
                    if (media.get().equals(loadedFor)) {
                        failure = "Audio not loaded: " + e.getCause().getMessage();
                        status.show(failure);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private record Loaded(PlayableAudio audio, WavPlayer player, Waveform waveform) {
        void close() {
            player.close();
            try {
                audio.close();
            } catch (IOException e) {
                // a temporary file that could not be deleted now is deleted at exit
            }
        }
    }

    public Optional<WavPlayer> player() {
        return Optional.ofNullable(player);
    }

    private void tick() {
        if (player == null) {
            ticker.stop();
            return;
        }
        position = player.position();
        timeline.setPlayhead(position, true);
        if (!player.isPlaying()) {
            ticker.stop();
            if (player.problem() != null) {
                status.show(player.problem());
            }
        }
    }

    private boolean ready() {
        if (player == null) {
            status.show(failure != null ? failure
                    : loadedFor != null ? "No audio yet: " + loadedFor.getFileName() + " is being decoded"
                    : "No audio: the session links no media file that exists");
            return false;
        }
        return true;
    }

    public void toggle() {
        if (ready()) {
            player.toggle();
            ticker.start();
            status.show(player.isPlaying() ? "Playing at " + player.rate() + "×" : "Paused");
        }
    }

    public void seek(long ms) {
        position = ms;
        timeline.setPlayhead(ms, false);
        if (player != null) {
            player.seek(ms);
        }
    }

    public void back(long ms) {
        seek(Math.max(0, (player != null ? player.position() : position) - ms));
    }

    /** Plays the selected range, utterance or coding once, or over and over. */
    public void playSelection(boolean loop) {
        if (!ready()) {
            return;
        }
        Selection s = session.selection();
        long[] span = s.range() != null ? new long[] {s.range().start(), s.range().end()}
                : session.selectedCoding().map(c -> new long[] {c.start(), c.end()})
                .or(() -> session.selectedUtterance().map(u -> new long[] {u.start(), u.end()})).orElse(null);
        if (span == null) {
            status.show("Select an utterance, a coding or a range to play it");
            return;
        }
        player.playRange(span[0], span[1], loop);
        ticker.start();
        status.show(loop ? "Looping the selection" : "Playing the selection");
    }

    public void changeRate(double factor) {
        if (ready()) {
            player.setRate(Math.round(player.rate() * factor * 4) / 4.0);
            status.show("Speed " + player.rate() + "×");
        }
    }

    @Override
    public void close() {
        ticker.stop();
        if (player != null) {
            new Loaded(audio, player, null).close();
            player = null;
            audio = null;
        }
    }
}
