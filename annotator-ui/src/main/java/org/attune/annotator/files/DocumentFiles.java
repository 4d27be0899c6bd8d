package org.attune.annotator.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.eaf.Problem;
import org.attune.core.eaf.ProblemsException;
import org.attune.core.model.AnnotationDocument;

/**
 * Opening and saving session files, with every failure turned into a sentence the window shows
 * ({@code file:line:column: what} for a file that cannot be read). Blocking: call off the Event Dispatch Thread.
 */
public final class DocumentFiles {

    /** The outcome of opening a file. */
    public sealed interface Opened permits Loaded, Failed {
        Path file();
    }

    /** A file that was read; {@code warnings} says what the reader repaired. */
    public record Loaded(Path file, AnnotationDocument document, List<Problem> warnings) implements Opened {
    }

    /** A file that could not be read, and why ({@code file:line:column: message} when the reader knows where). */
    public record Failed(Path file, String message) implements Opened {
    }

    private DocumentFiles() {
    }

    public static Opened open(Path file) {
        try {
            EafReadResult r = Eaf.read(file);
            return new Loaded(file, r.document(), r.warnings());
        } catch (ProblemsException e) {
            return new Failed(file, e.getMessage());
        } catch (NoSuchFileException e) {
            return new Failed(file, file + ": no such file");
        } catch (AccessDeniedException e) {
            return new Failed(file, file + ": permission denied");
        } catch (IOException e) {
            return new Failed(file, file + ": " + e.getMessage());
        }
    }

    /** Saves atomically as EAF 3.0 (the previous file is kept as NAME.bak). */
    public static void save(AnnotationDocument document, Path file) throws IOException {
        Eaf.write(document, file);
    }
}
