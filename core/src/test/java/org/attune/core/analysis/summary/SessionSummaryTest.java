package org.attune.core.analysis.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.attune.core.profile.SessionView;
import org.attune.core.samples.DemoSession;
import org.attune.core.analysis.episodes.Episodes;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;

class SessionSummaryTest {

    @Test
    void demoSessionCountsRatesAndResolutionRate() {
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        SessionSummary s = SessionSummary.of("demo", SessionView.of(DemoSession.create(schemes.require("3rs@2015")),
                schemes::find), Episodes.DEFAULT_WINDOW_MS);
        assertThat(s.durationMs()).isEqualTo(428_000);
        CoderSummary a = s.coders().get(0);
        assertThat(a.coder()).isEqualTo("A");
        assertThat(a.byCategory()).containsEntry("withdrawal", 3).containsEntry("confrontation", 3)
                .containsEntry("resolution", 8);
        assertThat(a.byCode()).containsEntry("W2", 2).containsEntry("R2", 2);
        // 3 withdrawal markers in 428 s = 3 / (428/3600) per hour
        assertThat(s.perHour(3)).isCloseTo(3 / (428.0 / 3600), within(1e-9));
        assertThat(a.resolvedCount()).isEqualTo(4);
        assertThat(a.resolutionRate().getAsDouble()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(a.meanTimeToResolution().getAsDouble()).isCloseTo((14_000 + 15_500 + 17_000 + 20_000) / 4.0,
                within(1e-9));
        assertThat(s.labels()).containsEntry("W2", "Minimal response");
    }

    @Test
    void aCorpusPoolsLengthsCategoriesAndRuptures() {
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        SessionSummary s = SessionSummary.of("demo", SessionView.of(DemoSession.create(schemes.require("3rs@2015")),
                schemes::find), Episodes.DEFAULT_WINDOW_MS);
        CorpusSummary c = new CorpusSummary(java.util.List.of(s, s));
        assertThat(c.durationMs()).isEqualTo(856_000);
        assertThat(c.byCategory()).containsEntry("withdrawal", 6).containsEntry("resolution", 16);
        assertThat(c.ruptures()).isEqualTo(12);
        assertThat(c.resolved()).isEqualTo(8);
        assertThat(c.perHour(6).getAsDouble()).isCloseTo(6 / (856.0 / 3600), within(1e-9));
        assertThat(new CorpusSummary(java.util.List.of()).perHour(1)).isEmpty();
    }
}
