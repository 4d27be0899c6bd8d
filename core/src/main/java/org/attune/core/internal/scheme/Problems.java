package org.attune.core.internal.scheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attune.core.eaf.Problem;
import org.attune.core.scheme.SchemeFormatException;
import org.xml.sax.Locator;

/** The errors found in one scheme file, each at the element it concerns. */
final class Problems {
    private final String source;
    private final List<Problem> list = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void at(Locator where, String message) {
        at(where == null ? 0 : Math.max(where.getLineNumber(), 0),
                where == null ? 0 : Math.max(where.getColumnNumber(), 0), message);
    }

    void at(int line, int column, String message) {
        list.add(Problem.error(source, line, column, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws the errors found so far, in file order, if there are any. */
    void throwIfAny() throws SchemeFormatException {
        if (!list.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new SchemeFormatException(sorted);
        }
    }
}
