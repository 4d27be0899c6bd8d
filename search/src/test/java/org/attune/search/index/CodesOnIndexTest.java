package org.attune.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.testing.ElanCoded;
import org.attune.search.event.CodesOn;
import org.attune.search.query.Query;
import org.attune.search.testing.RandomSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index records the {@code --codes-on} setting it was built with, and is rebuilt for another one. */
class CodesOnIndexTest {
    @TempDir
    Path dir;

    private CorpusIndex open(String setting) throws Exception {
        return CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find, null,
                setting == null ? null : CodesOn.parse(setting));
    }

    @Test
    void anIndexBuiltWithAnotherSettingIsRebuiltNotSearched() throws Exception {
        Eaf.write(ElanCoded.session(), dir.resolve("elan.eaf"));
        Query c3 = Query.parse("confrontation");
        try (CorpusIndex plain = open(null)) {
            plain.update(IndexProgress.none());
            assertThat(plain.count(c3)).isZero();
            assertThat(plain.rebuildReason()).isEmpty();
        }
        try (CorpusIndex coded = open("Ruptures|Strategies")) {
            assertThat(coded.rebuildReason()).contains("it was built without --codes-on");
            assertThat(coded.isSearchable()).isFalse();
            assertThat(coded.staleFiles()).isPositive();
            UpdateReport report = coded.update(IndexProgress.none());
            assertThat(report.added()).isEqualTo(1);
            assertThat(coded.rebuildReason()).isEmpty();
            assertThat(coded.count(c3)).isEqualTo(2);
            assertThat(coded.staleFiles()).isZero();
        }
        try (CorpusIndex same = open("Ruptures|Strategies")) {
            assertThat(same.rebuildReason()).isEmpty();
            assertThat(same.staleFiles()).isZero();
            assertThat(same.search(c3)).extracting(m -> m.events().get(0).code()).containsExactly("C3", "C2");
        }
        try (CorpusIndex other = open("Ruptures=3rs@2015")) {
            assertThat(other.rebuildReason()).contains("it was built with --codes-on Ruptures|Strategies=3rs");
            other.update(IndexProgress.none());
            assertThat(other.count(Query.parse("resolution"))).isZero();
            assertThat(other.count(Query.parse("[scheme=\"3rs@2015\"]"))).isEqualTo(3);
        }
        try (CorpusIndex none = open(null)) {
            assertThat(none.rebuildReason()).contains("it was built with --codes-on Ruptures=3rs@2015");
            none.update(IndexProgress.none());
            assertThat(none.count(c3)).isZero();
            assertThat(List.of(none.rebuildReason().isPresent())).containsExactly(false);
        }
    }
}
