package org.attune.elan.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class OutputTiersTest {
    @TempDir
    Path tmp;

    private static OutputTiers.Row row(long s, long e, String... v) {
        return new OutputTiers.Row(s, e, List.of(v));
    }

    @Test
    void writesTiersWithIntegerMillisecondsAndEscapedValues() throws Exception {
        String xml = OutputTiers.toXml(List.of(new OutputTiers.Group(List.of("Attune hits", "#B"),
                List.of(row(1250, 3500, "Fine <sigh> & \"so\"", "x")))));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("TIERS");
        Element tier = (Element) doc.getElementsByTagName("TIER").item(0);
        assertThat(tier.getAttribute("columns")).isEqualTo("Attune_hits B");
        Element span = (Element) tier.getElementsByTagName("span").item(0);
        assertThat(span.getAttribute("start")).isEqualTo("1250");
        assertThat(span.getAttribute("end")).isEqualTo("3500");
        assertThat(span.getElementsByTagName("v").item(0).getTextContent()).isEqualTo("Fine <sigh> & \"so\"");
    }

    @Test
    void aZeroLengthRowIsWidenedToOneMillisecond() {
        assertThat(row(500, 500, "x").end()).isEqualTo(501);
    }

    @Test
    void lanesNeverHoldOverlappingRowsAndKeepEveryRow() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<OutputTiers.Row> rows = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                long s = random.nextInt(10_000);
                rows.add(row(s, s + random.nextInt(3_000), "r" + i));
            }
            List<List<OutputTiers.Row>> lanes = OutputTiers.lanes(rows);

            assertThat(lanes.stream().mapToInt(List::size).sum()).isEqualTo(rows.size());
            for (List<OutputTiers.Row> lane : lanes) {
                for (int i = 1; i < lane.size(); i++) {
                    assertThat(lane.get(i).start()).isGreaterThanOrEqualTo(lane.get(i - 1).end());
                }
            }
            // greedy interval partitioning uses as many lanes as rows overlap at one moment, no more
            int deepest = 0;
            for (OutputTiers.Row r : rows) {
                int depth = (int) rows.stream().filter(o -> o.start() <= r.start() && o.end() > r.start()).count();
                deepest = Math.max(deepest, depth);
            }
            assertThat(lanes).hasSize(deepest);
        }
    }

    @Test
    void overlappingRowsGoToSuffixedTiers() {
        List<OutputTiers.Group> groups = OutputTiers.inLanes(List.of("Attune_hits"),
                List.of(row(0, 1000, "a"), row(500, 1500, "b"), row(1000, 2000, "c")));

        assertThat(groups).extracting(OutputTiers.Group::columns)
                .containsExactly(List.of("Attune_hits"), List.of("Attune_hits_2"));
        assertThat(groups.get(0).rows()).extracting(r -> r.values().get(0)).containsExactly("a", "c");
        assertThat(OutputTiers.inLanes(List.of("x"), List.of())).containsExactly(
                new OutputTiers.Group(List.of("x"), List.of()));
    }

    @Test
    void aGroupRefusesOverlappingRowsAndWrongValueCounts() {
        assertThatThrownBy(() -> new OutputTiers.Group(List.of("a"), List.of(row(0, 10, "x"), row(5, 20, "y"))))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> new OutputTiers.Group(List.of("a", "b"), List.of(row(0, 10, "x"))))
                .hasMessageContaining("1 values");
    }

    @Test
    void writingReplacesTheFileWhole() throws Exception {
        Path out = tmp.resolve("out.xml");
        OutputTiers.write(out, List.of(new OutputTiers.Group(List.of("a"), List.of(row(0, 10, "first")))));
        OutputTiers.write(out, List.of(new OutputTiers.Group(List.of("a"), List.of(row(0, 10, "second")))));

        assertThat(out).content().contains("second").doesNotContain("first");
        assertThat(tmp.toFile().list()).containsExactly("out.xml");
    }
}
