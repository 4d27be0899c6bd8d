package org.attune.core.analysis.sequential;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes event sequences as SDIS timed-event data for GSEQ (Bakeman &amp; Quera): a {@code Timed} declaration
 * listing the codes, then one session per sequence: a {@code <name>} label, the session start {@code ,0:00.00},
 * each event as {@code code,onset-offset}, and the session end followed by {@code /}. Times are written as
 * {@code minutes:seconds.hundredths}; codes are made SDIS-safe (letters, digits, underscores).
 */
public final class SdisExport {

    private SdisExport() {
    }

    /**
     * The SDIS text of the sessions.
     *
     * @param sessions the sessions
     * @return the SDIS text of the sessions
     */
    public static String write(List<EventSequence> sessions) {
        TreeSet<String> codes = new TreeSet<>();
        sessions.forEach(s -> s.events().forEach(e -> codes.add(safe(e.code()))));
        StringBuilder b = new StringBuilder();
        b.append("% written by Attune: timed-event SDIS for GSEQ\n");
        b.append("Timed ");
        int col = 6;
        for (String c : codes) {
            if (col + c.length() > 76) {
                b.append("\n  ");
                col = 2;
            }
            b.append(c).append(' ');
            col += c.length() + 1;
        }
        b.append(";\n");
        for (EventSequence s : sessions) {
            b.append('<').append(s.session().replace('>', ')').replace('<', '(')).append(">\n");
            b.append(',').append(time(0)).append('\n');
            for (Event e : s.events()) {
                b.append(safe(e.code())).append(',').append(time(e.start())).append('-').append(time(e.end()))
                        .append('\n');
            }
            b.append(',').append(time(s.end())).append("/\n");
        }
        return b.toString();
    }

    /** {@code m:ss.hh}. */
    static String time(long ms) {
        long hundredths = Math.round(ms / 10.0);
        long minutes = hundredths / 6000;
        double seconds = (hundredths % 6000) / 100.0;
        return String.format(Locale.ROOT, "%d:%05.2f", minutes, seconds);
    }

    /** SDIS codes: letters, digits and underscores, starting with a letter. */
    static String safe(String code) {
        String s = code.replaceAll("[^A-Za-z0-9_]", "_");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "c" + s : s;
    }
}
