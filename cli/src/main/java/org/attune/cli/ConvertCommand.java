package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.eaf.Problem;
import org.attune.core.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune convert IN OUT}: normalise an ELAN document to valid EAF 3.0 (or a template). */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert an ELAN document (EAF 2.0-3.0, or a template) to valid EAF 3.0.",
            "OUT ending in .etf writes a template (tiers, types, vocabularies; no annotations).",
            "What the reader repaired is reported as warnings. OUT is replaced atomically and its previous "
                + "version kept as OUT.bak; a failed conversion leaves OUT untouched."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to read (.eaf or .etf).")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (.eaf or .etf).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String target = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!target.endsWith(".eaf") && !target.endsWith(".etf")) {
            throw new Failures.UserError(out + ": cannot tell the output format from the name; use .eaf or .etf");
        }
        EafReadResult read = Eaf.load(in);
        for (Problem w : read.warnings()) {
            err.println(w);
        }
        byte[] bytes = target.endsWith(".etf") ? Eaf.toBytes(Eaf.template(read.document()))
                : Eaf.toBytes(read.document());
        AtomicFiles.write(out, o -> o.write(bytes));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + out + " (EAF 3.0, from EAF " + read.sourceFormat() + ")");
        stdout.flush();
        err.flush();
        return 0;
    }
}
