package org.attune.core.analysis.episodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.samples.DemoSession;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;

class EpisodesTest {

    static final SchemeRegistry SCHEMES = SchemeRegistry.builtIn();

    static List<Coding> demoCodings() {
        return SessionView.of(DemoSession.create(SCHEMES.require("3rs@2015")), SCHEMES::find).codings();
    }

    private static Coding coding(String id, String code, String category, double start, double end) {
        return new Coding("t", id, "x@1", "l", code, code, category, Math.round(start * 1000), Math.round(end * 1000),
                null, "A", "");
    }

    @Test
    void demoSessionEpisodesByHand() {
        // ruptures W2@8.2, W2@18.5, W4@31, C3@67.5, C5@230, C3@257 (see DemoSession); windows end at the next
        // rupture of the same category or after 5 minutes
        List<Episode> eps = Episodes.find(demoCodings(), Episodes.DEFAULT_WINDOW_MS);
        assertThat(eps).extracting(e -> e.rupture().code()).containsExactly("W2", "W2", "W4", "C3", "C5", "C3");
        assertThat(eps).extracting(e -> e.resolutions().size()).containsExactly(0, 0, 7, 2, 1, 3);
        assertThat(eps).extracting(Episode::timeToFirstResolution)
                .containsExactly(null, null, 14_000L, 15_500L, 17_000L, 20_000L);
        assertThat(eps.get(0).windowEnd()).isEqualTo(18_500);
        assertThat(eps.get(2).windowEnd()).isEqualTo(331_000);
        assertThat(eps.get(3).resolutions()).extracting(Coding::code).containsExactly("R5", "R2");
        assertThat(eps).allSatisfy(e -> assertThat(e.highestStage()).isNull());
    }

    @Test
    void theWindowLengthIsConfigurable() {
        List<Episode> eps = Episodes.find(demoCodings(), 10_000);
        // W4@31 with a 10 s window ends at 41 s: R7@45 is outside
        assertThat(eps.get(2).resolutions()).isEmpty();
    }

    @Test
    void highestStageReachedInTheWindow() {
        List<Coding> codings = List.of(coding("a1", "C1", "confrontation", 0, 5), coding("a2", "S2", "stage", 6, 7),
                coding("a3", "R4", "resolution", 8, 9), coding("a4", "S4", "stage", 10, 12),
                coding("a5", "S5", "stage", 400, 401));
        Episode e = Episodes.find(codings, Episodes.DEFAULT_WINDOW_MS).get(0);
        assertThat(e.highestStage()).isEqualTo(4);
        assertThat(e.resolved()).isTrue();
    }

    @Test
    void storedLinksRoundTripThroughEafAndDecideThePairing() throws Exception {
        AnnotationDocument doc = DemoSession.create(SCHEMES.require("3rs@2015"));
        List<Episode> eps = Episodes.find(SessionView.of(doc, SCHEMES::find).codings(), Episodes.DEFAULT_WINDOW_MS);
        AnnotationDocument linked = EpisodeLinks.store(doc, "A", eps);
        // twice is the same as once
        assertThat(EpisodeLinks.store(linked, "A", eps)).isEqualTo(linked);
        AnnotationDocument reread = Eaf.read(Eaf.toBytes(linked), "linked.eaf").document();
        assertThat(reread.refLinkSets()).hasSize(1);
        assertThat(reread.refLinkSets().get(0).links()).hasSize(7 + 2 + 1 + 3);
        var stored = EpisodeLinks.read(reread, "A");
        assertThat(stored).isPresent();
        List<Coding> codings = SessionView.of(reread, SCHEMES::find).codings();
        // the links reproduce the window pairing
        assertThat(Episodes.find(codings, 1, stored)).extracting(e -> e.resolutions().size())
                .containsExactly(0, 0, 7, 2, 1, 3);
        // a set without links says: nothing resolved
        AnnotationDocument none = EpisodeLinks.store(doc, "A", List.of());
        assertThat(Episodes.find(codings, Episodes.DEFAULT_WINDOW_MS, EpisodeLinks.read(none, "A")))
                .noneMatch(Episode::resolved);
        assertThat(EpisodeLinks.read(doc, "A")).isEqualTo(Optional.empty());
    }
}
