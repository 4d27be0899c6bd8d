package org.attune.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code attune} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = AttuneCommand.commandLine(out, err);
        return cl.execute(args);
    }
}
