package org.attune.elan.protocol;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What a recognizer tells ELAN on standard output. ELAN shows every line in its report; a line
 * {@code PROGRESS: 0.40 message} moves the progress bar (a value of 1.0 or more would make ELAN treat the run as
 * finished, so progress stays below 1); the last line is {@code RESULT: DONE.} or, after a line saying why,
 * {@code RESULT: FAILED.}.
 */
public final class Report {
    /** The highest progress value sent: ELAN takes 1.0 as "finished". */
    public static final double MAX_PROGRESS = 0.99;

    private final PrintStream out;
    private double last;

    public Report(PrintStream out) {
        this.out = out;
    }

    /** Moves ELAN's progress bar; {@code fraction} is clamped to [0, 0.99] and never goes back. */
    public void progress(double fraction, String message) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(MAX_PROGRESS, fraction));
        last = Math.max(last, f);
        line(String.format(Locale.ROOT, "PROGRESS: %.2f %s", last, oneLine(message)));
    }

    /** A line for ELAN's report. */
    public void info(String message) {
        for (String l : message.split("\\R")) {
            // a report line must not read as a protocol line
            line(l.startsWith("RESULT:") || l.startsWith("PROGRESS:") ? "  " + l : l);
        }
    }

    /** The run succeeded: ELAN loads the output tiers. */
    public void done() {
        line("RESULT: DONE.");
    }

    /** The run failed: the reason, then {@code RESULT: FAILED.}. */
    public void failed(String reason) {
        String[] lines = (reason == null || reason.isBlank() ? "unknown error" : reason).split("\\R");
        line("ERROR: " + lines[0]);
        for (int i = 1; i < lines.length; i++) {
            info("  " + lines[i]);
        }
        line("RESULT: FAILED.");
    }

    private void line(String s) {
        out.println(s);
        out.flush();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
