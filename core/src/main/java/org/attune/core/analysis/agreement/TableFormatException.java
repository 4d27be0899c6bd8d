package org.attune.core.analysis.agreement;

import java.util.List;
import org.attune.core.eaf.Problem;
import org.attune.core.eaf.ProblemsException;

/** A rating table (CSV) could not be used; each problem names file, line and column (field number). */
public class TableFormatException extends ProblemsException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for these problems.
     *
     * @param problems the problems found
     */
    public TableFormatException(List<Problem> problems) {
        super(problems, "unreadable table");
    }
}
