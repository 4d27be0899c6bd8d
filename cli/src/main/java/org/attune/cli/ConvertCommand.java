package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.formats.CsvTable;
import org.attune.core.formats.ExportOptions;
import org.attune.core.formats.Format;
import org.attune.core.formats.Formats;
import org.attune.core.formats.Imported;
import org.attune.core.io.AtomicFiles;
import org.attune.core.model.AnnotationDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune convert IN OUT}: between EAF and the other formats, chosen by the files' extensions. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert between ELAN documents and other formats, chosen by the extensions of IN and OUT.",
            "Formats:",
            "  .eaf       ELAN document (EAF 2.0-3.0 in, valid EAF 3.0 out); OUT .etf writes a template",
            "  .TextGrid  Praat TextGrid (long or short text format in, long out)",
            "  .srt .vtt  SubRip / WebVTT subtitles (speakers from <v Name> or 'Name:'; out: the speech tiers)",
            "  .txt       in: a plain-text transcript ('T: ...', '[hh:mm:ss]' stamps); out: ELAN tab-delimited text",
            "  .csv       in: a transcript whose columns are named speaker/text/start/end (see 'attune import csv');"
                + " out: a tidy table of utterances, or of codings with --table codings",
            "Skipped cues, rows and lines, and what the EAF reader repaired, are reported as warnings "
                + "(file:line:col: message). OUT is replaced atomically and its previous version kept as OUT.bak; "
                + "a failed conversion leaves OUT untouched."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write.")
    Path out;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "utterances",
            description = "What a .csv OUT holds: utterances (one row per utterance; default) or codings "
                    + "(one row per coding).")
    CsvTable table;

    @Mixin
    SchemeOptions schemes;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String target = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean template = target.endsWith(".etf");
        Format outFormat = template ? Format.EAF : Format.of(out).orElseThrow(() -> new Failures.UserError(out
                + ": cannot tell the output format from the name; use .eaf or .etf (ELAN), .TextGrid, .srt, .vtt, "
                + ".txt or .csv"));
        Format inFormat = inFormat();
        AnnotationDocument doc;
        String from;
        if (inFormat == Format.EAF) {
            EafReadResult read = Eaf.read(in);
            read.warnings().forEach(err::println);
            doc = read.document();
            from = "EAF " + read.sourceFormat();
        } else {
            Imported imported = Formats.read(in);
            imported.warnings().forEach(err::println);
            if (imported.sessions().size() != 1) {
                throw new Failures.UserError(in + " holds " + imported.sessions().size()
                        + " sessions; 'attune import csv' writes one EAF per session");
            }
            doc = imported.document();
            from = inFormat.label();
        }
        String what;
        if (outFormat == Format.EAF) {
            byte[] bytes = template ? Eaf.toBytes(Eaf.template(doc)) : Eaf.toBytes(doc);
            AtomicFiles.write(out, o -> o.write(bytes));
            what = "EAF 3.0";
        } else {
            Formats.write(doc, out, ExportOptions.session(stem(in)).withTable(table)
                    .withSchemes(schemes.registry()::find));
            what = outFormat == Format.TEXT ? "ELAN tab-delimited text"
                    : outFormat == Format.CSV ? "CSV of " + table.name().toLowerCase(Locale.ROOT) : outFormat.label();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + out + " (" + what + ", from " + from + ")");
        stdout.flush();
        err.flush();
        return 0;
    }

    private Format inFormat() {
        if (in.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".etf")) {
            return Format.EAF;
        }
        Optional<Format> f = Format.of(in);
        return f.orElseThrow(() -> new Failures.UserError(in + ": cannot tell the input format from the name; use "
                + ".eaf or .etf (ELAN), .TextGrid, .srt, .vtt, .txt or .csv"));
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
