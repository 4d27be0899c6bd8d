package org.attune.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Another program (or another {@link CorpusIndex} on the same folder) is updating the index, and did not finish
 * within the time this update was willing to wait. The index is as the other update leaves it; searching it is safe.
 */
public final class IndexBusyException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path folder;

    IndexBusyException(Path folder, Duration waited) {
        super(folder + ": another program is updating this index"
                + (waited.isZero() ? "" : " and did not finish within " + Durations.show(waited))
                + "; try again when it has finished");
        this.folder = folder;
    }

    /**
     * The index folder.
     *
     * @return the index folder
     */
    public Path folder() {
        return folder;
    }
}
