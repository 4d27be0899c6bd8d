package org.attune.search.index;

/** Hears how an index update goes; every method may be called from indexing threads. */
public interface IndexProgress {
    /**
     * The update starts; {@code files} files are to be (re)indexed and {@code removed} were dropped.
     *
     * @param files how many files are to be (re)indexed
     * @param removed how many files were dropped from the index
     */
    default void started(int files, int removed) {
    }

    /**
     * One file was indexed (or failed).
     *
     * @param session the session
     * @param events the events
     */
    default void indexed(String session, int events) {
    }

    /**
     * A file could not be read and was skipped; {@code message} reads {@code file:line:column: what}.
     *
     * @param session the session
     * @param message what is wrong
     */
    default void failed(String session, String message) {
    }

    /**
     * Another program is updating the same index: this update waits for it, at most {@code atMost}, and then does
     * what is still to do. Called before {@link #started}, on the updating thread.
     *
     * @param atMost the largest value allowed
     */
    default void waiting(java.time.Duration atMost) {
    }

    /**
     * Progress that nobody hears.
     *
     * @return progress that does nothing
     */
    static IndexProgress none() {
        return new IndexProgress() {
        };
    }
}
