package org.attune.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Files Attune creates on its own account (the app folder, settings, recovery files, the search index): user
 * only, folders 0700 and files 0600, whatever the umask. On file systems without POSIX permissions these
 * behave as the plain {@link Files} calls. (A coder's own session files keep their mode: see {@link AtomicFiles}.)
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Creates {@code folder} and its missing parents; each folder created here, and {@code folder}, is 0700.
     *
     * @param folder the folder
     * @return {@code folder} and its missing parents; each folder created here, and {@code folder}, is 0700
     * @throws IOException if the file cannot be written
     */
    public static Path createFolders(Path folder) throws IOException {
        Path abs = folder.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = abs; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        Files.createDirectories(abs);
        boolean posix = posix(abs);
        if (posix) {
            for (Path p : missing) {
                Files.setPosixFilePermissions(p, FOLDER);
            }
            Files.setPosixFilePermissions(abs, FOLDER);
        }
        return folder;
    }

    /**
     * A new empty file in {@code folder} (created 0700 if missing), 0600 from its creation on.
     *
     * @param folder the folder
     * @param prefix the prefix
     * @param suffix the suffix
     * @return a new empty file in {@code folder} (created 0700 if missing), 0600 from its creation on
     * @throws IOException if the file cannot be written
     */
    public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        createFolders(folder);
        return posix(folder)
                ? Files.createTempFile(folder, prefix, suffix, fileAttribute())
                : Files.createTempFile(folder, prefix, suffix);
    }

    /**
     * Replaces {@code target} atomically with {@code bytes} as a 0600 file (no backup kept).
     *
     * @param target the file to write
     * @param bytes the file's bytes
     * @throws IOException if the file cannot be written
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path abs = target.toAbsolutePath();
        Path folder = abs.getParent();
        createFolders(folder);
        Path temp = createTempFile(folder, "." + abs.getFileName(), ".tmp");
        AtomicFiles.moveInPlace(temp, abs, out -> out.write(bytes), () -> { });
    }

    /**
     * Makes an existing file 0600 (nothing to do on other file systems).
     *
     * @param file the file
     * @throws IOException if reading or writing a file fails
     */
    public static void restrict(Path file) throws IOException {
        if (posix(file) && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> fileAttribute() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }

    private static boolean posix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
