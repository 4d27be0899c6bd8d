package org.attune.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Entry point of the {@code attune} command. */
public final class Main {
    private Main() {
    }

    /** Runs the command line; from the packaged app, no arguments open the annotator (see {@link Launch}). */
    public static void main(String[] args) {
        System.exit(run(Launch.current().arguments(args), new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = AttuneCommand.commandLine(out, err, args);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory(args));
            err.flush();
            return Failures.FAILED;
        }
    }

    /**
     * The one line for a heap too small for the input: names the first argument that is an existing file (the
     * input of every command that reads one) and says how to give Java more memory.
     */
    static String outOfMemory(String[] args) {
        String file = null;
        for (String a : args) {
            if (!a.startsWith("-") && isFile(a)) {
                file = a;
                break;
            }
        }
        return "attune: " + (file == null ? "" : file + ": ") + "not enough memory to read this file; give Java more,"
                + " e.g. JAVA_OPTS=-Xmx1g ./attune ...";
    }

    private static boolean isFile(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
