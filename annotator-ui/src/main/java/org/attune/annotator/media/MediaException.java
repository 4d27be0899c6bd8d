package org.attune.annotator.media;

import java.io.IOException;
import java.nio.file.Path;

/** A media file that cannot be played: the message names the file and says what is wrong, for the status bar. */
public final class MediaException extends IOException {

    private static final long serialVersionUID = 1L;

    public MediaException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public MediaException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
