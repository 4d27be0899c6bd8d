package org.attune.annotator.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** LAME's gapless information, read from the fixture ffmpeg wrote (its README says how it was made). */
class Mp3GaplessTest {

    @Test
    void theLameTagGivesTheInfoFrameTheEncodersDelayAndTheSamplesEncoded() throws IOException {
        // 116 frames of 1152 samples at 44.1 kHz: 576 delay, 756 padding, 132,300 samples = 3 s
        assertThat(Mp3Gapless.of(Fixtures.media("session.mp3")))
                .contains(new Mp3Gapless(1152 + 576 + 529, 132_300));
    }

    @Test
    void filesWithoutALameTagHaveNone() throws IOException {
        assertThat(Mp3Gapless.of(Fixtures.media("session.m4a"))).isEmpty();
        assertThat(Mp3Gapless.of(Fixtures.media(Fixtures.SOURCE))).isEmpty();
    }
}
