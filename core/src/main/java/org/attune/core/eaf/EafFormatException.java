package org.attune.core.eaf;

import java.io.IOException;
import java.util.List;

/**
 * A file could not be read: it is not well-formed XML, not an ELAN document, or its structure is broken
 * (dangling references, duplicate ids, an annotation that ends before it starts). The message names the
 * file, line and column of the first error; {@link #problems()} lists all of them.
 */
public class EafFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public EafFormatException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public EafFormatException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, errors first. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        List<Problem> shown = errors.isEmpty() ? problems : errors;
        if (shown.isEmpty()) {
            return "unreadable file";
        }
        String first = shown.get(0).toString();
        return shown.size() == 1 ? first : first + " (and " + (shown.size() - 1) + " more)";
    }
}
