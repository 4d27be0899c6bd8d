package org.attune.core.internal.eaf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attune.core.eaf.Problem;

/** Collects the problems found while reading one file, each placed at its element. */
final class Report {
    private final String source;
    private final Positions positions;
    private final List<Problem> problems = new ArrayList<>();

    Report(String source, byte[] bytes) {
        this.source = source;
        this.positions = new Positions(bytes);
    }

    String source() {
        return source;
    }

    void error(String element, String id, String message) {
        add(Problem.Severity.ERROR, element, id, 0, message);
    }

    void error(String element, String id, int occurrence, String message) {
        add(Problem.Severity.ERROR, element, id, occurrence, message);
    }

    void warning(String element, String id, String message) {
        add(Problem.Severity.WARNING, element, id, 0, message);
    }

    void warning(String element, String id, int occurrence, String message) {
        add(Problem.Severity.WARNING, element, id, occurrence, message);
    }

    /** Adds a problem the parser or JAXB found at a location inside a start tag, placed at that element. */
    void atElement(Problem.Severity severity, int line, int column, String message) {
        problems.add(elementProblem(severity, line, column, message));
    }

    /** A problem at the element whose start tag holds the location (or at the location if none does). */
    Problem elementProblem(Problem.Severity severity, int line, int column, String message) {
        return positions.elementAt(line, column)
                .map(s -> new Problem(source, s.line(), s.column(), severity, message))
                .orElseGet(() -> new Problem(source, line, column, severity, message));
    }

    /** A problem at the root element. */
    Problem rootProblem(Problem.Severity severity, String message) {
        return positions.root()
                .map(s -> new Problem(source, s.line(), s.column(), severity, message))
                .orElseGet(() -> new Problem(source, 1, 1, severity, message));
    }

    /**
     * A well-formedness error: at the start of the element that lacks its end tag when that is the error (the
     * message then says so), else where the parser stopped.
     */
    Problem unclosedProblem(int line, int column, String message) {
        return positions.unclosedAt(line, column)
                .map(s -> Problem.error(source, s.line(), s.column(), "malformed XML: <" + s.name()
                        + "> is not closed (the parser stopped at line " + line + ", column " + column + ": "
                        + message + ")"))
                .orElseGet(() -> Problem.error(source, line, column, "malformed XML: " + message));
    }

    /** An error at the first occurrence of {@code markup} in the text (or at 1:1). */
    Problem textProblem(String markup, String message) {
        int[] at = positions.firstOccurrence(markup);
        return Problem.error(source, at[0], at[1], message);
    }

    private void add(Problem.Severity severity, String element, String id, int occurrence, String message) {
        int[] pos = positions.find(element, id, occurrence);
        problems.add(new Problem(source, pos[0], pos[1], severity, message));
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Errors first, then by position. */
    List<Problem> problems() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((Problem p) -> !p.isError()).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return sorted;
    }

    List<Problem> warnings() {
        return problems().stream().filter(p -> !p.isError()).toList();
    }
}
