package org.attune.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample files of the repository ({@code samples/}). */
final class Samples {
    private Samples() {
    }

    static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("attune"))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }

    static Path demoSession() {
        return dir().resolve("demo-session.eaf");
    }
}
