package org.attune.core.scheme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.core.internal.scheme.SchemeCodec;
import org.attune.core.io.AtomicFiles;

/**
 * Reading and writing scheme files: the XML form of a {@link CodingScheme} that a lab edits by hand
 * ({@code docs/schemes.md} describes it). A file that is malformed or inconsistent throws a
 * {@link SchemeFormatException} naming file, line and column. To use a file's schemes, add them to a
 * {@link SchemeRegistry}, which also honours the file's {@code default} mark.
 *
 * <pre>{@code
 * CodingScheme mine = SchemeFiles.read(Path.of("schemes/3rs-lab.xml"));
 * SchemeFiles.write(SchemeImport.fromEcv(Path.of("lab.ecv")), Path.of("schemes/lab.xml"));
 * }</pre>
 */
public final class SchemeFiles {

    private SchemeFiles() {
    }

    /**
     * Reads a scheme file.
     *
     * @param file the file
     * @return a scheme file
     * @throws IOException if the file cannot be read
     */
    public static CodingScheme read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /**
     * Reads a scheme file from bytes.
     *
     * @param sourceName the name used in error messages
     * @param bytes the file's bytes
     * @return a scheme file from bytes
     * @throws SchemeFormatException if the scheme file is not valid (the exception lists every problem found)
     */
    public static CodingScheme read(byte[] bytes, String sourceName) throws SchemeFormatException {
        return SchemeCodec.read(bytes, sourceName).scheme();
    }

    /**
     * The bytes of a scheme file (UTF-8), which {@link #read(byte[], String)} reads back equal.
     *
     * @param scheme the coding scheme
     * @return the bytes of a scheme file (UTF-8), which {@link #read(byte[], String)} reads back equal
     */
    public static byte[] toBytes(CodingScheme scheme) {
        return SchemeCodec.write(scheme, false);
    }

    /**
     * Writes a scheme file atomically (the previous version is kept as {@code NAME.bak}).
     *
     * @param scheme the coding scheme
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    public static void write(CodingScheme scheme, Path file) throws IOException {
        byte[] bytes = toBytes(scheme);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
