package org.attune.annotator.files;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * One writer per session file: a lock file {@code .~lock.NAME#} beside the session (as LibreOffice does), made
 * with CREATE_NEW, naming user, host, pid, process start, a random instance id and when it was opened. UI-free.
 * Not yet wired into the annotator (see issue 16 item 3).
 */
public final class SessionLock {

    /** Who holds a lock, as read from its file. */
    public record Holder(String user, String host, long pid, String processStart, String instance, Instant since) {

        /** Why this lock is stale, or empty while its holder may be alive. */
        public Optional<String> staleBecause(Instant now, Duration maxSilence, Instant lastSignOfLife) {
            if (host.equals(thisHost())) {
                return alive(pid, processStart) ? Optional.empty() : Optional.of("process ended");
            }
            return lastSignOfLife.plus(maxSilence).isBefore(now)
                    ? Optional.of("no sign of life since " + lastSignOfLife) : Optional.empty();
        }
    }

    private final Path file;
    private final String instance = UUID.randomUUID().toString();

    public SessionLock(Path session) {
        Path abs = session.toAbsolutePath().normalize();
        this.file = abs.resolveSibling(".~lock." + abs.getFileName() + "#");
    }

    public Path file() {
        return file;
    }

    public String instance() {
        return instance;
    }

    /** Takes the lock; empty when taken, else who holds it. */
    public Optional<Holder> acquire() throws IOException {
        try {
            Files.write(file, content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            restrict();
            return Optional.empty();
        } catch (FileAlreadyExistsException e) {
            return holder();
        }
    }

    /** Replaces a (stale) lock with ours. */
    public void takeOver() throws IOException {
        Files.deleteIfExists(file);
        Optional<Holder> other = acquire();
        if (other.isPresent()) {
            throw new IOException(file + ": taken meanwhile by " + other.get().user() + " on " + other.get().host());
        }
    }

    /** Who holds the lock now, if anyone. */
    public Optional<Holder> holder() throws IOException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new Holder(p.getProperty("user", "?"), p.getProperty("host", "?"),
                Long.parseLong(p.getProperty("pid", "-1")), p.getProperty("processStart", ""),
                p.getProperty("instance", ""), Instant.parse(p.getProperty("since", Instant.EPOCH.toString()))));
    }

    /** The last heartbeat of the lock file (its modification time). */
    public Instant lastSignOfLife() throws IOException {
        return Files.getLastModifiedTime(file).toInstant();
    }

    /** Heartbeat: touches the lock file if it is still ours. */
    public void heartbeat() throws IOException {
        if (ours()) {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now()));
        }
    }

    /** Deletes the lock only if it is ours (instance id check). */
    public boolean release() throws IOException {
        return ours() && Files.deleteIfExists(file);
    }

    private boolean ours() throws IOException {
        return holder().map(h -> h.instance().equals(instance)).orElse(false);
    }

    /** Session file's mode minus write/execute: who can read the session can see who holds it. */
    private void restrict() throws IOException {
        Path session = file.resolveSibling(file.getFileName().toString().substring(7,
                file.getFileName().toString().length() - 1));
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return;
        }
        String mode = Files.exists(session)
                ? PosixFilePermissions.toString(Files.getPosixFilePermissions(session)) : "rw-------";
        char[] m = mode.toCharArray();
        m[0] = 'r';
        m[1] = 'w';
        for (int i = 2; i < 9; i++) {
            if (i != 3 && i != 6) {
                m[i] = '-';
            }
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(new String(m)));
    }

    private byte[] content() throws IOException {
        Properties p = new Properties();
        ProcessHandle me = ProcessHandle.current();
        p.setProperty("user", System.getProperty("user.name", "?"));
        p.setProperty("host", thisHost());
        p.setProperty("pid", Long.toString(me.pid()));
        p.setProperty("processStart", me.info().startInstant().map(Instant::toString).orElse(""));
        p.setProperty("instance", instance);
        p.setProperty("since", Instant.now().toString());
        StringWriter w = new StringWriter();
        p.store(w, "Attune: this session is open for writing");
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether the process {@code pid} on this host is alive and is the one that started at {@code processStart}
     * (a reused pid belongs to another process).
     */
    static boolean alive(long pid, String processStart) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(h -> h.info().startInstant().map(Instant::toString).orElse("").equals(processStart))
                .orElse(false);
    }

    static String thisHost() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("?");
        }
    }
}
