package org.attune.search.query;

import org.attune.core.eaf.Problem;

/** A query that cannot be parsed; the message reads {@code query:LINE:COLUMN: expected X, found Y}. */
public final class QuerySyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    QuerySyntaxException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /**
     * Where and what: source {@code query}, line, column (from 1) and message.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }
}
