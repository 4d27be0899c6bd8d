package org.attune.core.eaf;

import java.util.List;

/**
 * A file could not be read: it is not well-formed XML, not an ELAN document, or its structure is broken
 * (dangling references, duplicate ids, an annotation that ends before it starts). The message names the
 * file, line and column of the first error; {@link #problems()} lists all of them, errors first.
 */
public class EafFormatException extends ProblemsException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for these problems.
     *
     * @param problems the problems found
     */
    public EafFormatException(List<Problem> problems) {
        super(problems, "unreadable file");
    }

    /**
     * An exception for one problem.
     *
     * @param problem the problem found
     */
    public EafFormatException(Problem problem) {
        this(List.of(problem));
    }
}
