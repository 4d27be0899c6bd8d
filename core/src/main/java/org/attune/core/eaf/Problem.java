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
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String source, int line, int column, String message) {
        return new Problem(source, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String source, int line, int column, String message) {
        return new Problem(source, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: message} (warnings say so), the form compilers and editors understand. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (isError() ? "" : "warning: ") + message;
    }
}
