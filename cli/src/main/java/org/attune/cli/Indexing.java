package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.attune.search.index.CorpusIndex;
import org.attune.search.index.IndexProgress;
import org.attune.search.index.UpdateReport;

/** Runs an index update with a progress bar on a terminal, and describes what it did. */
final class Indexing {
    private Indexing() {
    }

    /** Updates the index; files that cannot be read are listed on {@code err} as {@code file:line:col: message}. */
    static UpdateReport update(CorpusIndex index, PrintWriter err) throws IOException {
        boolean terminal = System.console() != null;
        ProgressBar[] bar = {null};
        UpdateReport report;
        try {
            report = index.update(new IndexProgress() {
                @Override
                public void started(int files, int removed) {
                    if (terminal && files > 0) {
                        bar[0] = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(files)
                                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).continuousUpdate().build();
                    }
                }

                @Override
                public void indexed(String session, int events) {
                    step();
                }

                @Override
                public void failed(String session, String message) {
                    step();
                }

                private synchronized void step() {
                    if (bar[0] != null) {
                        bar[0].step();
                    }
                }
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
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
