package org.attune.search.index;

import java.util.List;

/**
 * What an update of the index did.
 *
 * @param added     files indexed for the first time
 * @param changed   files re-indexed because they changed
 * @param removed   files dropped because they are gone
 * @param unchanged files left as they were
 * @param events    events indexed in this update
 * @param failures  files that could not be read, as {@code file:line:column: message}
 * @param millis    how long the update took
 */
public record UpdateReport(int added, int changed, int removed, int unchanged, long events, List<String> failures,
                           long millis) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param added files indexed for the first time
     * @param changed files re-indexed because they changed
     * @param removed files dropped because they are gone
     * @param unchanged files left as they were
     * @param events events indexed in this update
     * @param failures files that could not be read, as {@code file:line:column: message}
     * @param millis how long the update took
     */
    public UpdateReport {
        failures = List.copyOf(failures);
    }

    /**
     * Whether the update changed anything.
     *
     * @return whether the update changed anything
     */
    public boolean changedAnything() {
        return added + changed + removed > 0;
    }
}
