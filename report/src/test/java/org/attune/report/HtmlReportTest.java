package org.attune.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.analysis.episodes.Episodes;
import org.attune.core.analysis.summary.SessionSummary;
import org.attune.core.eaf.Eaf;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.SchemeRegistry;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    static SessionSummary sample(String name) throws Exception {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("samples"))) {
            p = p.getParent();
        }
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        return SessionSummary.of(name, SessionView.of(Eaf.read(p.resolve("samples/" + name + ".eaf")).document(),
                schemes::find), Episodes.DEFAULT_WINDOW_MS);
    }

    @Test
    void theReportIsOneSelfContainedFileWithInlineCharts() throws Exception {
        String html = HtmlReport.render("Demo", List.of(sample("demo-session")));
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        // two charts: bars per code and the coder's timeline, inline
        assertThat(html.split("<svg", -1)).hasSize(3);
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http")
                .doesNotContain("href=\"http");
        assertThat(html).contains("Resolution rate: 4 of 6 ruptures = 0.667");
        assertThat(html).contains("<td>C3</td><td>1:07</td><td>confrontation</td><td class=n>3</td><td>R5 at 1:23, R2 at 1:39</td>");
        assertThat(html).contains("<td>W2</td><td>0:08</td><td>withdrawal</td><td class=n>2</td><td>unresolved</td>");
    }

    @Test
    void everyIdOnAPageOfSeveralChartsIsUniqueAndEveryReferenceResolves() throws Exception {
        String html = HtmlReport.render("Corpus", List.of(sample("demo-session"), sample("demo-two-coders")));
        List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        java.util.regex.Pattern.compile("url\\(#([^)]+)\\)").matcher(html).results()
                .forEach(m -> assertThat(ids).contains(m.group(1)));
    }

    @Test
    void aChartIsAnSvgElementInTheSvgNamespaceWithItsSize() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(2, "codings", "W2");
        String svg = SvgCharts.svg(org.jfree.chart.ChartFactory.createBarChart("t", "code", "n", data), 640, 200);
        assertThat(svg).startsWith("<svg").contains("xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("width=\"640\"").contains("height=\"200\"").doesNotContain("<?xml").doesNotContain("<!DOCTYPE");
        assertThat(svg.strip()).matches("(?s).*</svg\\s*>$");
    }

    @Test
    void aCorpusReportPoolsSessionsFirst() throws Exception {
        String html = HtmlReport.render("Corpus", List.of(sample("demo-session"), sample("demo-two-coders")));
        assertThat(html).contains("<h2>Corpus: 2 sessions, 14:16</h2>");
        // coder A resolves 4 of 6 in both files; coder B: W2@8.2 (window ends at W4@31, no strategy) and W2@397
        // are unresolved, W4, C3, C5 and C1 are resolved: 4 of 6. Together 12 of 18.
        assertThat(html).contains("Resolution rate (all coders): 12 of 18 ruptures = 0.667");
        assertThat(html).contains("<h3>Coder B</h3>");
    }

    @Test
    void timelineHasOneBarPerCodingInItsCategoryRow() throws Exception {
        SessionSummary s = sample("demo-session");
        XYIntervalSeriesCollection data = Charts.timelineData(s.coders().get(0).codings());
        assertThat(data.getSeriesCount()).isEqualTo(3);
        assertThat(data.getItemCount(0)).isEqualTo(3); // withdrawal
        assertThat(data.getItemCount(1)).isEqualTo(3); // confrontation
        assertThat(data.getItemCount(2)).isEqualTo(8); // resolution
        // C3 at 67.5-82 s -> 1.125-1.3667 minutes on row 1
        assertThat(data.getStartYValue(1, 0)).isEqualTo(1.125);
        assertThat(data.getXValue(1, 0)).isEqualTo(1.0);
    }

    @Test
    void barsCountEachCodePerCoder() throws Exception {
        DefaultCategoryDataset d = Charts.codeBarData(List.of(sample("demo-two-coders")));
        assertThat(d.getValue("coder A", "W2").intValue()).isEqualTo(2);
        assertThat(d.getValue("coder B", "W2").intValue()).isEqualTo(2);
        assertThat(d.getValue("coder A", "C1").intValue()).isZero();
        assertThat(d.getColumnKeys()).startsWith("C1", "C3", "C5");
        assertThat(d.getColumnKeys().indexOf("R2")).isLessThan(d.getColumnKeys().indexOf("R10"));
    }
}
