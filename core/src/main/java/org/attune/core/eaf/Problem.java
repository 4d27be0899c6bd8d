package org.attune.core.eaf;

import java.util.Objects;

/**
 * Something wrong (or repaired) in an input file, with its position.
 *
 * @param source   the file name or path as the user gave it
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param severity {@link Severity#ERROR} when the file cannot be used as it is, {@link Severity#WARNING} when
 *                 the reader accepted it (as ELAN does) and repaired or ignored something
 * @param message  what is wrong, in words a user understands
 */
public record Problem(String source, int line, int column, Severity severity, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The input cannot be used as it is. */
        ERROR,
        /** The input is read, but something in it is suspect. */
        WARNING
    }

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param source the file name or path as the user gave it
     * @param line 1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     * @param severity {@link Severity#ERROR} when the file cannot be used as it is, {@link Severity#WARNING} when
     * @param message what is wrong, in words a user understands
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error: the input cannot be used as it is.
     *
     * @param source the source (usually a file name)
     * @param line the line (1-based)
     * @param column the column (1-based)
     * @param message what is wrong
     * @return the problem
     */
    public static Problem error(String source, int line, int column, String message) {
        return new Problem(source, line, column, Severity.ERROR, message);
    }

    /**
     * A warning: the input is read, but something in it is suspect.
     *
     * @param source the source (usually a file name)
     * @param line the line (1-based)
     * @param column the column (1-based)
     * @param message what is wrong
     * @return the problem
     */
    public static Problem warning(String source, int line, int column, String message) {
        return new Problem(source, line, column, Severity.WARNING, message);
    }

    /**
     * Whether this problem is an error (not a warning).
     *
     * @return whether error
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: message} (warnings say so), the form compilers and editors understand. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (isError() ? "" : "warning: ") + message;
    }
}
