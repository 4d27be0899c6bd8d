package org.attune.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /** Whether the corpus is there. */
    public static boolean present() {
        return Files.isDirectory(dir());
    }

    /**
     * Skips the calling test when the corpus is absent, and says once per test run (on standard error) that the
     * tests which need it are skipped.
     */
    public static Path require() {
        Path dir = dir();
        boolean present = Files.isDirectory(dir);
        String why = "interop corpus not found at " + dir
                + " (it lives in ../shared/interop beside the checkout; set -Dattune.interop.dir to run these tests)";
        if (!present && TOLD.compareAndSet(false, true)) {
            System.err.println("attune tests: " + why + "; the tests that read it are skipped");
        }
        assumeTrue(present, why);
        return dir;
    }

    /**
     * The files of a sub-folder as arguments of a parameterized test. When the corpus is absent this skips the
     * whole parameterized test (an assumption failure in its argument source), instead of failing it for having
     * no arguments. When the corpus is present but the folder holds no such file, the test fails: the corpus is
     * then not what the tests expect.
     */
    public static Stream<Path> cases(String folder, String... extensions) {
        require();
        return files(folder, extensions).stream();
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

    /**
     * A file of the shared hostile reproducers ({@code ../shared/hostile}); skips the calling test, saying why,
     * when it is absent.
     */
    public static Path hostile(String name) {
        Path file = dir().resolveSibling("hostile").resolve(name);
        assumeTrue(Files.isRegularFile(file), "hostile reproducer not found at " + file
                + " (it lives in ../shared/hostile beside the checkout); skipped");
        return file;
    }
}
