package org.attune.core.analysis.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.samples.DemoSession;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;

class SegmentSheetTest {

    static final SchemeRegistry SCHEMES = SchemeRegistry.builtIn();

    static List<Coding> demo() {
        return SessionView.of(DemoSession.create(SCHEMES.require("3rs@2015")), SCHEMES::find).codings();
    }

    @Test
    void demoSessionInFiveMinuteSegmentsByHand() {
        // 428 s session: segments [0, 300) and [300, 428); R3 298-316 overlaps both
        SegmentSheet sheet = SegmentSheet.of(demo(), List.of(), 428_000, SegmentSheet.DEFAULT_SEGMENT_MS, List.of());
        assertThat(sheet.segments()).hasSize(2);
        Segment one = sheet.segments().get(0);
        assertThat(one.count("W2")).isEqualTo(2);
        assertThat(one.count("C3")).isEqualTo(2);
        assertThat(one.count("R3")).isEqualTo(1);
        assertThat(one.withdrawalSignificance()).isEqualTo(3);
        assertThat(one.confrontationSignificance()).isEqualTo(4);
        assertThat(one.resolutionRating()).isNull();
        Segment two = sheet.segments().get(1);
        assertThat(two.start()).isEqualTo(300_000);
        assertThat(two.end()).isEqualTo(428_000);
        assertThat(two.codes()).containsOnlyKeys("R3", "R2");
        assertThat(two.withdrawalSignificance()).isNull();
        assertThat(sheet.globalWithdrawalSignificance()).isEqualTo(3);
        assertThat(sheet.globalConfrontationSignificance()).isEqualTo(4);
        assertThat(sheet.segmentsWith("R3")).isEqualTo(2);
    }

    @Test
    void theCodersOverrideReplacesTheDerivedRating() {
        SegmentSheet sheet = SegmentSheet.of(demo(), List.of(), 428_000, SegmentSheet.DEFAULT_SEGMENT_MS,
                List.of(new SegmentOverride(1, null, 3, 4), new SegmentOverride(2, 1, null, null)));
        assertThat(sheet.segments().get(0).confrontationSignificance()).isEqualTo(3);
        assertThat(sheet.segments().get(0).withdrawalSignificance()).isEqualTo(3);
        assertThat(sheet.segments().get(0).resolutionRating()).isEqualTo(4);
        assertThat(sheet.segments().get(1).withdrawalSignificance()).isEqualTo(1);
        assertThat(sheet.globalResolutionRating()).isEqualTo(4.0);
    }

    @Test
    void csvHasOneRowPerSegmentWithTheSchemesCodesAsColumns() {
        List<String> order = List.of("W1", "W2", "W4", "C3", "R3");
        SegmentSheet sheet = SegmentSheet.of(demo(), order, 428_000, 60_000, List.of());
        String[] lines = sheet.toCsv().split("\n");
        assertThat(lines).hasSize(1 + 8);
        assertThat(lines[0]).startsWith("segment,start,end,W1,W2,W4,C3,R3,")
                .endsWith("withdrawal_significance,confrontation_significance,resolution_rating");
        // first minute: W2 twice, W4, C3 (67.5 s is in minute 2), significance 3 from W4
        assertThat(lines[1]).startsWith("1,0:00,1:00,0,2,1,0,0,");
        assertThat(lines[1]).endsWith(",3,,");
        assertThat(lines[8]).startsWith("8,7:00,7:08,");
    }

    @Test
    void anEditedSheetOverridesTheRatings(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        SegmentSheet sheet = SegmentSheet.of(demo(), List.of(), 428_000, SegmentSheet.DEFAULT_SEGMENT_MS, List.of());
        java.nio.file.Path edited = dir.resolve("sheet.csv");
        // the coder lowers segment 1's confrontation significance and rates its resolution
        java.nio.file.Files.writeString(edited, sheet.toCsv().replace(",3,4,\n", ",3,3,4\n"));
        List<SegmentOverride> overrides = SegmentOverrides.read(edited);
        assertThat(overrides).contains(new SegmentOverride(1, 3, 3, 4));
        SegmentSheet adjusted = SegmentSheet.of(demo(), List.of(), 428_000, SegmentSheet.DEFAULT_SEGMENT_MS,
                overrides);
        assertThat(adjusted.segments().get(0).confrontationSignificance()).isEqualTo(3);
        assertThat(adjusted.segments().get(0).resolutionRating()).isEqualTo(4);
    }

    @Test
    void aBadRatingIsReportedAtItsLineAndColumn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "segment,withdrawal_significance\n1,2\n2,high\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SegmentOverrides.read(bad))
                .isInstanceOf(org.attune.core.analysis.agreement.TableFormatException.class)
                .hasMessage(bad + ":3:2: withdrawal_significance: 'high' is not a whole number from 1 to 5");
    }
}
