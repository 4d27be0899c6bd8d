package org.attune.core.formats;

import java.util.Objects;
import org.attune.core.model.AnnotationDocument;

/**
 * One session of an imported file.
 *
 * @param name     the session's name: the CSV session column's value, else the file name without extension
 * @param document the session as an EAF 3.0 document in the Attune profile
 */
public record ImportedSession(String name, AnnotationDocument document) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param name the session's name: the CSV session column's value, else the file name without extension
     * @param document the session as an EAF 3.0 document in the Attune profile
     */
    public ImportedSession {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
    }
}
