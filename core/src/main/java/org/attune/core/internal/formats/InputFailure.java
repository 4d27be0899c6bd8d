package org.attune.core.internal.formats;

import java.util.List;
import org.attune.core.eaf.Problem;

/** An input file that cannot be imported at all, with what is wrong and where. */
public final class InputFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    InputFailure(Problem problem) {
        super(problem.toString());
        this.problems = List.of(problem);
    }

    public List<Problem> problems() {
        return problems;
    }
}
