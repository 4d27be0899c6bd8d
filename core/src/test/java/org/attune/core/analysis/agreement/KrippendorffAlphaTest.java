package org.attune.core.analysis.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attune.core.analysis.NotComputableException;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. University of Pennsylvania,
     * ScholarlyCommons (https://repository.upenn.edu/asc_papers/43), section C: four observers, twelve units,
     * missing values ("*"). Observers are columns here, units rows.
     */
    static final String[][] OBSERVERS_BY_UNIT = {
        // A    B    C    D
        {"1", "1", null, "1"},
        {"2", "2", "3", "2"},
        {"3", "3", "3", "3"},
        {"3", "3", "3", "3"},
        {"2", "2", "2", "2"},
        {"1", "2", "3", "4"},
        {"4", "4", "4", "4"},
        {"1", "1", "2", "1"},
        {"2", "2", "2", "2"},
        {null, "5", "5", "5"},
        {null, null, "1", "1"},
        {null, "3", null, null}};

    static List<List<String>> units() {
        List<List<String>> out = new ArrayList<>();
        for (String[] u : OBSERVERS_BY_UNIT) {
            out.add(Arrays.asList(u));
        }
        return out;
    }

    @Test
    void reproducesKrippendorff2011NominalAlpha() {
        AlphaResult a = KrippendorffAlpha.compute(units(), Level.NOMINAL);
        // n = 40 pairable values (unit 12 has one value and is left out)
        assertThat(a.values()).isEqualTo(40);
        assertThat(a.units()).isEqualTo(11);
        assertThat(a.value()).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void reproducesKrippendorff2011IntervalAlpha() {
        assertThat(KrippendorffAlpha.compute(units(), Level.INTERVAL).value()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void reproducesKrippendorff2011OrdinalAlpha() {
        assertThat(KrippendorffAlpha.compute(units(), Level.ORDINAL).value()).isCloseTo(0.815, within(0.0005));
    }

    @Test
    void reproducesKrippendorff2011RatioAlpha() {
        assertThat(KrippendorffAlpha.compute(units(), Level.RATIO).value()).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void negativeValuesAreRefusedAtTheRatioLevel() {
        // the pair (-1, 1) has c + k = 0: the ratio difference ((c - k) / (c + k))^2 is undefined
        List<List<String>> units = List.of(List.of("1", "2"), List.of("-1", "1"), List.of("3", "3"),
                List.of("4", "5"));
        assertThatThrownBy(() -> KrippendorffAlpha.compute(units, Level.RATIO))
                .isInstanceOf(NotComputableException.class)
                .hasMessageContaining("ratio level").hasMessageContaining("unit 2").hasMessageContaining("-1");
        assertThat(KrippendorffAlpha.compute(units, Level.INTERVAL).value()).isBetween(-1.0, 1.0);
    }

    @Test
    void handComputedNominalCase() {
        // two coders, units (a,a), (a,b), (b,b): coincidences o_aa = 2, o_ab = o_ba = 1, o_bb = 2; n_a = n_b = 3,
        // n = 6; Do = 2/6; De = 2*3*3/(6*5) = 18/30; alpha = 1 - (1/3)/(3/5) = 4/9
        AlphaResult a = KrippendorffAlpha.compute(List.of(List.of("a", "a"), List.of("a", "b"), List.of("b", "b")),
                Level.NOMINAL);
        assertThat(a.value()).isCloseTo(4.0 / 9, within(1e-12));
    }

    @Test
    void numbersWrittenDifferentlyAreTheSameValue() {
        AlphaResult a = KrippendorffAlpha.compute(List.of(List.of("1", "1.0"), List.of("2", "2.00")), Level.INTERVAL);
        assertThat(a.value()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void degenerateInputIsRefusedWithAReason() {
        assertThatThrownBy(() -> KrippendorffAlpha.compute(List.of(Arrays.asList("1", null),
                Arrays.asList(null, "2")), Level.NOMINAL))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("no unit has values from two");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(List.of(List.of("3", "3"), List.of("3", "3")),
                Level.INTERVAL))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("single category");
        assertThatThrownBy(() -> KrippendorffAlpha.compute(List.of(List.of("x", "3")), Level.INTERVAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x' is not a number");
    }
}
