package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune validate FILE...}: every problem of ELAN files, as {@code file:line:column: message}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check ELAN files (.eaf, .etf, .ecv): XML, the official schema of the EAF version each file "
                + "declares, references between its parts, and what a lenient reader would have to repair.",
            "Problems are printed as FILE:LINE:COLUMN: MESSAGE. Exit code 1 when any file has a problem."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
    List<Path> files;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, no summary.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int withProblems = 0;
        for (Path file : files) {
            List<Problem> problems;
            if (!Files.isRegularFile(file)) {
                Failures.report(new NoSuchFileException(file.toString()), err);
                withProblems++;
                continue;
            }
            problems = Eaf.validate(file);
            if (!problems.isEmpty()) {
                withProblems++;
            }
            for (Problem p : problems) {
                out.println(p);
            }
            if (!quiet && problems.isEmpty()) {
                out.println(file + ": ok");
            }
        }
        if (!quiet) {
            out.println(files.size() + (files.size() == 1 ? " file" : " files") + " checked, " + withProblems
                    + " with problems");
        }
        out.flush();
        return withProblems == 0 ? 0 : Failures.FAILED;
    }
}
