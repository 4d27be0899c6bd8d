package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attune.core.eaf.Eaf;
import org.attune.core.formats.CsvMapping;
import org.attune.core.formats.Formats;
import org.attune.core.formats.Imported;
import org.attune.core.formats.ImportedSession;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune import}: transcripts made elsewhere into EAF documents. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import transcripts made elsewhere into EAF documents (for single files, see 'attune convert').",
        subcommands = {ImportCommand.Csv.class, CommandLine.HelpCommand.class})
final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code attune import csv FILE.csv OUT_DIR --session COL --speaker COL ...}. */
    @Command(name = "csv", mixinStandardHelpOptions = true,
            description = {"Import a CSV transcript (one row per utterance) into one EAF document per session, "
                    + "written to OUT_DIR as SESSION.eaf.",
                "Times: HH:MM:SS, HH:MM:SS.mmm, MM:SS or seconds (a column named *_ms: milliseconds). Without --end, "
                    + "an utterance ends where the next one starts; without --start, times are estimated.",
                "Each --code column becomes a coding tier of a scheme built from its values (the same vocabulary "
                    + "in every session).",
                "Bad rows are reported as file:line:col: message and skipped; everything else is imported."})
    static final class Csv implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file (with a header row).")
        Path file;

        @Parameters(index = "1", paramLabel = "OUT_DIR", description = "The folder to write the sessions to.")
        Path outDir;

        @Option(names = "--session", paramLabel = "COL", required = true,
                description = "The column naming the session.")
        String session;

        @Option(names = "--speaker", paramLabel = "COL", required = true, description = "The column naming the speaker.")
        String speaker;

        @Option(names = "--start", paramLabel = "COL",
                description = "The column of the start time (omit when the file has none: times are then estimated).")
        String start;

        @Option(names = "--end", paramLabel = "COL", description = "The column of the end time.")
        String end;

        @Option(names = "--order", paramLabel = "COL",
                description = "The column giving the order of utterances in a session (a number).")
        String order;

        @Option(names = "--text", paramLabel = "COL", required = true, description = "The column of what was said.")
        String text;

        @Option(names = "--code", paramLabel = "COL", description = "A column of codes (repeatable).")
        List<String> codes = List.of();

        @Option(names = "--coder", paramLabel = "NAME", defaultValue = "A",
                description = "The coder of the imported codes (default: ${DEFAULT-VALUE}).")
        String coder;

        @Option(names = "--scheme", paramLabel = "NAME",
                description = "The name of the scheme built from the code columns (default: the file's name).")
        String scheme;

        @Option(names = "--not-coded", paramLabel = "VALUE",
                description = "A code value that means 'no code' (repeatable; default: blank, n/a, NA, None, null).")
        List<String> notCoded = List.of();

        @Option(names = "--force",
                description = "Write into a folder that is not empty, replacing sessions of the same name (each"
                        + " replaced file is kept as FILE.bak). Other files are left alone.")
        boolean force;

        @Override
        public Integer call() throws IOException {
            if (Files.isDirectory(outDir) && !force) {
                OutFolder.prepare(outDir, false, "replace the sessions of the same name in it"); // refuses early
            }
            CsvMapping mapping = CsvMapping.of(speaker, start, text).withSession(session).withEnd(end)
                    .withOrder(order).withCodes(codes).withCoder(coder).withScheme(scheme);
            if (!notCoded.isEmpty()) {
                mapping = mapping.withNotCoded(new HashSet<>(notCoded));
            }
            Imported imported = Formats.read(file, mapping);
            PrintWriter err = spec.commandLine().getErr();
            imported.warnings().forEach(err::println);
            err.flush();
            if (imported.sessions().isEmpty()) {
                throw new Failures.UserError(file + ": no utterance could be imported");
            }
            OutFolder.prepare(outDir, force, "replace the sessions of the same name in it");
            Set<String> names = new LinkedHashSet<>();
            int utterances = 0;
            int codings = 0;
            for (ImportedSession s : imported.sessions()) {
                String name = fileName(s.name(), names);
                Eaf.write(s.document(), outDir.resolve(name));
                SessionView view = SessionView.of(s.document(), SchemeLookup.none());
                utterances += view.utterances().size();
                codings += view.codings().size();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote " + imported.sessions().size() + " session" + (imported.sessions().size() == 1 ? "" : "s")
                    + " to " + outDir + " (" + utterances + " utterances, " + codings + " codings; "
                    + imported.warnings().size() + " warning" + (imported.warnings().size() == 1 ? "" : "s") + ")");
            out.flush();
            return 0;
        }

        /** {@code SESSION.eaf}, with signs a file name cannot hold replaced, unique ignoring case. */
        private static String fileName(String session, Set<String> taken) {
            String base = session.replaceAll("[^\\p{L}\\p{N}._ -]+", "_").replaceAll("^[. ]+", "");
            if (base.isEmpty()) {
                base = "session";
            }
            String name = base;
            for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
                name = base + "-" + k;
            }
            return name + ".eaf";
        }
    }
}
