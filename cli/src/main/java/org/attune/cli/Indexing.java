package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.attune.search.index.CorpusIndex;
import org.attune.search.index.IndexProgress;
import org.attune.search.index.UpdateReport;

/** Runs an index update with a progress bar on a terminal, and describes what it did. */
final class Indexing {
    private Indexing() {
    }

    /** The help text of the {@code --wait} option of the commands that update an index. */
    static final String WAIT_HELP = "How long to wait for another program that is updating the same index "
            + "(default: 10m); past that, stop and say so.";

    /** A corpus folder without sessions is a mistake, said before an index folder is made in it. */
    static void requireSessionFiles(Path corpus, Path indexDir) throws IOException {
        if (java.nio.file.Files.isDirectory(corpus) && !CorpusIndex.hasSessionFiles(corpus, indexDir)) {
            throw new Failures.UserError(corpus + ": no .eaf files in this folder");
        }
    }

    /** Updates the index; files that cannot be read are listed on {@code err} as {@code file:line:col: message}. */
    static UpdateReport update(CorpusIndex index, PrintWriter err) throws IOException {
        return update(index, err, CorpusIndex.DEFAULT_WAIT, null);
    }

    /**
     * Updates the index, waiting up to {@code wait} for another program that is updating it (zero: not at all).
     *
     * @param announce a line to print once the update starts (null: none)
     * @throws org.attune.search.index.IndexBusyException the other program did not finish in time
     */
    static UpdateReport update(CorpusIndex index, PrintWriter err, Duration wait, String announce) throws IOException {
        TaskProgress[] progress = {null};
        UpdateReport report;
        try {
            report = index.update(new IndexProgress() {
                @Override
                public void waiting(Duration atMost) {
                    err.println("attune: another program is updating " + index.folder() + "; waiting for it to finish"
                            + " (at most " + atMost.toString().substring(2).toLowerCase(Locale.ROOT) + ")");
                    err.flush();
                }

                @Override
                public void started(int files, int removed) {
                    if (announce != null && files + removed > 0) {
                        err.println(announce);
                        err.flush();
                    }
                    progress[0] = TaskProgress.start("Indexing files", files, err);
                }

                @Override
                public void indexed(String session, int events) {
                    progress[0].step();
                }

                @Override
                public void failed(String session, String message) {
                    progress[0].step();
                }
            }, wait);
        } finally {
            if (progress[0] != null) {
                progress[0].close();
            }
        }
        for (String f : report.failures()) {
            err.println(f);
        }
        if (!report.failures().isEmpty()) {
            err.printf("attune: %d file(s) could not be read and were skipped%n", report.failures().size());
        }
        err.flush();
        return report;
    }

    /** One line: what changed, how many events, how fast. */
    static String summary(CorpusIndex index, UpdateReport r) {
        double seconds = r.millis() / 1000.0;
        String rate = r.events() > 0 && r.millis() > 0
                ? String.format(Locale.ROOT, ", %,.0f events/s", r.events() / seconds) : "";
        return String.format(Locale.ROOT,
                "%s: %d sessions, %,d events (%d new, %d changed, %d removed, %d unchanged, %d unreadable) in %.1f s%s",
                index.folder(), index.sessions().size(), index.eventCount(), r.added(), r.changed(), r.removed(),
                r.unchanged(), index.failures().size(), seconds, rate);
    }
}
