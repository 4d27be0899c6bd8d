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

    void at(Problem.Severity severity, int line, int column, String message) {
        problems.add(new Problem(source, line, column, severity, message));
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
