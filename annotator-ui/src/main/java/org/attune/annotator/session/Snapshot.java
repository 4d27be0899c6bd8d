package org.attune.annotator.session;

import java.util.Objects;
import org.attune.core.model.AnnotationDocument;

/** One state of an open session: the immutable document and what was selected in it. */
public record Snapshot(AnnotationDocument document, Selection selection) {
    public Snapshot {
        Objects.requireNonNull(document, "document");
        selection = selection == null ? Selection.NONE : selection;
    }
}
