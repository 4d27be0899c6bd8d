package org.attune.annotator.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The player's clock against a fake time source (no sound device, no waiting). */
class PlaybackClockTest {

    private long now = 1_000_000_000L;
    private final PlaybackClock clock = new PlaybackClock(() -> now, 60_000);

    private void advance(long ms) {
        now += ms * 1_000_000L;
    }

    @Test
    void positionFollowsTimeWhilePlayingAndHoldsWhilePaused() {
        assertThat(clock.position()).isZero();
        clock.play();
        advance(1_500);
        assertThat(clock.position()).isEqualTo(1_500);
        clock.pause();
        advance(5_000);
        assertThat(clock.position()).isEqualTo(1_500);
        clock.toggle();
        advance(500);
        assertThat(clock.position()).isEqualTo(2_000);
    }

    @Test
    void speedScalesTheClockWithoutAJumpAndIsClampedToHalfAndDouble() {
        clock.play();
        advance(1_000);
        clock.setRate(2.0);
        assertThat(clock.position()).isEqualTo(1_000);
        advance(1_000);
        assertThat(clock.position()).isEqualTo(3_000);
        clock.setRate(10);
        assertThat(clock.rate()).isEqualTo(2.0);
        clock.setRate(0.1);
        assertThat(clock.rate()).isEqualTo(0.5);
        advance(2_000);
        assertThat(clock.position()).isEqualTo(4_000);
    }

    @Test
    void seekMovesWhilePlayingAndIsClampedToTheMedia() {
        clock.play();
        clock.seek(30_000);
        advance(100);
        assertThat(clock.position()).isEqualTo(30_100);
        clock.seek(-5);
        assertThat(clock.position()).isZero();
        clock.seek(99_000);
        assertThat(clock.position()).isEqualTo(60_000);
    }

    @Test
    void playbackStopsAtTheEndAndStartsOverWhenPlayedAgain() {
        clock.seek(59_000);
        clock.play();
        advance(5_000);
        assertThat(clock.position()).isEqualTo(60_000);
        assertThat(clock.isPlaying()).isFalse();
        clock.play();
        advance(10);
        assertThat(clock.position()).isEqualTo(10);
    }

    @Test
    void playingASelectionStopsAtItsEndAndLoopingWrapsToItsStart() {
        clock.playRange(10_000, 12_000, false);
        advance(3_000);
        assertThat(clock.position()).isEqualTo(12_000);
        assertThat(clock.isPlaying()).isFalse();

        clock.playRange(10_000, 12_000, true);
        advance(2_500);
        assertThat(clock.position()).isEqualTo(10_500);
        assertThat(clock.isPlaying()).isTrue();
        assertThat(clock.isLooping()).isTrue();
        clock.seek(20_000);
        assertThat(clock.isLooping()).isFalse();
        advance(1_000);
        assertThat(clock.position()).isEqualTo(21_000);
    }
}
