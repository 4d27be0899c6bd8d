package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -o FILE} option of every command whose result can go to a file instead of the screen (a mixin). */
final class OutputFile {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the screen.")
    Path file;

    /** Whether {@code -o} was given. */
    boolean given() {
        return file != null;
    }

    /** Writes the result to the file (atomically, then says "wrote FILE (what)") or to {@code out}. */
    void write(String text, PrintWriter out, String what) throws IOException {
        Output.write(text, file, out, what);
    }
}
