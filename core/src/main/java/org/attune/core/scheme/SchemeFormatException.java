package org.attune.core.scheme;

import java.io.IOException;
import java.util.List;
import org.attune.core.eaf.Problem;

/**
 * A scheme file could not be read: it is not well-formed XML, not a scheme file, or what it says is
 * inconsistent (a missing id, a duplicate code, a code in an undeclared category, a key used twice).
 * The message names the file, line and column of the first error; {@link #problems()} lists all of them.
 * The same shape as {@link org.attune.core.eaf.EafFormatException}, so callers report both alike.
 */
public class SchemeFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public SchemeFormatException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public SchemeFormatException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "unreadable scheme file";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
    }
}
