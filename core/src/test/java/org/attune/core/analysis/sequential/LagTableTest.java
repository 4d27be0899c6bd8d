package org.attune.core.analysis.sequential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.attune.core.analysis.NotComputableException;
import org.junit.jupiter.api.Test;

class LagTableTest {

    private static EventSequence seq(String name, String... codes) {
        List<Event> ev = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            ev.add(new Event(codes[i], i * 1000L, i * 1000L + 500));
        }
        return new EventSequence(name, ev, codes.length * 1000L);
    }

    @Test
    void lagOneCountsEachEventWithTheNext() {
        // A B A B A C: pairs AB, BA, AB, BA, AC
        LagTable t = LagTable.of(List.of(seq("s", "A", "B", "A", "B", "A", "C")), new Tally.ByEvents(1));
        assertThat(t.count("A", "B")).isEqualTo(2);
        assertThat(t.count("B", "A")).isEqualTo(2);
        assertThat(t.count("A", "C")).isEqualTo(1);
        assertThat(t.total()).isEqualTo(5);
        // lag 2: AA, BB, AA, BC
        LagTable t2 = LagTable.of(List.of(seq("s", "A", "B", "A", "B", "A", "C")), new Tally.ByEvents(2));
        assertThat(t2.count("A", "A")).isEqualTo(2);
        assertThat(t2.count("B", "C")).isEqualTo(1);
        assertThat(t2.total()).isEqualTo(4);
    }

    @Test
    void pooledTablesDoNotPairAcrossSessions() {
        LagTable t = LagTable.of(List.of(seq("one", "A", "B"), seq("two", "C", "A")), new Tally.ByEvents(1));
        assertThat(t.count("A", "B")).isEqualTo(1);
        assertThat(t.count("C", "A")).isEqualTo(1);
        assertThat(t.count("B", "C")).isZero();
        assertThat(t.total()).isEqualTo(2);
    }

    @Test
    void handComputedCellStatistics() {
        // A B A B A C: row A = 3 (AB 2, AC 1), column B = 2, N = 5
        Cell c = LagTable.of(List.of(seq("s", "A", "B", "A", "B", "A", "C")), new Tally.ByEvents(1)).cell("A", "B");
        assertThat(c.probability()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.expected()).isCloseTo(3 * 2 / 5.0, within(1e-12));
        // z = (2 - 1.2) / sqrt(1.2 * (1 - 3/5) * (1 - 2/5)) = 0.8 / sqrt(0.288)
        assertThat(c.adjustedResidual()).isCloseTo(0.8 / Math.sqrt(0.288), within(1e-12));
        // 2x2: a = 2, b = 1, c = 0, d = 2: Q = (4 - 0)/(4 + 0) = 1
        assertThat(c.yulesQ()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void yulesQHandComputed() {
        // a=10, b=20 (row 30), c=5 (col 15), d=65 (N 100): Q = (650-100)/(650+100) = 0.7333
        long[][] counts = {{10, 20}, {5, 65}};
        Cell c = LagTable.ofCounts(List.of("g", "x"), counts).cell("g", "g");
        assertThat(c.yulesQ()).isCloseTo(550.0 / 750, within(1e-12));
        assertThat(c.probability()).isCloseTo(10.0 / 30, within(1e-12));
        assertThat(c.expected()).isCloseTo(30 * 15 / 100.0, within(1e-12));
    }

    /**
     * The adjusted residual is Haberman's (1973), which Allison &amp; Liker (1982) and GSEQ use for lag tables.
     * Published example: Agresti (2002), Categorical Data Analysis, 2nd ed., Table 3.2 — party identification by
     * gender (females 762 / 327 / 468, males 484 / 239 / 477 Democrat / Independent / Republican); adjusted
     * residuals for females 4.50, 0.70, −5.32 (males the negatives). The 2×3 table is placed in a square table
     * whose other cells are empty, which leaves every margin and so every residual unchanged.
     */
    @Test
    void reproducesAgrestisAdjustedResiduals() {
        List<String> codes = List.of("F", "M", "Dem", "Ind", "Rep");
        long[][] counts = new long[5][5];
        counts[0][2] = 762;
        counts[0][3] = 327;
        counts[0][4] = 468;
        counts[1][2] = 484;
        counts[1][3] = 239;
        counts[1][4] = 477;
        LagTable t = LagTable.ofCounts(codes, counts);
        assertThat(t.cell("F", "Dem").adjustedResidual()).isCloseTo(4.50, within(0.005));
        assertThat(t.cell("F", "Ind").adjustedResidual()).isCloseTo(0.70, within(0.005));
        assertThat(t.cell("F", "Rep").adjustedResidual()).isCloseTo(-5.32, within(0.005));
        assertThat(t.cell("M", "Rep").adjustedResidual()).isCloseTo(5.32, within(0.005));
        assertThat(t.cell("F", "Dem").expected()).isCloseTo(703.7, within(0.05));
    }

    @Test
    void timeWindowCountsTargetsStartingWithinTheWindowOnce() {
        List<Event> ev = List.of(new Event("C", 0, 1000), new Event("R", 2000, 3000), new Event("R", 4000, 5000),
                new Event("W", 9000, 9500), new Event("R", 9800, 9900));
        LagTable t = LagTable.of(List.of(new EventSequence("s", ev, 10_000)), new Tally.ByTime(5000));
        // C: R within 5 s (twice, counted once); W at 9 s is outside. R@2: R@4. R@4: W@9. W@9: R@9.8
        assertThat(t.count("C", "R")).isEqualTo(1);
        assertThat(t.count("C", "W")).isZero();
        assertThat(t.count("R", "R")).isEqualTo(1);
        assertThat(t.count("R", "W")).isEqualTo(1);
        assertThat(t.count("W", "R")).isEqualTo(1);
    }

    @Test
    void undefinedStatisticsAreAbsentNotNaN() {
        // only A→A transitions: the row and column hold every tally, the residual is undefined
        Cell c = LagTable.of(List.of(seq("s", "A", "A", "A")), new Tally.ByEvents(1)).cell("A", "A");
        assertThat(c.adjustedResidual()).isNull();
        assertThat(c.yulesQ()).isNull();
        // a given code that never occurs has no transitional probability
        Cell never = LagTable.of(List.of(seq("s", "A", "B")), new Tally.ByEvents(1)).cell("X", "B");
        assertThat(never.probability()).isNull();
        assertThatThrownBy(() -> LagTable.of(List.of(seq("s", "A")), new Tally.ByEvents(1)).cell("A", "A"))
                .isInstanceOf(NotComputableException.class).hasMessageContaining("no transitions");
    }

    @Test
    void sdisListsCodesAndTimedEventsPerSession() {
        String sdis = SdisExport.write(List.of(new EventSequence("demo",
                List.of(new Event("confrontation", 67_500, 82_000), new Event("R5", 83_000, 92_000)), 428_000)));
        assertThat(sdis).contains("Timed R5 confrontation ;")
                .contains("<demo>\n,0:00.00\n")
                .contains("confrontation,1:07.50-1:22.00\n")
                .contains("R5,1:23.00-1:32.00\n")
                .endsWith(",7:08.00/\n");
    }
}
