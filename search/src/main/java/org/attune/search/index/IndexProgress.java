package org.attune.search.index;

/** Hears how an index update goes; every method may be called from indexing threads. */
public interface IndexProgress {
    /** The update starts; {@code files} files are to be (re)indexed and {@code removed} were dropped. */
    default void started(int files, int removed) {
    }

    /** One file was indexed (or failed). */
    default void indexed(String session, int events) {
    }

    /** A file could not be read and was skipped; {@code message} reads {@code file:line:column: what}. */
    default void failed(String session, String message) {
    }

    /**
     * Another program is updating the same index: this update waits for it, at most {@code atMost}, and then does
     * what is still to do. Called before {@link #started}, on the updating thread.
     */
    default void waiting(java.time.Duration atMost) {
    }

    /** Progress that nobody hears. */
    static IndexProgress none() {
        return new IndexProgress() {
        };
    }
}
