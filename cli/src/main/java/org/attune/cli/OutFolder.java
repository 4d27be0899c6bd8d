package org.attune.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The one rule for commands that write many sessions into a folder ({@code generate}, {@code import csv}): the
 * folder must be new or empty, or {@code --force} must be given; nothing is replaced silently.
 */
final class OutFolder {

    private OutFolder() {
    }

    /**
     * Creates {@code dir} when it does not exist; refuses a non-empty one without {@code force}.
     *
     * @param forceMeans what {@code --force} does in this command, for the message
     * @return whether the folder already held something (so that {@code force} applies)
     */
    static boolean prepare(Path dir, boolean force, String forceMeans) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new Failures.UserError(dir + ": not a folder");
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            return false;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !force) {
            throw new Failures.UserError(dir + ": the folder is not empty; use --force to " + forceMeans
                    + ", or choose an empty or new folder");
        }
        return !empty;
    }
}
