package org.attune.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic file replacement: write to a temporary file in the target's folder, flush it to disk, keep the
 * previous version as {@code NAME.bak}, then move the new file into place. If anything fails before the
 * move, the target is untouched and the temporary file is removed.
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the whole content to the stream (the stream is closed by the caller).
         *
         * @param out where to write
         * @throws IOException if the file cannot be written
         */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * The backup kept of {@code target}'s previous version.
     *
     * @param target the file
     * @return the backup's path ({@code target} with {@code .bak} added)
     */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Replaces {@code target} atomically with what {@code writer} writes; keeps a backup of the old file. The new
     * file keeps the old one's permissions; a file that did not exist gets the permissions any new file gets.
     *
     * @param target the file to write
     * @param writer writes the new content
     * @throws IOException if the file cannot be written
     */
    public static void write(Path target, Writer writer) throws IOException {
        String name = target.toAbsolutePath().toString();
        try {
            replace(target, writer);
        } catch (AccessDeniedException e) {
            if (name.equals(e.getFile())) {
                throw e;
            }
            AccessDeniedException named = new AccessDeniedException(name, null, "cannot save: " + reason(e));
            named.initCause(e);
            throw named;
        } catch (IOException e) {
            boolean plain = e.getClass() == IOException.class || e instanceof FileSystemException;
            if (!plain || e.getMessage() != null && e.getMessage().startsWith(name)) {
                // a writer's own failure (e.g. problems of the content) and messages that already name the file
                throw e;
            }
            throw new IOException(name + ": cannot save: " + reason(e), e);
        }
    }

    /**
     * Why a save failed, in words and without the name of the hidden temporary file (disk full, permission
     * denied, a file where a folder should be): users look for the file they asked for.
     */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String what = f.getReason() != null ? f.getReason()
                    : f instanceof AccessDeniedException ? "permission denied"
                    : f instanceof FileAlreadyExistsException ? "exists and is not a folder"
                    : f instanceof NoSuchFileException ? "no such folder"
                    : f instanceof NotDirectoryException ? "is not a folder"
                    : f.getClass().getSimpleName();
            String file = f.getFile();
            return file == null || file.endsWith(".tmp") ? what : file + ": " + what;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void replace(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute)) {
            // replace the file the link points to, and keep the link
            absolute = absolute.toRealPath();
        }
        if (Files.isDirectory(absolute)) {
            // checked first: the backup copy would otherwise make an empty NAME.bak folder before the move fails
            throw new IOException(absolute + " is a folder, not a file");
        }
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temp = createTemp(folder, absolute.getFileName().toString());
        Path resolved = absolute;
        moveInPlace(temp, absolute, writer, () -> {
            if (Files.exists(resolved)) {
                keepPermissions(resolved, temp);
                Files.copy(resolved, backupOf(resolved), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        });
        syncFolder(folder);
    }

    /** A step between writing the temporary file and moving it into place. */
    interface BeforeMove {
        void run() throws IOException;
    }

    /**
     * The one way Attune replaces a file: {@code writer}'s bytes go into the new, empty {@code temp} beside
     * {@code target}, are forced to disk, and {@code temp} is moved over {@code target} atomically (where the file
     * system can); {@code beforeMove} runs in between. On any failure {@code temp} is deleted and {@code target} is
     * as it was. Used by {@link #write} (which keeps a backup and the old permissions) and by
     * {@link PrivateFiles#write} (a 0600 file, no backup).
     */
    static void moveInPlace(Path temp, Path target, Writer writer, BeforeMove beforeMove) throws IOException {
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            beforeMove.run();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A new empty file beside the target, created as any new file is. ({@code Files.createTempFile} makes it
     * readable by its owner only, and the saved file would silently stop being readable by the owner's group.)
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(folder.resolve("." + name + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives {@code to} the POSIX permissions of {@code from} (nothing to do on other file systems). */
    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }

    /** Flushes the folder entry of the moved file to disk, where the platform allows opening a folder. */
    private static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on this platform (e.g. Windows); the file itself is already on disk
        }
    }
}
