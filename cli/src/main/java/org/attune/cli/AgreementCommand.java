package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.core.analysis.agreement.AgreementRow;
import org.attune.core.analysis.agreement.AlphaResult;
import org.attune.core.analysis.agreement.CoderAgreement;
import org.attune.core.analysis.agreement.Icc;
import org.attune.core.analysis.agreement.IccForm;
import org.attune.core.analysis.agreement.IccResult;
import org.attune.core.analysis.agreement.KappaResult;
import org.attune.core.analysis.agreement.Kappa;
import org.attune.core.analysis.agreement.KrippendorffAlpha;
import org.attune.core.analysis.agreement.Level;
import org.attune.core.analysis.agreement.RatingTable;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.profile.Coding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune agreement icc|alpha|kappa|coders}: inter-rater reliability. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Inter-rater reliability, from rating tables (CSV) or from coders' tiers in ELAN files.",
        subcommands = {AgreementCommand.IccCommand.class, AgreementCommand.AlphaCommand.class,
            AgreementCommand.KappaCommand.class, AgreementCommand.CodersCommand.class})
final class AgreementCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Header of every agreement result. */
    static final List<String> HEADER = List.of("target", "statistic", "value", "ci_lower", "ci_upper", "details");

    /** Options shared by the agreement commands. */
    static final class Common {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table or csv (default: ${DEFAULT-VALUE}).")
        Output.Format format;

        @picocli.CommandLine.Mixin
        OutputFile output = new OutputFile();

        void print(CommandSpec spec, String title, List<AgreementRow> rows) throws IOException {
            List<List<?>> cells = new ArrayList<>();
            for (AgreementRow r : rows) {
                cells.add(List.of(r.target(), r.statistic(), r.value() == null ? "n/a" : Output.f3(r.value()),
                        r.interval() == null ? "" : Output.f3(r.interval().lower()),
                        r.interval() == null ? "" : Output.f3(r.interval().upper()), r.note()));
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case csv -> output.write(Output.csv(HEADER, cells), out, "csv, " + cells.size() + " rows");
                case table -> output.write(title + "\n\n" + Output.table(HEADER, cells), out,
                        "table, " + cells.size() + " rows");
                default -> throw new Failures.UserError("--format must be table or csv for agreement");
            }
        }
    }

    /** A statistic of one rating table: reads FILE.csv, computes, prints. */
    abstract static class TableCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common;
        @Parameters(index = "0", paramLabel = "FILE.csv")
        Path file;

        /** The title line and the rows for a table read from {@link #file}. */
        abstract Map.Entry<String, List<AgreementRow>> compute(RatingTable table) throws IOException;

        @Override
        public Integer call() throws IOException {
            RatingTable table = RatingTable.read(file);
            Map.Entry<String, List<AgreementRow>> result = compute(table);
            common.print(spec, result.getKey() + "\n" + table.columns(), result.getValue());
            return 0;
        }
    }

    @Command(name = "icc", mixinStandardHelpOptions = true,
            description = "Intraclass correlations in the six Shrout & Fleiss forms, with 95%% confidence intervals. "
                    + "FILE.csv: a header row naming the raters, one row per target, one column per rater; a first "
                    + "column headed target/unit/subject/id (or blank), or one with text while the rest are numbers, "
                    + "holds labels; the output says which column was taken as what. Targets with a missing rating are "
                    + "left out.")
    static final class IccCommand extends TableCommand {
        @Override
        Map.Entry<String, List<AgreementRow>> compute(RatingTable t) throws IOException {
            IccResult r = Icc.compute(t.numbers());
            List<AgreementRow> rows = new ArrayList<>();
            for (IccForm f : r.forms()) {
                rows.add(new AgreementRow("ratings", f.kind(), f.value(), f.interval(),
                        String.format(java.util.Locale.ROOT, "F(%.0f, %.0f) = %.3f, p %s", f.df1(), f.df2(),
                                f.f(), p(f.p()))));
            }
            return Map.entry(file + ": " + r.targets() + " targets, k = " + r.raters() + " raters"
                    + (r.dropped() > 0 ? " (" + r.dropped() + " targets with missing ratings left out)" : ""), rows);
        }

        private static String p(double p) {
            return p < 0.001 ? "< .001" : String.format(java.util.Locale.ROOT, "= %.3f", p);
        }
    }

    @Command(name = "alpha", mixinStandardHelpOptions = true,
            description = "Krippendorff's alpha for any number of coders; empty cells are missing values. "
                    + "FILE.csv: a header row naming the coders, one row per unit, one column per coder.")
    static final class AlphaCommand extends TableCommand {
        @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "nominal",
                description = "nominal, ordinal, interval or ratio (default: ${DEFAULT-VALUE}).")
        String level;

        @Override
        Map.Entry<String, List<AgreementRow>> compute(RatingTable t) throws IOException {
            Level l = Level.parse(level).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--level must be nominal, ordinal, interval or ratio, not '" + level + "'"));
            if (l != Level.NOMINAL) {
                t.numbers(); // every value must be a number: reports file:line:column otherwise
            }
            if (l == Level.RATIO) {
                t.requireNonNegative("the ratio level needs values of 0 or more (use --level interval)");
            }
            AlphaResult a = KrippendorffAlpha.compute(t.units(), l);
            return Map.entry(file + ": " + t.raters().size() + " coders, " + t.units().size() + " units",
                    List.of(new AgreementRow("values", AlphaResult.NAME, a.value(), null, String.format(
                            java.util.Locale.ROOT, "%s; %d pairable units, %d values; Do = %.3f, De = %.3f",
                            l.id(), a.units(), a.values(), a.observed(), a.expected()))));
        }
    }

    @Command(name = "kappa", mixinStandardHelpOptions = true,
            description = "Cohen's kappa of two columns of categories (Fleiss' kappa for three or more columns). "
                    + "FILE.csv: a header row naming the raters, one row per unit; rows with an empty cell are "
                    + "left out.")
    static final class KappaCommand extends TableCommand {
        @Override
        Map.Entry<String, List<AgreementRow>> compute(RatingTable t) {
            int raters = t.raters().size();
            if (raters < 2) {
                throw new Failures.UserError(file + ": kappa needs two columns of categories, found " + raters);
            }
            KappaResult k;
            if (raters == 2) {
                k = Kappa.cohen(t.column(0), t.column(1));
            } else {
                List<List<String>> complete = t.units().stream().filter(u -> u.stream().allMatch(v -> v != null))
                        .toList();
                k = Kappa.fleiss(complete);
            }
            return Map.entry(file + ": " + k.units() + " units, " + k.raters() + " raters, "
                    + k.categories().size() + " categories",
                    List.of(new AgreementRow("categories", k.name(), k.value(), null, String.format(
                            java.util.Locale.ROOT, "observed agreement %.3f, chance agreement %.3f", k.observed(),
                            k.expected()))));
        }
    }

    @Command(name = "coders", mixinStandardHelpOptions = true,
            description = {"Agreement of the coders of one session: coder tiers in one file, or one",
                "file per coder.",
                "- presence of each category and code per segment: Cohen's kappa (two",
                "  coders) or Fleiss' kappa; per category also Krippendorff's alpha (nominal)",
                "- withdrawal and confrontation significance per segment: the six ICCs with",
                "  95%% intervals and Krippendorff's alpha (ordinal, interval)",
                "- per layer and pair of coders: time-based agreement, codes matched by at",
                "  least 60%% overlap, modified kappa after Holle & Rein",
                "Only codes of --scheme (3rs by default) count; coders with none are left",
                "out and named, and fewer than two remaining is an error."})
    static final class CodersCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Common common;
        @Mixin
        SchemeOptions schemes;
        @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE.eaf")
        List<Path> files;
        @Option(names = "--segment", paramLabel = "DURATION", defaultValue = "5m",
                converter = DurationConverter.class,
                description = "Segment length for presence and ratings (default: ${DEFAULT-VALUE}).")
        long segmentMs;
        @Option(names = "--scheme", paramLabel = "ID", defaultValue = "3rs",
                description = "Compare the coders' codes of this scheme (id, or id@version); coders without any "
                        + "are left out and named (default: ${DEFAULT-VALUE}).")
        String scheme;

        @Override
        public Integer call() throws IOException {
            List<SessionFiles.Loaded> sessions = SessionFiles.load(files, schemes.registry());
            Map<String, List<Coding>> byCoder = new LinkedHashMap<>();
            long end = 0;
            for (SessionFiles.Loaded s : sessions) {
                end = Math.max(end, SessionFiles.end(s.view()));
                for (String coder : s.view().coders()) {
                    String key = byCoder.containsKey(coder) ? coder + " (" + s.name() + ")" : coder;
                    byCoder.put(key, s.view().codings().stream()
                            .filter(c -> c.coder().equals(coder) && ofScheme(c)).toList());
                }
            }
            List<String> leftOut = new ArrayList<>();
            byCoder.entrySet().removeIf(e -> {
                if (e.getValue().isEmpty()) {
                    leftOut.add(e.getKey() + " (no " + scheme + " codes)");
                    return true;
                }
                return false;
            });
            String left = leftOut.isEmpty() ? "" : "left out: " + String.join(", ", leftOut);
            if (byCoder.size() < 2) {
                throw new Failures.UserError("agreement needs two or more coders, found " + byCoder.size()
                        + (byCoder.isEmpty() ? "" : " (" + String.join(", ", byCoder.keySet()) + ")") + " with "
                        + scheme + " codes" + (left.isEmpty() ? "" : "; " + left) + "; name another scheme with --scheme ID");
            }
            List<AgreementRow> rows = CoderAgreement.compute(byCoder, end, segmentMs);
            if (!left.isEmpty() && common.format != Output.Format.table) {
                spec.commandLine().getErr().println("attune: " + left);
            }
            common.print(spec, "coders " + String.join(", ", byCoder.keySet()) + "; " + SegmentSheet.clock(end)
                    + " in segments of " + SegmentSheet.clock(segmentMs) + (left.isEmpty() ? "" : "\n" + left), rows);
            return 0;
        }

        private boolean ofScheme(Coding c) {
            return c.schemeId().equals(scheme) || c.schemeRef().equals(scheme);
        }
    }
}
