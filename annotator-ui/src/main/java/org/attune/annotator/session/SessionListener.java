package org.attune.annotator.session;

/** Told when an open session changes; called on the thread that changed it (the Event Dispatch Thread in the app). */
@FunctionalInterface
public interface SessionListener {

    /** What changed. */
    enum Change {
        /** A new document was opened, or an edit, undo or redo changed the document. */
        DOCUMENT,
        /** Only the selection changed. */
        SELECTION,
        /** The file, the dirty state, the coder or a view option (blind mode) changed. */
        STATE
    }

    void changed(Change change);
}
