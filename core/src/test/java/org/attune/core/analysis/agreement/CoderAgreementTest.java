package org.attune.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.core.analysis.NotComputableException;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.samples.TwoCoderSession;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;

class CoderAgreementTest {

    static Map<String, List<Coding>> twoCoders() {
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        SessionView v = SessionView.of(TwoCoderSession.create(schemes.require("3rs@2015")), schemes::find);
        Map<String, List<Coding>> out = new LinkedHashMap<>();
        for (String c : v.coders()) {
            out.put(c, v.codings().stream().filter(x -> x.coder().equals(c)).toList());
        }
        return out;
    }

    private static AgreementRow row(List<AgreementRow> rows, String target, String statistic) {
        return rows.stream().filter(r -> r.target().equals(target) && r.statistic().equals(statistic)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + target + " / " + statistic + " in " + rows));
    }

    @Test
    void presenceKappaPerSegmentByHand() {
        // one-minute segments (8): withdrawal present for A in minute 1 only (W2, W2, W4 all < 60 s);
        // for B in minute 1 and minute 7 (W2 397-418 s) -> A: P,a,a,a,a,a,a,a; B: P,a,a,a,a,a,P,a
        // Po = 7/8; pA(P) = 1/8, pB(P) = 2/8; Pe = 2/64 + 42/64 = 44/64; kappa = (56/64-44/64)/(20/64) = 0.6
        List<AgreementRow> rows = CoderAgreement.compute(twoCoders(), 428_000, 60_000);
        AgreementRow w = row(rows, "withdrawal (segment presence)", "Cohen's kappa");
        assertThat(w.value()).isCloseTo(0.6, within(1e-12));
        // alpha (nominal) of the same 8 x 2 table: coincidences o(P,P) = 2, o(P,a) = o(a,P) = 1, o(a,a) = 12;
        // n(P) = 3, n(a) = 13, n = 16; alpha = 1 - (n - 1) * 2 / (2 * 3 * 13) = 1 - 30/78
        AgreementRow alpha = rows.stream().filter(r -> r.target().equals("withdrawal (segment presence)")
                && r.statistic().equals("Krippendorff's alpha")).findFirst().orElseThrow();
        assertThat(alpha.value()).isCloseTo(1 - 30.0 / 78, within(1e-12));
        assertThat(alpha.note()).startsWith("nominal;");
        // C1 only coded by B: its presence kappa is computed (one coder never used it) -> kappa 0
        assertThat(row(rows, "code C1 (segment presence)", "Cohen's kappa").value()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void significanceRatingsGetAllSixIccsAndAlpha() {
        List<AgreementRow> rows = CoderAgreement.compute(twoCoders(), 428_000, 60_000);
        assertThat(rows.stream().filter(r -> r.target().equals("confrontation significance")).map(AgreementRow::statistic))
                .contains("ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)",
                        "Krippendorff's alpha");
        assertThat(row(rows, "confrontation significance", "ICC(2,1)").interval()).isNotNull();
        assertThat(rows).allSatisfy(r -> {
            if (r.value() != null) {
                assertThat(r.value()).isNotNaN();
            } else {
                assertThat(r.note()).contains("cannot be computed");
            }
        });
    }

    @Test
    void timeBasedAgreementPerLayer() {
        List<AgreementRow> rows = CoderAgreement.compute(twoCoders(), 428_000, 300_000);
        AgreementRow rupture = row(rows, "layer rupture, coders A/B", "modified kappa (Holle & Rein)");
        // A: W2 W2 W4 C3 C5 C3 ; B: W2 W4 C3 C5 C1 W2 -> 5 matched (W2, W4, C3, C5, C3/C1), A's W2@18.5 and
        // B's W2@397 unmatched
        assertThat(rupture.note()).startsWith("5 matched, 2 unmatched, raw agreement 0.571");
    }

    @Test
    void oneCoderIsRefused() {
        Map<String, List<Coding>> one = new LinkedHashMap<>(twoCoders());
        one.remove("B");
        assertThatThrownBy(() -> CoderAgreement.compute(one, 428_000, 60_000))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("two or more coders, found 1 (A)");
    }
}
