package org.attune.core.eaf;

import java.io.IOException;
import java.util.List;

/**
 * A file could not be used because of the {@link Problem problems} it has, each with file, line and column.
 * The message is the first error (or, without errors, the first problem) and how many more there are;
 * {@link #problems()} lists all of them. {@link EafFormatException} and
 * {@link org.attune.core.scheme.SchemeFormatException} are the kinds Attune throws, so callers can report
 * any bad input alike.
 */
public class ProblemsException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * @param problems   the problems, in the order they are to be listed
     * @param emptyLabel the message when the list is empty (e.g. "unreadable file")
     */
    protected ProblemsException(List<Problem> problems, String emptyLabel) {
        super(summary(problems, emptyLabel));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems, String emptyLabel) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        List<Problem> shown = errors.isEmpty() ? problems : errors;
        if (shown.isEmpty()) {
            return emptyLabel;
        }
        String first = shown.get(0).toString();
        return shown.size() == 1 ? first : first + " (and " + (shown.size() - 1) + " more)";
    }
}
