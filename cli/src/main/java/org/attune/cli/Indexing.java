package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.attune.search.index.CorpusIndex;
import org.attune.search.index.IndexProgress;
import org.attune.search.index.UpdateReport;

/** Runs an index update with a progress bar on a terminal, and describes what it did. */
final class Indexing {
    private Indexing() {
    }

    /** Updates the index; files that cannot be read are listed on {@code err} as {@code file:line:col: message}. */
    static UpdateReport update(CorpusIndex index, PrintWriter err) throws IOException {
        TaskProgress[] progress = {null};
        UpdateReport report;
        try {
            report = index.update(new IndexProgress() {
                @Override
                public void started(int files, int removed) {
                    progress[0] = TaskProgress.start("Indexing", files, err);
                }

                @Override
                public void indexed(String session, int events) {
                    progress[0].step();
                }

                @Override
                public void failed(String session, String message) {
                    progress[0].step();
                }
            });
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
