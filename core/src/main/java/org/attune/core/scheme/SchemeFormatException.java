package org.attune.core.scheme;

import java.util.List;
import org.attune.core.eaf.Problem;
import org.attune.core.eaf.ProblemsException;

/**
 * A scheme file could not be read: it is not well-formed XML, not a scheme file, or what it says is
 * inconsistent (a missing id, a duplicate code, a code in an undeclared category, a key used twice).
 * The message names the file, line and column of the first error; {@link #problems()} lists all of them,
 * in file order.
 */
public class SchemeFormatException extends ProblemsException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for these problems.
     *
     * @param problems the problems found
     */
    public SchemeFormatException(List<Problem> problems) {
        super(problems, "unreadable scheme file");
    }

    /**
     * An exception for one problem.
     *
     * @param problem the problem found
     */
    public SchemeFormatException(Problem problem) {
        this(List.of(problem));
    }
}
