package org.attune.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.attune.core.analysis.episodes.Episode;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.analysis.summary.CoderSummary;
import org.attune.core.analysis.summary.CorpusSummary;
import org.attune.core.analysis.summary.SessionSummary;
import org.attune.core.profile.Coding;

/**
 * The HTML report of one session or a corpus: one self-contained file (inline CSS and SVG, nothing loaded from
 * elsewhere) with, per session and coder, counts and rates per hour by category and code, the timeline of
 * ruptures and resolutions, bars per code, the episode table and the resolution rate; for a corpus, pooled
 * counts and bars first.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** The report's HTML text. */
    public static String render(String title, List<SessionSummary> sessions) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}\n")
                .append("table{border-collapse:collapse;margin:.5em 0 1.5em}\n")
                .append("th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}\n")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("th{background:#f3f3f3}\nsvg{display:block;margin:.5em 0}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        if (sessions.size() > 1) {
            corpus(b, sessions);
        }
        for (SessionSummary s : sessions) {
            session(b, s);
        }
        b.append("<p><small>Written by Attune. Definitions: docs/analysis.md.</small></p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void corpus(StringBuilder b, List<SessionSummary> sessions) {
        CorpusSummary corpus = new CorpusSummary(sessions);
        b.append("<h2>Corpus: ").append(sessions.size()).append(" sessions, ").append(clock(corpus.durationMs()))
                .append("</h2>\n");
        b.append("<table><tr><th>category</th><th>codings</th><th>per hour</th></tr>\n");
        corpus.byCategory().forEach((k, v) -> b.append("<tr><td>").append(esc(k.isEmpty() ? "(none)" : k))
                .append("</td><td class=n>").append(v).append("</td><td class=n>")
                .append(corpus.perHour(v).isPresent() ? f1(corpus.perHour(v).getAsDouble()) : "-")
                .append("</td></tr>\n"));
        long ruptures = corpus.ruptures();
        b.append("</table>\n<p>Resolution rate (all coders): ")
                .append(ruptures == 0 ? "no ruptures" : corpus.resolved() + " of " + ruptures + " ruptures = "
                        + f3(corpus.resolved() / (double) ruptures)).append("</p>\n");
        b.append(SvgCharts.svg(Charts.codeBars("Codings per code, all sessions", sessions), 1000, 360)).append('\n');
    }

    private static void session(StringBuilder b, SessionSummary s) {
        b.append("<h2>").append(esc(s.session())).append("</h2>\n<p>Length ").append(clock(s.durationMs()))
                .append("; episode window ").append(clock(s.windowMs())).append("; ")
                .append(s.coders().size()).append(s.coders().size() == 1 ? " coder" : " coders").append("</p>\n");
        if (s.coders().isEmpty()) {
            b.append("<p>No codings in the Attune profile.</p>\n");
            return;
        }
        // counts by category and code, one column per coder
        List<String> coders = s.coders().stream().map(CoderSummary::coder).toList();
        TreeSet<String> categories = new TreeSet<>();
        TreeSet<String> codes = new TreeSet<>(Charts::compareCodes);
        s.coders().forEach(c -> {
            categories.addAll(c.byCategory().keySet());
            codes.addAll(c.byCode().keySet());
        });
        b.append("<h3>Counts and rates per hour</h3>\n<table><tr><th>category</th>");
        coders.forEach(c -> b.append("<th>coder ").append(esc(c)).append("</th><th>per hour</th>"));
        b.append("</tr>\n");
        for (String cat : categories) {
            b.append("<tr><td>").append(esc(cat.isEmpty() ? "(none)" : cat)).append("</td>");
            for (CoderSummary c : s.coders()) {
                int n = c.byCategory().getOrDefault(cat, 0);
                b.append("<td class=n>").append(n).append("</td><td class=n>").append(f1(s.perHour(n))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<table><tr><th>code</th><th>label</th>");
        coders.forEach(c -> b.append("<th>coder ").append(esc(c)).append("</th><th>per hour</th>"));
        b.append("</tr>\n");
        for (String code : codes) {
            b.append("<tr><td>").append(esc(code)).append("</td><td>").append(esc(s.labels().getOrDefault(code, "")))
                    .append("</td>");
            for (CoderSummary c : s.coders()) {
                int n = c.byCode().getOrDefault(code, 0);
                b.append("<td class=n>").append(n).append("</td><td class=n>").append(f1(s.perHour(n))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        b.append(SvgCharts.svg(Charts.codeBars("Codings per code", List.of(s)), 1000, 320)).append('\n');
        for (CoderSummary c : s.coders()) {
            b.append("<h3>Coder ").append(esc(c.coder())).append("</h3>\n");
            b.append(SvgCharts.svg(Charts.timeline(s, c), 1000, 220)).append('\n');
            episodes(b, c);
        }
    }

    private static void episodes(StringBuilder b, CoderSummary c) {
        b.append("<p>Resolution rate: ").append(c.resolutionRate().isPresent()
                ? c.resolvedCount() + " of " + c.episodes().size() + " ruptures = " + f3(c.resolutionRate().getAsDouble())
                : "no ruptures");
        if (c.meanTimeToResolution().isPresent()) {
            b.append("; mean time to first resolution ").append(f1(c.meanTimeToResolution().getAsDouble() / 1000))
                    .append(" s");
        }
        b.append("</p>\n");
        if (c.episodes().isEmpty()) {
            return;
        }
        b.append("<table><tr><th>rupture</th><th>start</th><th>category</th><th>rating</th>")
                .append("<th>resolution strategies</th><th>time to first resolution</th><th>highest stage</th></tr>\n");
        for (Episode e : c.episodes()) {
            List<String> strategies = new ArrayList<>();
            for (Coding r : e.resolutions()) {
                strategies.add(r.code() + " at " + SegmentSheet.clock(r.start()));
            }
            b.append("<tr><td>").append(esc(e.rupture().code())).append("</td><td>")
                    .append(SegmentSheet.clock(e.rupture().start())).append("</td><td>")
                    .append(esc(e.rupture().category())).append("</td><td class=n>")
                    .append(e.rupture().rating() == null ? "" : e.rupture().rating()).append("</td><td>")
                    .append(strategies.isEmpty() ? "unresolved" : esc(String.join(", ", strategies)))
                    .append("</td><td class=n>")
                    .append(e.timeToFirstResolution() == null ? "" : f1(e.timeToFirstResolution() / 1000.0) + " s")
                    .append("</td><td class=n>").append(e.highestStage() == null ? "" : e.highestStage())
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static String clock(long ms) {
        return SegmentSheet.clock(ms);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
