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
 * is reported as warnings in {@link #read(Path)}. A file that cannot be read faithfully throws an
 * {@link EafFormatException} naming file, line and column.
 *
 * <p>Writing always produces EAF 3.0 that validates against the official schema: the output is checked
 * before it is committed, and a file is replaced atomically, keeping the previous version as
 * {@code NAME.bak} (see {@link AtomicFiles}).
 *
 * <pre>{@code
 * AnnotationDocument doc = Eaf.read(Path.of("session.eaf")).document();
 * Eaf.write(doc, Path.of("session.eaf"));
 * }</pre>
 */
public final class Eaf {

    /** The schema location written into every EAF file. */
    public static final String SCHEMA_LOCATION = "http://www.mpi.nl/tools/elan/EAFv3.0.xsd";

    private Eaf() {
    }

    /** What {@link #toBytes(AnnotationDocument, Check)} checks before it hands the bytes back. */
    public enum Check {
        /** The output is validated against the official EAF 3.0 schema (what every save does). */
        SCHEMA,
        /** No check (about 3 times faster; for generators and benchmarks whose documents are known good). */
        NONE
    }

    /**
     * Reads a document: the document, and what the lenient reader repaired ({@link EafReadResult#warnings()}).
     * Every way of reading has this one name and this one result.
     *
     * @param file the file
     * @return the document and the reader's repair warnings
     * @throws IOException if the file cannot be read
     * @throws EafFormatException if the file is not an EAF document Attune can read faithfully (every problem listed)
     */
    public static EafReadResult read(Path file) throws IOException {
        return EafCodec.readDocument(Files.readAllBytes(file), file.toString());
    }

    /**
     * Reads a document from a stream.
     *
     * @param in         the bytes of the file (read to the end, not closed)
     * @param sourceName the name used in error messages
     * @return the document and the reader's repair warnings
     * @throws IOException if the stream cannot be read
     * @throws EafFormatException if the bytes are not an EAF document Attune can read faithfully
     */
    public static EafReadResult read(InputStream in, String sourceName) throws IOException {
        return EafCodec.readDocument(in.readAllBytes(), sourceName);
    }

    /**
     * Reads a document from bytes.
     *
     * @param bytes      the file's bytes
     * @param sourceName the name to report problems under (usually the file name)
     * @return the document and the reader's repair warnings
     * @throws EafFormatException if the bytes are not an EAF document Attune can read faithfully (the exception
     *                            lists every problem found)
     */
    public static EafReadResult read(byte[] bytes, String sourceName) throws EafFormatException {
        return EafCodec.readDocument(bytes, sourceName);
    }

    /**
     * The same as {@link #read(Path)}.
     *
     * @param file the file
     * @return the document and the reader's repair warnings
     * @throws IOException if the file cannot be read
     * @deprecated {@link #read(Path)} is the one name for reading
     */
    @Deprecated(since = "0.1.0", forRemoval = true)
    public static EafReadResult load(Path file) throws IOException {
        return read(file);
    }

    /**
     * The same as {@link #read(InputStream, String)}.
     *
     * @param in         the bytes of the file (read to the end, not closed)
     * @param sourceName the name used in error messages
     * @return the document and the reader's repair warnings
     * @throws IOException if the stream cannot be read
     * @deprecated {@link #read(InputStream, String)} is the one name for reading
     */
    @Deprecated(since = "0.1.0", forRemoval = true)
    public static EafReadResult load(InputStream in, String sourceName) throws IOException {
        return read(in, sourceName);
    }

    /**
     * The same as {@link #read(byte[], String)}.
     *
     * @param bytes      the file's bytes
     * @param sourceName the name to report problems under
     * @return the document and the reader's repair warnings
     * @throws EafFormatException if the bytes are not an EAF document Attune can read faithfully
     * @deprecated {@link #read(byte[], String)} is the one name for reading
     */
    @Deprecated(since = "0.1.0", forRemoval = true)
    public static EafReadResult load(byte[] bytes, String sourceName) throws EafFormatException {
        return read(bytes, sourceName);
    }

    /**
     * Writes a document as EAF 3.0, atomically: the file is written beside the target, checked against the
     * schema, flushed to disk, and moved into place; an existing file is kept as {@code NAME.bak}.
     * On any failure the existing file is untouched.
     *
     * @param document the document
     * @param file     the file to write (replaced atomically)
     * @throws IOException if the file cannot be written; the existing file is then untouched
     * @throws EafFormatException if the document would not be valid EAF 3.0 (nothing is written)
     */
    public static void write(AnnotationDocument document, Path file) throws IOException {
        byte[] bytes = toBytes(document);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * Writes a document as EAF 3.0 to a stream (not closed).
     *
     * @param document the document
     * @param out      where the bytes go
     * @throws IOException if the stream cannot be written
     * @throws EafFormatException if the document would not be valid EAF 3.0 (nothing is written)
     */
    public static void write(AnnotationDocument document, OutputStream out) throws IOException {
        out.write(toBytes(document));
    }

    /**
     * The EAF 3.0 bytes of a document, validated against the official schema.
     *
     * @param document the document
     * @return the bytes of the EAF 3.0 file
     * @throws EafFormatException if the document would not be valid EAF 3.0 (the exception lists every problem)
     */
    public static byte[] toBytes(AnnotationDocument document) throws EafFormatException {
        return toBytes(document, Check.SCHEMA);
    }

    /**
     * The EAF 3.0 bytes of a document, checked as told.
     *
     * @param document the document
     * @param check    {@link Check#SCHEMA} as every save, or {@link Check#NONE} for known-good generated documents
     * @return the bytes of the EAF 3.0 file
     * @throws EafFormatException if the document cannot be written, or (with {@link Check#SCHEMA}) would not be
     *                            valid EAF 3.0
     */
    public static byte[] toBytes(AnnotationDocument document, Check check) throws EafFormatException {
        return EafCodec.writeDocument(document, check == Check.SCHEMA);
    }

    /**
     * The same as {@code toBytes(document, Check.NONE)}.
     *
     * @param document the document
     * @return the bytes of the EAF 3.0 file, unchecked
     * @throws EafFormatException if the document cannot be written
     * @deprecated use {@link #toBytes(AnnotationDocument, Check)} with {@link Check#NONE}
     */
    @Deprecated(since = "0.1.0", forRemoval = true)
    public static byte[] toBytesUnchecked(AnnotationDocument document) throws EafFormatException {
        return toBytes(document, Check.NONE);
    }

    /**
     * Everything wrong with a file: XML errors, violations of the schema of the EAF version the file declares,
     * broken references and what the reader would repair. An empty list means the file is clean.
     *
     * @param file the file
     * @return every problem, with its line and column; empty when the file is clean
     * @throws IOException if the file cannot be read
     */
    public static List<Problem> validate(Path file) throws IOException {
        return EafCodec.validate(Files.readAllBytes(file), file.toString());
    }

    /**
     * Checks bytes as {@link #validate(Path)} does.
     *
     * @param bytes      the file's bytes
     * @param sourceName the name to report problems under
     * @return every problem, with its line and column; empty when the bytes are a clean file
     */
    public static List<Problem> validate(byte[] bytes, String sourceName) {
        return EafCodec.validate(bytes, sourceName);
    }

    /**
     * The template of a document ({@code .etf}): its tiers, types, vocabularies and header, no annotations.
     *
     * @param document the document
     * @return the document without time slots, annotations and links
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
     * @param file     the file to write (replaced atomically)
     * @throws IOException if the file cannot be written
     */
    public static void writeTemplate(AnnotationDocument document, Path file) throws IOException {
        write(template(document), file);
    }
}
