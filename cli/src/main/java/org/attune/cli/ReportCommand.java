package org.attune.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.core.analysis.episodes.Episode;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.analysis.summary.CoderSummary;
import org.attune.core.analysis.summary.CorpusSummary;
import org.attune.core.analysis.summary.SessionSummary;
import org.attune.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune report FILE|CORPUS_DIR --format table|csv|html}: counts, rates, episodes. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Session and corpus report: counts and rates per hour by code, category and coder; rupture "
                    + "episodes (each rupture with the strategies that follow it) and the resolution rate. HTML adds "
                    + "charts: a timeline of ruptures and resolutions and bars per code (one self-contained file).")
final class ReportCommand implements Callable<Integer> {

    /** Header of the CSV report. */
    static final List<String> CSV_HEADER = List.of("session", "coder", "kind", "key", "label", "count", "per_hour",
            "value");

    @Spec
    CommandSpec spec;
    @Mixin
    SchemeOptions schemes;
    @Parameters(arity = "1..*", paramLabel = "FILE|CORPUS_DIR", description = "An .eaf file or a folder of them.")
    List<Path> paths;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or html (default: ${DEFAULT-VALUE}).")
    Output.Format format;
    @picocli.CommandLine.Mixin
    OutputFile output = new OutputFile();
    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Episode window: strategies within it after a rupture belong to it, until the next "
                    + "rupture of the same category (default: ${DEFAULT-VALUE}).")
    long windowMs;

    @Override
    public Integer call() throws IOException {
        if (format == Output.Format.html && System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts are drawn off-screen, also without a display
        }
        List<SessionSummary> sessions = new ArrayList<>();
        for (SessionFiles.Loaded s : SessionFiles.load(paths, schemes.registry())) {
            sessions.add(SessionSummary.of(s.name(), s.view(), windowMs));
        }
        String text = switch (format) {
            case html -> HtmlReport.render(sessions.size() == 1 ? "Attune report: " + sessions.get(0).session()
                    : "Attune report: " + sessions.size() + " sessions", sessions);
            case csv -> Output.csv(CSV_HEADER, csvRows(sessions));
            case table -> table(sessions);
        };
        output.write(text, spec.commandLine().getOut(), format + " report of " + sessions.size() + " session"
                + (sessions.size() == 1 ? "" : "s"));
        return 0;
    }

    private static List<List<?>> csvRows(List<SessionSummary> sessions) {
        List<List<?>> rows = new ArrayList<>();
        for (SessionSummary s : sessions) {
            for (CoderSummary c : s.coders()) {
                c.byCategory().forEach((k, n) -> rows.add(List.of(s.session(), c.coder(), "category", k, "", n,
                        Output.f1(s.perHour(n)), "")));
                c.byCode().forEach((k, n) -> rows.add(List.of(s.session(), c.coder(), "code", k,
                        s.labels().getOrDefault(k, ""), n, Output.f1(s.perHour(n)), "")));
                rows.add(List.of(s.session(), c.coder(), "episodes", "ruptures", "", c.episodes().size(),
                        Output.f1(s.perHour(c.episodes().size())), ""));
                rows.add(List.of(s.session(), c.coder(), "episodes", "resolved", "", c.resolvedCount(),
                        Output.f1(s.perHour(c.resolvedCount())), ""));
                rows.add(List.of(s.session(), c.coder(), "episodes", "resolution_rate", "", "", "",
                        c.resolutionRate().isPresent() ? Output.f3(c.resolutionRate().getAsDouble()) : ""));
                rows.add(List.of(s.session(), c.coder(), "episodes", "mean_seconds_to_resolution", "", "", "",
                        c.meanTimeToResolution().isPresent()
                                ? Output.f1(c.meanTimeToResolution().getAsDouble() / 1000) : ""));
            }
        }
        return rows;
    }

    private static String table(List<SessionSummary> sessions) {
        StringBuilder b = new StringBuilder();
        if (sessions.size() > 1) {
            CorpusSummary corpus = new CorpusSummary(sessions);
            b.append("Corpus: ").append(sessions.size()).append(" sessions, ").append(Text.duration(corpus.durationMs()))
                    .append("\n\n");
            List<List<?>> rows = new ArrayList<>();
            corpus.byCategory().forEach((k, v) -> rows.add(List.of(k, v,
                    corpus.perHour(v).isPresent() ? Output.f1(corpus.perHour(v).getAsDouble()) : "-")));
            b.append(Output.table(List.of("category", "codings", "per hour"), rows));
            b.append("resolution rate: ").append(rate(corpus.resolved(), corpus.ruptures())).append("\n\n");
        }
        for (SessionSummary s : sessions) {
            b.append(s.session()).append(": ").append(Text.duration(s.durationMs())).append(", ")
                    .append(s.coders().size()).append(s.coders().size() == 1 ? " coder" : " coders").append('\n');
            for (CoderSummary c : s.coders()) {
                b.append("\ncoder ").append(c.coder()).append('\n');
                List<List<?>> rows = new ArrayList<>();
                c.byCategory().forEach((k, n) -> rows.add(List.of("category", k, "", n, Output.f1(s.perHour(n)))));
                c.byCode().forEach((k, n) -> rows.add(List.of("code", k, s.labels().getOrDefault(k, ""), n,
                        Output.f1(s.perHour(n)))));
                b.append(Output.table(List.of("kind", "key", "label", "count", "per hour"), rows));
                b.append("\nepisodes (window ").append(Text.duration(s.windowMs())).append(")\n");
                List<List<?>> eps = new ArrayList<>();
                for (Episode e : c.episodes()) {
                    eps.add(List.of(e.rupture().code(), SegmentSheet.clock(e.rupture().start()),
                            e.rupture().rating() == null ? "-" : e.rupture().rating(),
                            e.resolutions().isEmpty() ? "unresolved" : String.join(" ",
                                    e.resolutions().stream().map(r -> r.code()).toList()),
                            e.timeToFirstResolution() == null ? "-"
                                    : Output.f1(e.timeToFirstResolution() / 1000.0) + " s",
                            e.highestStage() == null ? "-" : e.highestStage()));
                }
                if (!eps.isEmpty()) {
                    b.append(Output.table(List.of("rupture", "start", "rating", "strategies", "to first resolution",
                            "highest stage"), eps));
                }
                b.append("resolution rate: ").append(rate(c.resolvedCount(), c.episodes().size())).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String rate(long resolved, long ruptures) {
        return ruptures == 0 ? "no ruptures"
                : resolved + " of " + ruptures + " ruptures = " + Output.f3(resolved / (double) ruptures);
    }
}
