package org.attune.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.attune.core.analysis.summary.CoderSummary;
import org.attune.core.analysis.summary.SessionSummary;
import org.attune.core.profile.Coding;
import org.attune.core.scheme.Category;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The charts of a session, as JFreeChart objects: the report renders them to SVG ({@link SvgCharts}) and the
 * annotator can show them in a {@code ChartPanel}.
 */
public final class Charts {

    /** The rows of the timeline, top to bottom. */
    public static final List<String> TIMELINE_ROWS = List.of(Category.WITHDRAWAL, Category.CONFRONTATION,
            Category.RESOLUTION);
    private static final Map<String, Color> COLORS = Map.of(
            Category.WITHDRAWAL, new Color(0x3B6EA8),
            Category.CONFRONTATION, new Color(0xC0392B),
            Category.RESOLUTION, new Color(0x27AE60));

    private Charts() {
    }

    /**
     * The timeline of one coder's session: a row per category (withdrawal, confrontation, resolution), each coding
     * a bar from its start to its end; x in minutes.
     */
    public static JFreeChart timeline(SessionSummary session, CoderSummary coder) {
        XYIntervalSeriesCollection data = timelineData(coder.codings());
        JFreeChart chart = ChartFactory.createXYBarChart(session.session() + " — coder " + coder.coder(),
                "minutes", false, null, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        SymbolAxis rows = new SymbolAxis(null, TIMELINE_ROWS.toArray(new String[0]));
        rows.setInverted(true);
        rows.setGridBandsVisible(false);
        plot.setDomainAxis(rows);
        NumberAxis minutes = new NumberAxis("minutes");
        minutes.setRange(0, Math.max(1, session.durationMs() / 60_000.0));
        plot.setRangeAxis(minutes);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color c = COLORS.getOrDefault(String.valueOf(data.getSeriesKey(i)), Color.GRAY);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesOutlinePaint(i, c.darker());
        }
        plot.setRenderer(renderer);
        style(chart);
        return chart;
    }

    /** The timeline's data: one series per row category, x = row index ± 0.35, y = start..end in minutes. */
    static XYIntervalSeriesCollection timelineData(List<Coding> codings) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        for (int row = 0; row < TIMELINE_ROWS.size(); row++) {
            String category = TIMELINE_ROWS.get(row);
            XYIntervalSeries s = new XYIntervalSeries(category);
            for (Coding c : codings) {
                if (c.category().equals(category)) {
                    double start = c.start() / 60_000.0;
                    double end = Math.max(c.end(), c.start() + 1000) / 60_000.0;
                    s.add(row, row - 0.35, row + 0.35, start, start, end);
                }
            }
            data.addSeries(s);
        }
        return data;
    }

    /** Bars per code: how often each coder used each code in the session(s). */
    public static JFreeChart codeBars(String title, List<SessionSummary> sessions) {
        DefaultCategoryDataset data = codeBarData(sessions);
        JFreeChart chart = ChartFactory.createBarChart(title, "code", "codings", data, PlotOrientation.VERTICAL,
                data.getRowCount() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        style(chart);
        return chart;
    }

    /** Rows = coders, columns = codes (sorted), values = codings summed over the sessions. */
    static DefaultCategoryDataset codeBarData(List<SessionSummary> sessions) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        TreeSet<String> coders = new TreeSet<>();
        TreeSet<String> codes = new TreeSet<>(Charts::compareCodes);
        for (SessionSummary s : sessions) {
            for (CoderSummary c : s.coders()) {
                coders.add(c.coder());
                codes.addAll(c.byCode().keySet());
            }
        }
        for (String coder : coders) {
            for (String code : codes) {
                int n = 0;
                for (SessionSummary s : sessions) {
                    for (CoderSummary c : s.coders()) {
                        if (c.coder().equals(coder)) {
                            n += c.byCode().getOrDefault(code, 0);
                        }
                    }
                }
                data.addValue(n, "coder " + coder, code);
            }
        }
        return data;
    }

    /** W1 &lt; W2 &lt; W10 &lt; C1: letters first, then the number. */
    static int compareCodes(String a, String b) {
        String pa = a.replaceAll("\\d+$", "");
        String pb = b.replaceAll("\\d+$", "");
        if (!pa.equals(pb)) {
            return pa.compareTo(pb);
        }
        String na = a.substring(pa.length());
        String nb = b.substring(pb.length());
        if (na.isEmpty() || nb.isEmpty()) {
            return a.compareTo(b);
        }
        int c = Long.compare(Long.parseLong(na.length() > 18 ? na.substring(0, 18) : na),
                Long.parseLong(nb.length() > 18 ? nb.substring(0, 18) : nb));
        return c != 0 ? c : a.compareTo(b);
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    }
}
