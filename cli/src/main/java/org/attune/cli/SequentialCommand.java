package org.attune.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.core.analysis.sequential.Cell;
import org.attune.core.analysis.sequential.EventSequence;
import org.attune.core.analysis.sequential.LagTable;
import org.attune.core.analysis.sequential.SdisExport;
import org.attune.core.analysis.sequential.Tally;
import org.attune.core.analysis.sequential.TidyCsv;
import org.attune.core.io.AtomicFiles;
import org.attune.core.profile.Coding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune sequential CORPUS_DIR --given X --target Y --lag 1}: lag-sequential analysis. */
@Command(name = "sequential", mixinStandardHelpOptions = true,
        description = "Lag-sequential analysis (as GSEQ): how often TARGET follows GIVEN at lag k (or within a "
                    + "time window), per session and pooled, with the transitional probability, expected count, "
                    + "adjusted residual (z, two-sided p) and Yule's Q. Codes are categories (withdrawal, confrontation, "
                    + "resolution) or code ids (C3, R5). Also exports SDIS for GSEQ and tidy CSV for R.")
final class SequentialCommand implements Callable<Integer> {

    static final List<String> HEADER = List.of("session", "given", "target", "count", "given_total",
            "transitional_probability", "expected", "adjusted_residual", "p", "yules_q");

    enum By { auto, category, code }

    @Spec
    CommandSpec spec;
    @Mixin
    SchemeOptions schemes;
    @Parameters(arity = "1..*", paramLabel = "CORPUS_DIR|FILE", description = "A folder of .eaf files, or files.")
    List<Path> paths;
    @Option(names = "--given", paramLabel = "CODE", description = "The given (antecedent) category or code.")
    String given;
    @Option(names = "--target", paramLabel = "CODE", description = "The target (consequent) category or code.")
    String target;
    @Option(names = "--lag", paramLabel = "K", defaultValue = "1", description = "Event lag (default: ${DEFAULT-VALUE}).")
    int lag;
    @Option(names = "--window", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Tally by time instead of events: targets starting within DURATION after the given's onset.")
    Long windowMs;
    @Option(names = "--by", paramLabel = "UNIT", defaultValue = "auto",
            description = "category, code, or auto (category when --given/--target name one) (default: ${DEFAULT-VALUE}).")
    By by;
    @Option(names = "--coder", paramLabel = "CODER", description = "The coder (default: each session's first coder).")
    String coder;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Output.Format format;
    @picocli.CommandLine.Mixin
    OutputFile output = new OutputFile();
    @Option(names = "--sdis", paramLabel = "FILE", description = "Also write the sequences as SDIS timed-event data for GSEQ.")
    Path sdis;
    @Option(names = "--tidy", paramLabel = "FILE", description = "Also write the codings as tidy CSV (one row per coding).")
    Path tidy;

    @Override
    public Integer call() throws IOException {
        if ((given == null) != (target == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--given and --target go together");
        }
        if (given == null && sdis == null && tidy == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "name --given and --target, or an export (--sdis, --tidy)");
        }
        if (lag < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--lag must be 1 or more (1 = the next event), not " + lag);
        }
        List<SessionFiles.Loaded> loaded = SessionFiles.load(paths, schemes.registry());
        EventSequence.Unit unit = unit(loaded);
        List<EventSequence> sequences = new ArrayList<>();
        Map<String, List<Coding>> codings = new LinkedHashMap<>();
        for (SessionFiles.Loaded s : loaded) {
            String who = coder != null ? coder : s.view().coders().stream().findFirst().orElse(null);
            List<Coding> mine = s.view().codings().stream().filter(c -> who == null || c.coder().equals(who)).toList();
            codings.put(s.name(), mine);
            sequences.add(EventSequence.of(s.name(), mine, who, unit, SessionFiles.end(s.view())));
        }
        if (sdis != null) {
            String text = SdisExport.write(sequences);
            AtomicFiles.write(sdis, o -> o.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (tidy != null) {
            String text = TidyCsv.write(codings);
            AtomicFiles.write(tidy, o -> o.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (given == null) {
            return 0;
        }
        requireMatch("--given", given, sequences);
        requireMatch("--target", target, sequences);
        Tally tally = windowMs != null ? new Tally.ByTime(windowMs) : new Tally.ByEvents(lag);
        List<List<?>> rows = new ArrayList<>();
        for (EventSequence s : sequences) {
            LagTable t = LagTable.of(List.of(s), tally);
            rows.add(row(s.session(), t.total() == 0 ? null : t.cell(given, target)));
        }
        if (sequences.size() > 1) {
            rows.add(row("(pooled)", LagTable.of(sequences, tally).cell(given, target)));
        }
        String how = windowMs != null ? "within " + Text.duration(windowMs) + " of onset" : "lag " + lag;
        String text = switch (format) {
            case csv -> Output.csv(HEADER, rows);
            case table -> given + " -> " + target + ", " + how + ", by " + unit.name().toLowerCase(java.util.Locale.ROOT)
                    + "\n\n" + Output.table(List.of("session", "given", "target", "count", "given total",
                    "transitional probability", "expected", "adjusted residual", "p", "Yule's Q"), rows);
            default -> throw new Failures.UserError("--format must be table or csv for sequential");
        };
        output.write(text, spec.commandLine().getOut(), format + ", " + given + " -> " + target + ", " + how);
        return 0;
    }

    /** Refuses a code that no event is called, instead of printing a count of 0 for a typo. */
    private static void requireMatch(String option, String code, List<EventSequence> sequences) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (EventSequence s : sequences) {
            for (var e : s.events()) {
                if (e.code().equals(code)) {
                    return;
                }
                seen.add(e.code());
            }
        }
        List<String> some = seen.stream().limit(8).toList();
        throw new Failures.UserError("no event matched " + option + " " + code + (seen.isEmpty()
                ? "; there are no codings" : "; codes that occur: " + String.join(", ", some)
                + (seen.size() > some.size() ? ", ..." : "")));
    }

    private EventSequence.Unit unit(List<SessionFiles.Loaded> loaded) {
        if (by == By.category) {
            return EventSequence.Unit.CATEGORY;
        }
        if (by == By.code) {
            return EventSequence.Unit.CODE;
        }
        if (given == null) {
            return EventSequence.Unit.CATEGORY;
        }
        boolean categories = loaded.stream().flatMap(s -> s.view().codings().stream())
                .anyMatch(c -> c.category().equals(given) || c.category().equals(target));
        return categories ? EventSequence.Unit.CATEGORY : EventSequence.Unit.CODE;
    }

    private List<?> row(String session, Cell c) {
        if (c == null) {
            return List.of(session, given, target, 0, 0, "", "", "", "", "");
        }
        return List.of(session, given, target, c.count(), c.givenTotal(), Output.f3(c.probability()),
                Output.f3(c.expected()), Output.f3(c.adjustedResidual()),
                c.p() == null ? "" : c.p() < 0.001 ? "<.001" : Output.f3(c.p()), Output.f3(c.yulesQ()));
    }
}
