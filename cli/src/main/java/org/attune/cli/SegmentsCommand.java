package org.attune.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.core.analysis.segments.Segment;
import org.attune.core.analysis.segments.SegmentOverride;
import org.attune.core.analysis.segments.SegmentOverrides;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.profile.Coding;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.Layer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune segments FILE --segment 5m -o sheet.csv}: the 3RS segment sheet. */
@Command(name = "segments", mixinStandardHelpOptions = true,
        description = "The 3RS segment sheet of a coded session: per segment, how often each marker and "
                    + "strategy occurs, the withdrawal and confrontation significance (highest rating coded) and the "
                    + "resolution rating; CSV with one row per segment, or a table with the session globals.")
final class SegmentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    SchemeOptions schemes;
    @Parameters(index = "0", paramLabel = "FILE.eaf")
    Path file;
    @Option(names = "--segment", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Segment length (default: ${DEFAULT-VALUE}).")
    long segmentMs;
    @Option(names = "--coder", paramLabel = "CODER", description = "The coder (default: the first).")
    String coder;
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv or table (default: csv with -o, else table).")
    Output.Format format;
    @picocli.CommandLine.Mixin
    OutputFile output = new OutputFile();
    @Option(names = "--ratings", paramLabel = "SHEET.csv",
            description = "The coder's segment ratings: a sheet written by this command and edited; filled "
                    + "withdrawal_significance, confrontation_significance and resolution_rating cells override "
                    + "the derived ratings.")
    Path ratings;

    @Override
    public Integer call() throws IOException {
        SessionFiles.Loaded s = SessionFiles.load(List.of(file), schemes.registry()).get(0);
        List<String> coders = s.view().coders();
        if (coders.isEmpty()) {
            throw new Failures.UserError(file + ": no codings in the Attune profile");
        }
        String who = coder == null ? coders.get(0) : coder;
        if (!coders.contains(who)) {
            throw new Failures.UserError(file + ": no coder '" + who + "'; coders: " + String.join(", ", coders));
        }
        List<Coding> mine = s.view().codings().stream().filter(c -> c.coder().equals(who)).toList();
        List<SegmentOverride> overrides = ratings == null ? List.of() : SegmentOverrides.read(ratings);
        SegmentSheet sheet = SegmentSheet.of(mine, codeOrder(mine), SessionFiles.end(s.view()), segmentMs, overrides);
        Output.Format f = format != null ? format : output.given() ? Output.Format.csv : Output.Format.table;
        if (f == Output.Format.csv) {
            output.write(sheet.toCsv(), spec.commandLine().getOut(), "csv, " + sheet.segments().size() + " segments");
            return 0;
        }
        if (f != Output.Format.table) {
            throw new Failures.UserError("--format must be csv or table for segments");
        }
        List<String> header = List.of("segment", "time", "markers", "strategies", "withdrawal", "confrontation",
                "resolution");
        List<List<?>> rows = new ArrayList<>();
        for (Segment seg : sheet.segments()) {
            rows.add(List.of(seg.number(), SegmentSheet.clock(seg.start()) + "-" + SegmentSheet.clock(seg.end()),
                    list(mine, seg, true), list(mine, seg, false), value(seg.withdrawalSignificance()),
                    value(seg.confrontationSignificance()), value(seg.resolutionRating())));
        }
        String text = file + ", coder " + who + ", segments of " + SegmentSheet.clock(segmentMs) + "\n\n"
                + Output.table(header, rows) + "\nSession: withdrawal significance "
                + value(sheet.globalWithdrawalSignificance()) + ", confrontation significance "
                + value(sheet.globalConfrontationSignificance()) + ", resolution rating "
                + (sheet.globalResolutionRating() == null ? "-" : Output.f1(sheet.globalResolutionRating())) + "\n";
        output.write(text, spec.commandLine().getOut(), "table, " + sheet.segments().size() + " segments");
        return 0;
    }

    /** The scheme's rupture and resolution codes in scheme order, so every sheet of a scheme has one layout. */
    private List<String> codeOrder(List<Coding> codings) {
        List<String> order = new ArrayList<>();
        codings.stream().map(Coding::schemeRef).filter(r -> !r.isEmpty()).distinct()
                .forEach(ref -> schemes.registry().find(ref).ifPresent(scheme -> {
                    for (Layer l : scheme.layers()) {
                        for (Code c : l.codes()) {
                            if ((Category.isRupture(c.category()) || Category.RESOLUTION.equals(c.category()))
                                    && !order.contains(c.id())) {
                                order.add(c.id());
                            }
                        }
                    }
                }));
        return order;
    }

    private static String list(List<Coding> codings, Segment seg, boolean markers) {
        List<String> out = new ArrayList<>();
        for (var e : seg.codes().entrySet()) {
            String category = codings.stream().filter(c -> c.code().equals(e.getKey())).map(Coding::category)
                    .findFirst().orElse("");
            if (Category.isRupture(category) == markers) {
                out.add(e.getValue() > 1 ? e.getKey() + "x" + e.getValue() : e.getKey());
            }
        }
        return out.isEmpty() ? "-" : String.join(" ", out.stream().sorted().toList());
    }

    private static String value(Integer v) {
        return v == null ? "-" : v.toString();
    }
}
