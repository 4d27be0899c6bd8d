package org.attune.core.formats;

import java.util.List;
import org.attune.core.eaf.Problem;
import org.attune.core.model.AnnotationDocument;

/**
 * What an import gave: one or more sessions (a CSV file may hold many), and what was skipped or repaired on
 * the way, each with file, line and column ({@link Problem#toString()} prints {@code file:line:col: message}).
 *
 * @param sessions the sessions, in the file's order
 * @param warnings bad cues, rows or lines that were skipped, and what was estimated or repaired
 */
public record Imported(List<ImportedSession> sessions, List<Problem> warnings) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param sessions the sessions, in the file's order
     * @param warnings bad cues, rows or lines that were skipped, and what was estimated or repaired
     */
    public Imported {
        sessions = List.copyOf(sessions);
        warnings = List.copyOf(warnings);
    }

    /**
     * The document of a file that holds one session; throws when it holds more or none.
     *
     * @return the document of a file that holds one session; throws when it holds more or none
     */
    public AnnotationDocument document() {
        if (sessions.size() != 1) {
            throw new IllegalStateException("the file holds " + sessions.size() + " sessions, not one");
        }
        return sessions.get(0).document();
    }
}
