package org.attune.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long task of many steps: a progress bar on standard error when it is a terminal, a plain line at
 * every tenth of the way otherwise (e.g. in a log), nothing for small tasks. Steps may come from any thread.
 */
final class TaskProgress implements AutoCloseable {

    /** Tasks with fewer steps show no progress. */
    static final long MIN_STEPS = 100;

    private final String task;
    private final long total;
    private final PrintWriter lines;
    private final ProgressBar bar;
    private final AtomicLong done = new AtomicLong();

    private TaskProgress(String task, long total, PrintWriter lines, ProgressBar bar) {
        this.task = task;
        this.total = total;
        this.lines = lines;
        this.bar = bar;
    }

    /** Progress of {@code total} steps named {@code task}; plain lines go to {@code err}. */
    static TaskProgress start(String task, long total, PrintWriter err) {
        if (total < MIN_STEPS) {
            return new TaskProgress(task, total, null, null);
        }
        if (System.console() != null) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build();
            return new TaskProgress(task, total, null, bar);
        }
        return new TaskProgress(task, total, err, null);
    }

    /** One step done. */
    void step() {
        long now = done.incrementAndGet();
        if (bar != null) {
            bar.step();
        } else if (lines != null && now * 10 / total != (now - 1) * 10 / total) {
            synchronized (lines) {
                lines.println(task + ": " + now + "/" + total + " (" + now * 100 / total + "%)");
                lines.flush();
            }
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
