package org.attune.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared interoperability corpus ({@code ../shared/interop}): real files from other projects. Tests that
 * use it skip, with a message saying why, when it is absent (a user's clone has no {@code ../shared}).
 */
public final class Interop {
    private Interop() {
    }

    /** The corpus folder, from the {@code attune.interop.dir} system property or {@code ../shared/interop}. */
    public static Path dir() {
        String configured = System.getProperty("attune.interop.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("interop");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return here.resolve("../shared/interop").normalize();
    }

    /** Skips the calling test when the corpus is absent. */
    public static Path require() {
        Path dir = dir();
        assumeTrue(Files.isDirectory(dir), "interop corpus not found at " + dir
                + " (it lives in ../shared/interop beside the checkout; set -Dattune.interop.dir to run these tests)");
        return dir;
    }

    /** The files of a sub-folder ending in one of the extensions, sorted; empty when the corpus is absent. */
    public static List<Path> files(String folder, String... extensions) {
        Path dir = dir().resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                for (String e : extensions) {
                    if (n.endsWith(e.toLowerCase(java.util.Locale.ROOT))) {
                        return true;
                    }
                }
                return false;
            }).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
