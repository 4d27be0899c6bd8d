package org.attune.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.attune.core.analysis.NotComputableException;
import org.junit.jupiter.api.Test;

class IccTest {

    /**
     * Shrout, P. E., &amp; Fleiss, J. L. (1979). Intraclass correlations: Uses in assessing rater reliability.
     * Psychological Bulletin, 86(2), 420–428. Table 2: four judges rate six targets.
     */
    static final Double[][] SHROUT_FLEISS = {
        {9.0, 2.0, 5.0, 8.0},
        {6.0, 1.0, 3.0, 2.0},
        {8.0, 4.0, 6.0, 8.0},
        {7.0, 1.0, 2.0, 6.0},
        {10.0, 5.0, 6.0, 9.0},
        {6.0, 2.0, 4.0, 7.0}};

    @Test
    void reproducesTheSixShroutFleissCoefficientsOfTable4() {
        IccResult r = Icc.compute(SHROUT_FLEISS);
        // Table 3 mean squares: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02
        assertThat(r.bms()).isCloseTo(11.24, within(0.005));
        assertThat(r.wms()).isCloseTo(6.26, within(0.005));
        assertThat(r.jms()).isCloseTo(32.49, within(0.005));
        assertThat(r.ems()).isCloseTo(1.02, within(0.005));
        // Table 4 (published to two decimals): .17 .29 .71 .44 .62 .91
        assertThat(r.form("ICC(1,1)").value()).isCloseTo(0.17, within(0.005));
        assertThat(r.form("ICC(2,1)").value()).isCloseTo(0.29, within(0.005));
        assertThat(r.form("ICC(3,1)").value()).isCloseTo(0.71, within(0.005));
        assertThat(r.form("ICC(1,4)").value()).isCloseTo(0.44, within(0.005));
        assertThat(r.form("ICC(2,4)").value()).isCloseTo(0.62, within(0.005));
        assertThat(r.form("ICC(3,4)").value()).isCloseTo(0.91, within(0.005));
        // to three decimals, from the mean squares by hand: (11.2417-6.2639)/(11.2417+3*6.2639) = .1657 ...
        assertThat(r.form("ICC(1,1)").value()).isCloseTo(0.166, within(0.0005));
        assertThat(r.form("ICC(2,1)").value()).isCloseTo(0.290, within(0.0005));
        assertThat(r.form("ICC(3,1)").value()).isCloseTo(0.715, within(0.0005));
        assertThat(r.form("ICC(1,k)").value()).isCloseTo(0.443, within(0.0005));
        assertThat(r.form("ICC(2,k)").value()).isCloseTo(0.620, within(0.0005));
        assertThat(r.form("ICC(3,k)").value()).isCloseTo(0.909, within(0.0005));
    }

    /**
     * The same data's F tests and 95% intervals as printed by R's psych::ICC (Revelle, psych package, help page
     * of ICC, which uses the Shrout &amp; Fleiss data): F = 1.8 (5, 18) and 11 (5, 15); bounds
     * ICC1 [-0.133, 0.72], ICC2 [0.019, 0.76], ICC3 [0.342, 0.95], ICC1k [-0.884, 0.91], ICC2k [0.071, 0.93],
     * ICC3k [0.676, 0.99].
     */
    @Test
    void confidenceIntervalsAndFTestsMatchPsych() {
        IccResult r = Icc.compute(SHROUT_FLEISS);
        IccForm icc1 = r.form("ICC(1,1)");
        assertThat(icc1.f()).isCloseTo(1.795, within(0.001));
        assertThat(icc1.df1()).isEqualTo(5);
        assertThat(icc1.df2()).isEqualTo(18);
        assertThat(r.form("ICC(3,1)").f()).isCloseTo(11.027, within(0.001));
        assertThat(r.form("ICC(3,1)").df2()).isEqualTo(15);
        assertBounds(icc1, -0.133, 0.72);
        assertBounds(r.form("ICC(2,1)"), 0.019, 0.76);
        assertBounds(r.form("ICC(3,1)"), 0.342, 0.95);
        assertBounds(r.form("ICC(1,k)"), -0.884, 0.91);
        assertBounds(r.form("ICC(2,k)"), 0.071, 0.93);
        assertBounds(r.form("ICC(3,k)"), 0.676, 0.99);
    }

    private static void assertBounds(IccForm f, double lower, double upper) {
        assertThat(f.interval()).as(f.name()).isNotNull();
        assertThat(f.interval().lower()).as(f.name() + " lower").isCloseTo(lower, within(0.0015));
        assertThat(f.interval().upper()).as(f.name() + " upper").isCloseTo(upper, within(0.006));
        assertThat(f.interval().lower()).isLessThan(f.value());
        assertThat(f.interval().upper()).isGreaterThan(f.value());
    }

