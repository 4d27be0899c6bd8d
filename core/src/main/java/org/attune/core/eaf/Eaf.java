package org.attune.core.eaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.internal.eaf.EafCodec;
import org.attune.core.io.AtomicFiles;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Annotation;

/**
 * Reading and writing ELAN annotation documents ({@code .eaf}) and templates ({@code .etf}).
 *
 * <p>Reading accepts EAF 2.0 to 3.0 and what ELAN accepts besides (several real files are invalid against
 * their own schema); vocabularies of files older than 2.8 become multilingual ones. What the reader repaired
 * is reported as warnings in {@link #load(Path)}. A file that cannot be read faithfully throws an
 * {@link EafFormatException} naming file, line and column.
 *
 * <p>Writing always produces EAF 3.0 that validates against the official schema: the output is checked
 * before it is committed, and a file is replaced atomically, keeping the previous version as
 * {@code NAME.bak} (see {@link AtomicFiles}).
 *
 * <pre>{@code
 * AnnotationDocument doc = Eaf.read(Path.of("session.eaf"));
 * Eaf.write(doc, Path.of("session.eaf"));
 * }</pre>
 */
public final class Eaf {

    /** The schema location written into every EAF file. */
    public static final String SCHEMA_LOCATION = "http://www.mpi.nl/tools/elan/EAFv3.0.xsd";

    private Eaf() {
    }

    /**
     * Reads a document; warnings about repairs are dropped (use {@link #load(Path)} to see them).
     *
     * @param file the file
     * @return a document; warnings about repairs are dropped (use {@link #load(Path)} to see them)
     * @throws IOException if the file cannot be read
     */
    public static AnnotationDocument read(Path file) throws IOException {
        return load(file).document();
    }

    /**
     * Reads a document and reports what the lenient reader repaired.
     *
     * @param file the file
     * @return a document and reports what the lenient reader repaired
     * @throws IOException if the file cannot be read
     */
    public static EafReadResult load(Path file) throws IOException {
        return EafCodec.readDocument(Files.readAllBytes(file), file.toString());
    }

    /**
     * Reads a document from a stream.
     *
     * @param in         the bytes of the file (read to the end, not closed)
     * @param sourceName the name used in error messages
     * @return a document from a stream
     * @throws IOException if the file cannot be read
     */
    public static EafReadResult load(InputStream in, String sourceName) throws IOException {
        return EafCodec.readDocument(in.readAllBytes(), sourceName);
    }

    /**
     * Reads a document from bytes.
     *
     * @param bytes the file's bytes
     * @param sourceName the name to report problems under (usually the file name)
     * @return a document from bytes
     * @throws EafFormatException if the input is not a valid EAF document (the exception lists every problem found)
     */
    public static EafReadResult load(byte[] bytes, String sourceName) throws EafFormatException {
        return EafCodec.readDocument(bytes, sourceName);
    }

    /**
     * Writes a document as EAF 3.0, atomically: the file is written beside the target, checked against the
     * schema, flushed to disk, and moved into place; an existing file is kept as {@code NAME.bak}.
     * On any failure the existing file is untouched.
     *
     * @param document the document
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void write(AnnotationDocument document, Path file) throws IOException {
        byte[] bytes = toBytes(document);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * Writes a document as EAF 3.0 to a stream (not closed).
     *
     * @param document the document
     * @param out where to write
     * @throws IOException if the file cannot be written
     */
    public static void write(AnnotationDocument document, OutputStream out) throws IOException {
        out.write(toBytes(document));
    }

    /**
     * The EAF 3.0 bytes of a document, validated against the official schema.
     *
     * @param document the document
     * @return the EAF 3.0 bytes of a document, validated against the official schema
     * @throws EafFormatException if the input is not a valid EAF document (the exception lists every problem found)
     */
    public static byte[] toBytes(AnnotationDocument document) throws EafFormatException {
        return EafCodec.writeDocument(document, true);
    }

    /**
     * The EAF 3.0 bytes of a document without the schema check (for benchmarks and trusted callers).
     *
     * @param document the document
     * @return the EAF 3.0 bytes of a document without the schema check (for benchmarks and trusted callers)
     * @throws EafFormatException if the input is not a valid EAF document (the exception lists every problem found)
     */
    public static byte[] toBytesUnchecked(AnnotationDocument document) throws EafFormatException {
        return EafCodec.writeDocument(document, false);
    }

    /**
     * Everything wrong with a file: XML errors, violations of the schema of the EAF version the file declares,
     * broken references and what the reader would repair. An empty list means the file is clean.
     *
     * @param file the file
     * @return every problem found, errors and warnings; empty when the file is clean
     * @throws IOException if the file cannot be read
     */
    public static List<Problem> validate(Path file) throws IOException {
        return EafCodec.validate(Files.readAllBytes(file), file.toString());
    }

    /**
     * Checks bytes as {@link #validate(Path)} does.
     *
     * @param bytes the file's bytes
     * @param sourceName the name to report problems under (usually the file name)
     * @return every problem found, errors and warnings; empty when the bytes are clean
     */
    public static List<Problem> validate(byte[] bytes, String sourceName) {
        return EafCodec.validate(bytes, sourceName);
    }

    /**
     * The template of a document ({@code .etf}): its tiers, types, vocabularies and header, no annotations.
     *
     * @param document the document
     * @return the template of a document ({@code .etf}): its tiers, types, vocabularies and header, no annotations
     */
    public static AnnotationDocument template(AnnotationDocument document) {
        return document.withTimeSlots(List.of())
                .withTiers(document.tiers().stream().map(t -> t.withAnnotations(List.<Annotation>of())).toList())
                .withRefLinkSets(List.of());
    }

    /**
     * Writes the {@link #template(AnnotationDocument) template} of a document as an ELAN {@code .etf} file.
     *
     * @param document the document
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void writeTemplate(AnnotationDocument document, Path file) throws IOException {
        write(template(document), file);
    }

}
