package org.attune.core.formats;

import java.util.List;
import org.attune.core.eaf.Problem;
import org.attune.core.eaf.ProblemsException;

/** A file that cannot be imported at all (not a TextGrid, a CSV without the mapped columns, ...). */
public final class FormatException extends ProblemsException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for these problems.
     *
     * @param problems the problems found
     */
    public FormatException(List<Problem> problems) {
        super(problems, "unreadable file");
    }
}