    @Test
    void handComputedTwoByTwoCase() {
        // targets (1,2), (3,5): grand mean 2.75; SSB = 2*((1.5-2.75)^2+(4-2.75)^2) = 6.25 -> BMS 6.25
        // SST = 3.0625+0.5625+0.0625+5.0625 = 8.75; SSJ = 2*((2-2.75)^2+(3.5-2.75)^2) = 2.25 -> JMS 2.25
        // SSE = 8.75-6.25-2.25 = 0.25 -> EMS 0.25; WMS = (8.75-6.25)/2 = 1.25
        IccResult r = Icc.compute(new Double[][] {{1.0, 2.0}, {3.0, 5.0}});
        assertThat(r.bms()).isCloseTo(6.25, within(1e-12));
        assertThat(r.wms()).isCloseTo(1.25, within(1e-12));
        assertThat(r.ems()).isCloseTo(0.25, within(1e-12));
        assertThat(r.form("ICC(1,1)").value()).isCloseTo((6.25 - 1.25) / (6.25 + 1.25), within(1e-12));
        assertThat(r.form("ICC(3,1)").value()).isCloseTo(6.0 / 6.5, within(1e-12));
        assertThat(r.form("ICC(2,1)").value()).isCloseTo(6.0 / (6.5 + 2 * 2.0 / 2), within(1e-12));
        assertThat(r.form("ICC(3,k)").value()).isCloseTo(6.0 / 6.25, within(1e-12));
    }

    @Test
    void equalRaterMeansStillGiveTheTwoWayRandomInterval() {
        // columns sum to the same total: JMS = 0, Satterthwaite's df = (n-1)(k-1); by hand for (3,2),(0,0),(0,1):
        // grand 1, BMS = 2*((2.5-1)^2+(0-1)^2+(0.5-1)^2)/2 = 3.5, EMS = (SST 8 - SSB 7 - SSJ 0)/2 = 0.5
        IccResult r = Icc.compute(new Double[][] {{3.0, 2.0}, {0.0, 0.0}, {0.0, 1.0}});
        assertThat(r.jms()).isCloseTo(0.0, within(1e-12));
        assertThat(r.bms()).isCloseTo(3.5, within(1e-12));
        assertThat(r.ems()).isCloseTo(0.5, within(1e-12));
        double fStar = Icc.fQuantile(0.975, 2, 2);
        double lower = 3 * (3.5 - fStar * 0.5) / (fStar * (2 * 0 + (6 - 2 - 3) * 0.5) + 3 * 3.5);
        assertThat(r.form("ICC(2,1)").interval().lower()).isCloseTo(lower, within(1e-9));
        assertThat(r.form("ICC(2,1)").interval().lower()).isNotEqualTo(r.form("ICC(3,1)").interval().lower());
    }

    @Test
    void rowsWithAMissingRatingAreLeftOutAndCounted() {
        Double[][] withMissing = new Double[SHROUT_FLEISS.length + 1][];
        System.arraycopy(SHROUT_FLEISS, 0, withMissing, 0, SHROUT_FLEISS.length);
        withMissing[SHROUT_FLEISS.length] = new Double[] {1.0, null, 3.0, 4.0};
        IccResult r = Icc.compute(withMissing);
        assertThat(r.dropped()).isEqualTo(1);
        assertThat(r.targets()).isEqualTo(6);
        assertThat(r.form("ICC(3,1)").value()).isCloseTo(Icc.compute(SHROUT_FLEISS).form("ICC(3,1)").value(),
                within(1e-12));
    }

    @Test
    void perfectAgreementGivesOneWithoutAnInterval() {
        IccResult r = Icc.compute(new Double[][] {{1.0, 1.0}, {2.0, 2.0}, {4.0, 4.0}});
        assertThat(r.form("ICC(1,1)").value()).isEqualTo(1.0);
        assertThat(r.form("ICC(1,1)").interval()).isNull();
        assertThat(r.forms()).allSatisfy(f -> assertThat(Double.isNaN(f.value())).isFalse());
    }

    @Test
    void degenerateTablesAreRefusedWithAReason() {
        assertThatThrownBy(() -> Icc.compute(new Double[][] {{3.0, 3.0}, {3.0, 3.0}}))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("no variance");
        assertThatThrownBy(() -> Icc.compute(new Double[][] {{1.0}, {2.0}}))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("at least two raters");
        assertThatThrownBy(() -> Icc.compute(new Double[][] {{1.0, 2.0}}))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("at least two targets");
        assertThatThrownBy(() -> Icc.compute(new Double[][] {{1.0, 2.0}, {1.0, 2.0}}))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("targets do not differ");
        assertThatThrownBy(() -> Icc.compute(new Double[][] {{null, 2.0}, {1.0, null}}))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("2 left out");
    }
}
