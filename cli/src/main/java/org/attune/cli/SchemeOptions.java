package org.attune.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.scheme.SchemeRegistry;
import picocli.CommandLine.Option;

/**
 * The {@code --schemes} option shared by commands that need coding schemes: the built-in ones plus the
 * scheme files (and {@code .ecv} vocabularies) in the given folders or files.
 */
final class SchemeOptions {

    @Option(names = "--schemes", paramLabel = "PATH",
            description = "A scheme file, an ELAN .ecv, or a folder of them, to use besides the built-in schemes "
                    + "(repeatable). Default: the folder in ATTUNE_SCHEMES, if set.")
    List<Path> paths = List.of();

    private SchemeRegistry registry;

    /** The built-in schemes plus the user's. */
    SchemeRegistry registry() {
        if (registry == null) {
            registry = load();
        }
        return registry;
    }

    private SchemeRegistry load() {
        SchemeRegistry r = SchemeRegistry.builtIn();
        List<Path> all = paths;
        String env = System.getenv("ATTUNE_SCHEMES");
        if (all.isEmpty() && env != null && !env.isBlank()) {
            all = List.of(Path.of(env));
        }
        try {
            for (Path p : all) {
                r = Files.isDirectory(p) ? r.withFolder(p) : r.withFile(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }
}
