package org.attune.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attune.core.analysis.NotComputableException;
import org.junit.jupiter.api.Test;

class KappaTest {

    private static List<String> repeat(String v, int n) {
        return new ArrayList<>(Collections.nCopies(n, v));
    }

    /**
     * The worked example of the Wikipedia article "Cohen's kappa" (50 grant proposals read by two readers:
     * 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): Po = 0.70, Pe = 0.50, kappa = 0.40.
     */
    @Test
    void reproducesTheWorkedTwoByTwoExample() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, "yes", "yes", 20);
        add(a, b, "yes", "no", 5);
        add(a, b, "no", "yes", 10);
        add(a, b, "no", "no", 15);
        KappaResult k = Kappa.cohen(a, b);
        assertThat(k.name()).isEqualTo("Cohen's kappa");
        assertThat(k.observed()).isCloseTo(0.70, within(1e-12));
        assertThat(k.expected()).isCloseTo(0.50, within(1e-12));
        assertThat(k.value()).isCloseTo(0.40, within(1e-12));
        assertThat(k.units()).isEqualTo(50);
    }

    /**
     * The second worked example of the Wikipedia article "Cohen's kappa" (section "Same percentages but different
     * numbers"): two tables with the same 60% agreement, cells 45/15/25/15 give kappa = 0.1304 and 25/35/5/35
     * give kappa = 0.2593.
     */
    @Test
    void reproducesTheSamePercentageDifferentKappaExamples() {
        assertThat(fromCells(45, 15, 25, 15).value()).isCloseTo(0.1304, within(0.00005));
        assertThat(fromCells(25, 35, 5, 35).value()).isCloseTo(0.2593, within(0.00005));
        assertThat(fromCells(25, 35, 5, 35).observed()).isCloseTo(0.6, within(1e-12));
    }

    private static KappaResult fromCells(int yesYes, int yesNo, int noYes, int noNo) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, "yes", "yes", yesYes);
        add(a, b, "yes", "no", yesNo);
        add(a, b, "no", "yes", noYes);
        add(a, b, "no", "no", noNo);
        return Kappa.cohen(a, b);
    }

    private static void add(List<String> a, List<String> b, String x, String y, int n) {
        a.addAll(repeat(x, n));
        b.addAll(repeat(y, n));
    }

    @Test
    void handComputedSmallCase() {
        // 4 units: agree on 3; A = [x, x, y, y], B = [x, x, y, x]; Po = .75; Pe = .5*.75 + .5*.25 = .5; kappa = .5
        KappaResult k = Kappa.cohen(List.of("x", "x", "y", "y"), List.of("x", "x", "y", "x"));
        assertThat(k.value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void unitsMissingARatingAreLeftOut() {
        List<String> a = new ArrayList<>(List.of("x", "x", "y", "y", "x"));
        List<String> b = new ArrayList<>(List.of("x", "x", "y", "x", ""));
        assertThat(Kappa.cohen(a, b).units()).isEqualTo(4);
        assertThat(Kappa.cohen(a, b).value()).isCloseTo(0.5, within(1e-12));
    }

    /**
     * The worked example of the Wikipedia article "Fleiss' kappa": 10 subjects, 14 raters, 5 categories;
     * P-bar = 0.378, Pe-bar = 0.213, kappa = 0.210.
     */
    @Test
    void reproducesTheFleissWorkedExample() {
        List<int[]> counts = List.of(
                new int[] {0, 0, 0, 0, 14}, new int[] {0, 2, 6, 4, 2}, new int[] {0, 0, 3, 5, 6},
                new int[] {0, 3, 9, 2, 0}, new int[] {2, 2, 8, 1, 1}, new int[] {7, 7, 0, 0, 0},
                new int[] {3, 2, 6, 3, 0}, new int[] {2, 5, 3, 2, 2}, new int[] {6, 5, 2, 1, 0},
                new int[] {0, 2, 2, 3, 7});
        KappaResult k = Kappa.fleissCounts(counts, List.of("1", "2", "3", "4", "5"));
        assertThat(k.name()).isEqualTo("Fleiss' kappa");
        assertThat(k.observed()).isCloseTo(0.378, within(0.0005));
        assertThat(k.expected()).isCloseTo(0.213, within(0.0005));
        assertThat(k.value()).isCloseTo(0.210, within(0.0005));
        assertThat(k.raters()).isEqualTo(14);
    }

    @Test
    void fleissFromRatingsEqualsFleissFromCounts() {
        // 3 raters, 3 units: hand: P_i = 1, 1/3, 1/3 -> P-bar = 5/9; p = (4/9, 5/9); Pe = 41/81
        // kappa = (5/9 - 41/81)/(1 - 41/81) = (45-41)/(81-41) = 0.1
        KappaResult k = Kappa.fleiss(List.of(List.of("a", "a", "a"), List.of("a", "b", "b"), List.of("b", "b", "a")));
        assertThat(k.value()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void fleissWithTwoRatersEqualsScottsPi() {
        // Scott's pi for A=[x,x,y,y], B=[x,x,y,x]: pooled p(x)=5/8, Pe = 25/64+9/64 = 34/64; Po = 3/4
        // pi = (48/64-34/64)/(30/64) = 14/30
        KappaResult k = Kappa.fleiss(List.of(List.of("x", "x"), List.of("x", "x"), List.of("y", "y"),
                List.of("y", "x")));
        assertThat(k.value()).isCloseTo(14.0 / 30, within(1e-12));
    }

    @Test
    void degenerateInputIsRefusedWithAReason() {
        assertThatThrownBy(() -> Kappa.cohen(List.of("x", "x"), List.of("x", "x")))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("single category 'x'");
        assertThatThrownBy(() -> Kappa.cohen(List.of("", "x"), List.of("y", "")))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("no unit");
        assertThatThrownBy(() -> Kappa.fleiss(List.of(List.of("a", "a"), List.of("a", "a"))))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("single category");
        assertThatThrownBy(() -> Kappa.fleiss(List.of(List.of("a", "b", "a"), List.of("a", "b"))))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("same number of ratings");
        assertThatThrownBy(() -> Kappa.fleiss(List.of(List.of("a"), List.of("b"))))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("at least two raters");
    }
}
