package org.attune.elan.extension;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.attune.elan.descriptor.Cmdi;
import org.attune.elan.recognizers.Recognizer;

/**
 * The extension folder ELAN discovers: {@code attune/} with one CMDI file per recognizer, the help page and the
 * recognizer jar. No path inside it has blanks (ELAN splits run commands on blanks), and the run commands are
 * relative to it, so the folder works wherever the extensions folder is (even under {@code C:\Program Files}).
 */
public final class ExtensionFolder {
    /** The folder's name inside ELAN's extensions folder. */
    public static final String NAME = "attune";
    /** The recognizer jar in it. */
    public static final String JAR = "attune-elan.jar";
    /** The help page in it. */
    public static final String HELP = "attune-elan.html";

    /** Supplies the recognizer jar's bytes. */
    @FunctionalInterface
    public interface JarSource {
        InputStream open() throws IOException;
    }

    private ExtensionFolder() {
    }

    /** The run command of a recognizer, for all three systems: ELAN replaces the leading {@code java}. */
    public static String runCommand(Recognizer r) {
        return "java -jar " + JAR + " " + r.descriptor().id();
    }

    /** The CMDI file name of a recognizer. */
    public static String cmdiName(Recognizer r) {
        return r.descriptor().id() + ".cmdi";
    }

    /**
     * Writes {@code outDir/attune/}, replacing an earlier one: the new folder is written beside it first and then
     * moved into place, so a failure leaves the old folder as it was.
     *
     * @return the folder written
     */
    public static Path write(Path outDir, List<Recognizer> recognizers, JarSource jar) throws IOException {
        Files.createDirectories(outDir);
        Path target = outDir.resolve(NAME);
        // not createTempDirectory: its folder is private to the user (0700), and an ELAN installed for everyone
        // must be able to read the extension; a plain folder gets the usual permissions
        Path staging = Files.createDirectory(outDir.resolve("." + NAME + "-new-" + UUID.randomUUID()));
        try {
            for (Recognizer r : recognizers) {
                Files.writeString(staging.resolve(cmdiName(r)), Cmdi.of(r.descriptor(), runCommand(r), HELP),
                        StandardCharsets.UTF_8);
            }
            Files.writeString(staging.resolve(HELP), HelpPage.of(recognizers), StandardCharsets.UTF_8);
            try (InputStream in = jar.open()) {
                Files.copy(in, staging.resolve(JAR));
            }
            if (Files.exists(target)) {
                Path old = outDir.resolve("." + NAME + "-old-" + UUID.randomUUID());
                Files.move(target, old);
                Files.move(staging, target);
                deleteTree(old);
            } else {
                Files.move(staging, target);
            }
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
        return target;
    }

    /**
     * The extensions folder of an ELAN installation: {@code lib/app/extensions} (Linux), {@code Contents/app/extensions}
     * (macOS, inside {@code ELAN_6.x.app}), {@code app/extensions} (Windows), or the folder itself when it is one.
     *
     * @throws NoSuchFileException naming the places looked at
     */
    public static Path extensionsFolder(Path elanDir) throws IOException {
        if (!Files.isDirectory(elanDir)) {
            throw new NoSuchFileException(elanDir.toString(), null, "no such folder");
        }
        List<Path> candidates = new ArrayList<>();
        if (elanDir.getFileName() != null
                && elanDir.getFileName().toString().toLowerCase(Locale.ROOT).equals("extensions")) {
            candidates.add(elanDir);
        }
        candidates.add(elanDir.resolve("lib/app/extensions"));
        candidates.add(elanDir.resolve("Contents/app/extensions"));
        candidates.add(elanDir.resolve("app/extensions"));
        for (Path c : candidates) {
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new NoSuchFileException(elanDir.toString(), null, "not an ELAN installation: none of "
                + String.join(", ", candidates.stream().map(Path::toString).toList()) + " exists");
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    throw new IOException("cannot remove " + dir, e);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Copies the recognizer jar from a file (for callers that have one on disk). */
    public static JarSource file(Path jar) {
        return () -> Files.newInputStream(jar);
    }
}
