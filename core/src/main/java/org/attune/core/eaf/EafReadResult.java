package org.attune.core.eaf;

import java.util.List;
import org.attune.core.model.AnnotationDocument;

/**
 * What reading an EAF (or ETF) file gave: the document, the format version the file declared, and the
 * warnings about what the lenient reader repaired or ignored (as ELAN would).
 *
 * @param document     the document, in the EAF 3.0 model
 * @param sourceFormat the FORMAT attribute of the file (e.g. {@code 2.7}); "3.0" when absent
 * @param warnings     what was repaired, converted or ignored, with positions
 */
public record EafReadResult(AnnotationDocument document, String sourceFormat, List<Problem> warnings) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param document the document, in the EAF 3.0 model
     * @param sourceFormat the FORMAT attribute of the file (e.g. {@code 2.7}); "3.0" when absent
     * @param warnings what was repaired, converted or ignored, with positions
     */
    public EafReadResult {
        warnings = List.copyOf(warnings);
    }
}
