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
 * start can offer it back. One pair per session and annotator instance in the recovery folder: {@code KEY.eaf}
 * (the document) and {@code KEY.properties} (the file it belongs to, when it was autosaved, and which process
 * wrote it). The key is the session file's name and a hash of its path, then the instance: two annotators on one
 * file (two windows, two coders on one account) never overwrite each other's recovery. Removed when the session
 * is saved or closed cleanly; after a crash, the next annotator on that file is offered what the ended one left.
 */
public final class Recovery {

    /** A recovery file found at start: the document's own file (null for a never-saved session) and when. */
    public record Entry(Path recoveryFile, Path original, Instant savedAt, long pid, String processStart) {
        public AnnotationDocument read() throws IOException {
            return Eaf.read(recoveryFile).document();
        }
    }

    private final Path folder;
    private final String instance;

    /** The recovery files of a new annotator instance (a random instance id). */
    public Recovery(Path folder) {
        this(folder, java.util.UUID.randomUUID().toString().substring(0, 8));
    }

    Recovery(Path folder, String instance) {
        this.folder = folder;
        this.instance = instance;
    }

    /** This instance's key for a session file. */
    String instanceKey(Path original) {
        return key(original) + "." + instance;
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
        String key = instanceKey(original);
        Path eaf = folder.resolve(key + ".eaf");
        byte[] bytes = Eaf.toBytes(document);
        PrivateFiles.createFolders(folder);
        PrivateFiles.write(eaf, bytes);
        Properties p = new Properties();
        if (original != null) {
            p.setProperty("original", original.toAbsolutePath().normalize().toString());
        }
        p.setProperty("savedAt", Instant.now().toString());
        ProcessHandle me = ProcessHandle.current();
        p.setProperty("pid", Long.toString(me.pid()));
        p.setProperty("processStart", me.info().startInstant().map(Instant::toString).orElse(""));
        p.setProperty("instance", instance);
        var text = new java.io.StringWriter();
        p.store(text, "Attune recovery");
        PrivateFiles.write(folder.resolve(key + ".properties"), text.toString().getBytes(StandardCharsets.ISO_8859_1));
        Files.deleteIfExists(AtomicFiles.backupOf(eaf));
        Files.deleteIfExists(AtomicFiles.backupOf(folder.resolve(key + ".properties")));
        return eaf;
    }

    /** Removes this instance's recovery files of a session (after a save or a clean close). */
    public void discard(Path original) throws IOException {
        discardKey(instanceKey(original));
    }

    /** Removes the recovery files of an entry (offered after a crash, then restored or declined). */
    public void discard(Entry entry) throws IOException {
        String name = entry.recoveryFile().getFileName().toString();
        discardKey(name.substring(0, name.length() - 4));
    }

    private void discardKey(String key) throws IOException {
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
                out.add(new Entry(eaf, original == null ? null : Path.of(original), at,
                        Long.parseLong(p.getProperty("pid", "-1")), p.getProperty("processStart", "")));
            }
        }
        return out;
    }

    /**
     * The recovery file of the session stored in {@code original} that this instance may offer: its own, or one
     * left by an annotator whose process has ended (the newest first). Another live annotator's is not offered.
     */
    public Optional<Entry> pendingFor(Path original) throws IOException {
        String key = key(original);
        String ours = instanceKey(original) + ".eaf";
        return pending().stream().filter(e -> {
            String name = e.recoveryFile().getFileName().toString();
            return name.equals(ours) || name.equals(key + ".eaf")
                    || name.startsWith(key + ".") && !SessionLock.alive(e.pid(), e.processStart());
        }).max(java.util.Comparator.comparing(Entry::savedAt));
    }
}
