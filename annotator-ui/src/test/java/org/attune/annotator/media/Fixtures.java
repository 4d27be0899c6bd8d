package org.attune.annotator.media;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The media fixtures of {@code src/test/resources/media} (see the README there for how they were made). */
final class Fixtures {

    /** The source: 3 s of the project's synthetic audio, 8 kHz 16-bit mono PCM WAV. */
    static final String SOURCE = "synthetic.wav";

    private Fixtures() {
    }

    static Path media(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/media/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
