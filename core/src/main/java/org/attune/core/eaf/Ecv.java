package org.attune.core.eaf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.attune.core.internal.eaf.EafCodec;
import org.attune.core.io.AtomicFiles;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.ExternalRef;
import org.attune.core.model.VocabularyResource;

/**
 * ELAN external controlled vocabulary files ({@code .ecv}, root {@code CV_RESOURCE}), and resolving a
 * document's external vocabularies to local {@code .ecv} files. Never touches the network.
 */
public final class Ecv {

    private Ecv() {
    }

    /**
     * Reads an {@code .ecv} file.
     *
     * @param file the file
     * @return an {@code .ecv} file
     * @throws IOException if the file cannot be read
     */
    public static VocabularyResource read(Path file) throws IOException {
        return EafCodec.readVocabularies(Files.readAllBytes(file), file.toString());
    }

    /**
     * Reads {@code .ecv} bytes.
     *
     * @param bytes the file's bytes
     * @param sourceName the name to report problems under (usually the file name)
     * @return {@code .ecv} bytes
     * @throws EafFormatException if the input is not a valid EAF document (the exception lists every problem found)
     */
    public static VocabularyResource read(byte[] bytes, String sourceName) throws EafFormatException {
        return EafCodec.readVocabularies(bytes, sourceName);
    }

    /**
     * The bytes of an {@code .ecv} file, validated against the official schema.
     *
     * @param resource the resource name
     * @return the bytes of an {@code .ecv} file, validated against the official schema
     * @throws EafFormatException if the input is not a valid EAF document (the exception lists every problem found)
     */
    public static byte[] toBytes(VocabularyResource resource) throws EafFormatException {
        return EafCodec.writeVocabularies(resource);
    }

    /**
     * Writes an {@code .ecv} file atomically (the previous version is kept as {@code NAME.bak}).
     *
     * @param resource the resource name
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void write(VocabularyResource resource, Path file) throws IOException {
        byte[] bytes = toBytes(resource);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * The entries of a document's external vocabularies, read from local {@code .ecv} files: for a vocabulary
     * whose EXT_REF names an {@code ecv} EXTERNAL_REF with URL {@code .../NAME.ecv}, the file {@code NAME.ecv}
     * in the document's folder. Vocabularies with no local file are left out; nothing is fetched.
     *
     * @param document     the document
     * @param documentFile the document's path (its folder is searched)
     * @return CV_ID to the vocabulary with its entries, in document order
     * @throws IOException if reading or writing a file fails
     */
    public static Map<String, ControlledVocabulary> resolveExternal(AnnotationDocument document, Path documentFile)
            throws IOException {
        Path folder = documentFile.toAbsolutePath().getParent();
        Map<String, ControlledVocabulary> out = new LinkedHashMap<>();
        Map<Path, VocabularyResource> cache = new LinkedHashMap<>();
        for (ControlledVocabulary cv : document.controlledVocabularies()) {
            if (!cv.isExternal()) {
                continue;
            }
            Optional<ExternalRef> ref = document.externalRefs().stream()
                    .filter(r -> r.id().equals(cv.extRef()) && ExternalRef.TYPE_ECV.equals(r.type())).findFirst();
            if (ref.isEmpty()) {
                continue;
            }
            Optional<Path> local = localFile(folder, ref.get().value());
            if (local.isEmpty()) {
                continue;
            }
            VocabularyResource resource = cache.get(local.get());
            if (resource == null) {
                resource = read(local.get());
                cache.put(local.get(), resource);
            }
            resource.vocabularies().stream().filter(v -> v.id().equals(cv.id())).findFirst()
                    .ifPresent(v -> out.put(cv.id(), new ControlledVocabulary(cv.id(), cv.extRef(),
                            v.descriptions(), v.entries())));
        }
        return out;
    }

    private static Optional<Path> localFile(Path folder, String url) {
        if (folder == null || url == null || url.isBlank()) {
            return Optional.empty();
        }
        String name;
        try {
            String path = URI.create(url.strip().replace(" ", "%20")).getPath();
            name = path == null ? url : path;
        } catch (IllegalArgumentException e) {
            name = url;
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Path candidate = folder.resolve(name);
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
