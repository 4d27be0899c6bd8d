package org.attune.annotator.media;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.MediaDescriptor;

/**
 * Finds a session's media: a linked file that exists, by its relative URL (beside the EAF file) or else its
 * absolute URL, as ELAN does.
 */
public final class MediaFiles {

    private MediaFiles() {
    }

    /** The WAV file of a document stored in {@code eafFile} (may be null for a never-saved document). */
    public static Optional<Path> wavOf(AnnotationDocument doc, Path eafFile) {
        return find(doc, eafFile, m -> name(m).endsWith(".wav") || m.mimeType().contains("wav"));
    }

    /**
     * The media to play: the first existing linked file with the extension of a supported type (WAV, MP3, M4A,
     * MP4), else the first existing linked file of any type (so that the coder is told why it does not play).
     */
    public static Optional<Path> mediaOf(AnnotationDocument doc, Path eafFile) {
        return find(doc, eafFile, m -> MediaType.hasSupportedExtension(name(m))).or(() -> find(doc, eafFile, m -> true));
    }

    private static Optional<Path> find(AnnotationDocument doc, Path eafFile, Predicate<MediaDescriptor> wanted) {
        for (MediaDescriptor m : doc.header().media()) {
            if (!wanted.test(m)) {
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

    private static String name(MediaDescriptor m) {
        return (m.relativeMediaUrl() != null ? m.relativeMediaUrl() : m.mediaUrl()).toLowerCase(Locale.ROOT);
    }
}
