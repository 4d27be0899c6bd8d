package org.attune.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.attune.core.analysis.NotComputableException;
import org.junit.jupiter.api.Test;

class TimedAgreementTest {

    @Test
    void codesOverlappingByAtLeastSixtyPercentAreMatched() {
        TimedCode a = new TimedCode(0, 1000, "W2");
        assertThat(a.overlapRatio(new TimedCode(200, 1000, "W2"))).isCloseTo(0.8, within(1e-12));
        assertThat(a.overlapRatio(new TimedCode(500, 1500, "W2"))).isCloseTo(500.0 / 1500, within(1e-12));
        TimedAgreementResult r = TimedAgreement.compute(List.of(a), List.of(new TimedCode(500, 1500, "W2")));
        assertThat(r.matched()).isZero();
        assertThat(r.unmatched()).isEqualTo(2);
    }

    /**
     * Hand-computed: A codes x, x, y, and an x B does not have; B codes x, y, y (the third y matching A's y is
     * instead an extra). Matrix (rows A, cols B, last = unmatched): x→x 1, x→y 1, y→y 1, x→∅ 1, ∅→y 1.
     */
    @Test
    void handComputedMatrixRawAgreementAndKappa() {
        List<TimedCode> a = List.of(new TimedCode(0, 1000, "x"), new TimedCode(2000, 3000, "x"),
                new TimedCode(4000, 5000, "y"), new TimedCode(6000, 7000, "x"));
        List<TimedCode> b = List.of(new TimedCode(0, 900, "x"), new TimedCode(2100, 3000, "y"),
                new TimedCode(4000, 5100, "y"), new TimedCode(8000, 9000, "y"));
        TimedAgreementResult r = TimedAgreement.compute(a, b);
        assertThat(r.categories()).containsExactly("x", "y");
        assertThat(r.matrix()).isDeepEqualTo(new int[][] {{1, 1, 1}, {0, 1, 0}, {0, 1, 0}});
        assertThat(r.matched()).isEqualTo(3);
        assertThat(r.unmatched()).isEqualTo(2);
        assertThat(r.rawAgreement()).isCloseTo(2.0 / 5, within(1e-12));
        // matched only: A = x, x, y; B = x, y, y: Po = 2/3, Pe = (2/3)(1/3) + (1/3)(2/3) = 4/9, kappa = 0.4
        assertThat(r.matchedKappa()).isCloseTo(0.4, within(1e-12));
        // IPF: row margins (3,1,1), column margins (1,3,1), structural zero at (∅,∅). The fitted table with
        // cell (∅,∅)=0 and margins satisfies: rows r_i * c_j * a_i b_j. Solved by iteration; check properties.
        assertThat(r.modifiedKappa()).isNotNull();
        assertThat(r.modifiedKappa()).isLessThan(r.rawAgreement());
    }

    @Test
    void ipfChanceAgreementMatchesAClosedFormTwoByTwo() {
        // one category x plus unmatched: matrix [[a, b], [c, 0]]. IPF with a structural zero at (∅,∅) keeps the
        // observed margins exactly, so the fitted x/x cell is a (the only table with those margins and a zero).
        // Chance agreement = a/N = raw agreement, modified kappa = 0.
        List<TimedCode> a = List.of(new TimedCode(0, 1000, "x"), new TimedCode(2000, 3000, "x"),
                new TimedCode(5000, 6000, "x"));
        List<TimedCode> b = List.of(new TimedCode(0, 1000, "x"), new TimedCode(2000, 3000, "x"),
                new TimedCode(8000, 9000, "x"));
        TimedAgreementResult r = TimedAgreement.compute(a, b);
        assertThat(r.matrix()).isDeepEqualTo(new int[][] {{2, 1}, {1, 0}});
        assertThat(r.modifiedKappa()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void perfectTimedAgreementIsOne() {
        List<TimedCode> a = List.of(new TimedCode(0, 1000, "x"), new TimedCode(2000, 3000, "y"));
        TimedAgreementResult r = TimedAgreement.compute(a, a);
        assertThat(r.rawAgreement()).isEqualTo(1.0);
        assertThat(r.modifiedKappa()).isCloseTo(1.0, within(1e-9));
        assertThat(r.matchedKappa()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void nothingCodedIsRefused() {
        assertThatThrownBy(() -> TimedAgreement.compute(List.of(), List.of()))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("neither rater");
    }
}
