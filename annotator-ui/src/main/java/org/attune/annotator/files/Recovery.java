package org.attune.annotator.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.attune.core.eaf.Eaf;
import org.attune.core.io.AtomicFiles;
import org.attune.core.io.PrivateFiles;
import org.attune.core.model.AnnotationDocument;

/**
 * Recovery files: the autosaved state of an open session with unsaved changes, so that after a crash the next
 * start can offer it back. One pair per session in the recovery folder: {@code KEY.eaf} (the document) and
 * {@code KEY.properties} (the file it belongs to, when it was autosaved). Removed when the session is saved or
 * closed cleanly.
 */
public final class Recovery {

    /** A recovery file found at start: the document's own file (null for a never-saved session) and when. */
    public record Entry(Path recoveryFile, Path original, Instant savedAt) {
        public AnnotationDocument read() throws IOException {
            return Eaf.read(recoveryFile);
        }
    }

    private final Path folder;

    public Recovery(Path folder) {
        this.folder = folder;
    }

    /** The key of a session's recovery files: a hash of its file's absolute path ("untitled" without a file). */
    static String key(Path original) {
        if (original == null) {
            return "untitled";
        }
        String p = original.toAbsolutePath().normalize().toString();
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(p.getBytes(StandardCharsets.UTF_8));
            String name = original.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
            return name + "-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the recovery file of a session (atomically). Called off the Event Dispatch Thread. */
    public Path save(AnnotationDocument document, Path original) throws IOException {
        String key = key(original);
        Path eaf = folder.resolve(key + ".eaf");
        byte[] bytes = Eaf.toBytes(document);
        PrivateFiles.createFolders(folder);
        PrivateFiles.write(eaf, bytes);
        Properties p = new Properties();
        if (original != null) {
            p.setProperty("original", original.toAbsolutePath().normalize().toString());
        }
        p.setProperty("savedAt", Instant.now().toString());
        var text = new java.io.StringWriter();
        p.store(text, "Attune recovery");
        PrivateFiles.write(folder.resolve(key + ".properties"), text.toString().getBytes(StandardCharsets.ISO_8859_1));
        Files.deleteIfExists(AtomicFiles.backupOf(eaf));
        Files.deleteIfExists(AtomicFiles.backupOf(folder.resolve(key + ".properties")));
        return eaf;
    }

    /** Removes a session's recovery files (after a save or a clean close). */
    public void discard(Path original) throws IOException {
        String key = key(original);
        for (String suffix : List.of(".eaf", ".properties", ".eaf.bak", ".properties.bak")) {
            Files.deleteIfExists(folder.resolve(key + suffix));
        }
    }

    /** The recovery files left behind, e.g. by a crash. */
    public List<Entry> pending() throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.eaf")) {
            for (Path eaf : files) {
                String name = eaf.getFileName().toString();
                Path props = folder.resolve(name.substring(0, name.length() - 4) + ".properties");
                Properties p = new Properties();
                if (Files.exists(props)) {
                    try (InputStream in = Files.newInputStream(props)) {
                        p.load(in);
                    }
                }
                String original = p.getProperty("original");
                Instant at = Optional.ofNullable(p.getProperty("savedAt")).map(Instant::parse)
                        .orElse(Files.getLastModifiedTime(eaf).toInstant());
                out.add(new Entry(eaf, original == null ? null : Path.of(original), at));
            }
        }
        return out;
    }

    /** The recovery file of the session stored in {@code original}, if one was left. */
    public Optional<Entry> pendingFor(Path original) throws IOException {
        String key = key(original);
        return pending().stream().filter(e -> e.recoveryFile().getFileName().toString().equals(key + ".eaf"))
                .findFirst();
    }
}
