package org.attune.annotator.media;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.MediaDescriptor;

/**
 * Finds a session's audio: the first linked WAV file that exists, by its relative URL (beside the EAF file)
 * or else its absolute URL, as ELAN does. Compressed media (MP3, M4A, MP4) is not played yet.
 */
public final class MediaFiles {

    private MediaFiles() {
    }

    /** The WAV file of a document stored in {@code eafFile} (may be null for a never-saved document). */
    public static Optional<Path> wavOf(AnnotationDocument doc, Path eafFile) {
        for (MediaDescriptor m : doc.header().media()) {
            if (!isWav(m)) {
                continue;
            }
            if (eafFile != null && m.relativeMediaUrl() != null && !m.relativeMediaUrl().isBlank()) {
                Path p = resolveRelative(eafFile, m.relativeMediaUrl());
                if (p != null && Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
            try {
                Path p = Path.of(URI.create(m.mediaUrl()));
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // not a file URL: try the next descriptor
            }
        }
        return Optional.empty();
    }

    private static Path resolveRelative(Path eafFile, String relative) {
        String r = relative.startsWith("./") ? relative.substring(2) : relative;
        if (r.startsWith("file:")) {
            return null;
        }
        Path folder = eafFile.toAbsolutePath().getParent();
        return folder == null ? null : folder.resolve(r).normalize();
    }

    private static boolean isWav(MediaDescriptor m) {
        String url = (m.relativeMediaUrl() != null ? m.relativeMediaUrl() : m.mediaUrl()).toLowerCase(Locale.ROOT);
        return m.mimeType().contains("wav") || url.endsWith(".wav");
    }
}
