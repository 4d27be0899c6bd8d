package org.attune.annotator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.session.CodingController;
import org.attune.annotator.session.Samples;
import org.attune.annotator.ui.timeline.TimelineView;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.MediaDescriptor;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's media controller on sessions linking compressed or unplayable media (headless). */
class MediaControllerTest {

    @TempDir
    Path dir;

    private AnnotationSession session;
    private CodingController controller;
    private StatusBar status;
    private MediaController media;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(MediaControllerTest.class.getResource("/media/" + name).toURI());
    }

    /** A session stored in {@code dir} linking {@code mediaName} beside it, with the media controller loading it. */
    private void openLinking(String mediaName, String mime) throws Exception {
        AnnotationDocument demo = Samples.demo();
        AnnotationDocument doc = demo.withHeader(demo.header().withMedia(List.of(new MediaDescriptor(
                dir.resolve(mediaName).toUri().toString(), "./" + mediaName, mime, null, null))));
        session = new AnnotationSession(doc, dir.resolve("session.eaf"), SchemeRegistry.builtIn(), "R");
        controller = new CodingController(session);
        status = new StatusBar();
        media = Edt.call(() -> new MediaController(session, new TimelineView(session, controller, ms -> { }), status));
        Edt.run(media::loadForSession);
    }

    @Test
    void aSessionLinkingAnMp4PlaysItsAacTrack() throws Exception {
        Files.copy(fixture("session.mp4"), dir.resolve("session.mp4"));
        openLinking("session.mp4", "video/mp4");
        Edt.waitFor(() -> media.player().isPresent());
        assertThat(Edt.call(() -> media.player().orElseThrow().duration())).isBetween(3_000L, 3_060L);
        assertThat(Edt.call(status::message)).isEqualTo("Audio: session.mp4 decoded");
        Edt.run(media::toggle);
        assertThat(Edt.call(status::message)).isEqualTo("Playing at 1.0×");
        Edt.run(media::close);
    }

    @Test
    void aTextFileNamedMp3IsReportedInTheStatusBarAndTheSessionStaysUsable() throws Exception {
        Path fake = Files.writeString(dir.resolve("session.mp3"), "this is a transcript, not a recording\n");
        openLinking("session.mp3", "audio/mpeg");
        String expected = "Audio not loaded: " + fake + ": named like MP3 but its content is not MP3";
        Edt.waitFor(() -> status.message().startsWith(expected));
        assertThat(Edt.call(() -> media.player().isPresent())).isFalse();
        Edt.run(media::toggle); // space: says why there is nothing to play
        assertThat(Edt.call(status::message)).startsWith(expected);
        var before = session.document();
        Edt.run(() -> {
            controller.moveSelection(2);
            controller.code(session.scheme().code("W3").orElseThrow());
        });
        assertThat(session.document()).isNotSameAs(before);
        assertThat(session.view().codings()).anyMatch(c -> c.code().equals("W3") && c.coder().equals("R"));
        Edt.run(media::close);
    }
}
