package org.attune.core.internal.formats;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as transcripts write them, to and from milliseconds. Reading is lenient about padding:
 * {@code 0:0:1.5}, {@code 00:00:01,500} and {@code 1.5} are all 1,500 ms.
 */
public final class Times {

    /** {@code [[H:]M:]S[.fff]} with a dot or a comma before the fraction. */
    private static final Pattern CLOCK = Pattern.compile(
            "(?:(?:(\\d{1,3}):)?(\\d{1,2}):)?(\\d{1,2})(?:[.,](\\d{1,9}))?");
    private static final Pattern SECONDS = Pattern.compile("(\\d{1,9})(?:[.,](\\d{1,9}))?");

    private Times() {
    }

    /**
     * A clock time {@code H:MM:SS}, {@code H:MM:SS.mmm}, {@code MM:SS(.mmm)} (minutes and seconds below 60),
     * or plain seconds ({@code 83.5}), in ms; empty when the text is none of these.
     */
    public static Optional<Long> parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.indexOf(':') < 0) {
            Matcher m = SECONDS.matcher(s);
            return m.matches() ? Optional.of(Long.parseLong(m.group(1)) * 1000 + fraction(m.group(2)))
                    : Optional.empty();
        }
        return parseClock(s);
    }

    /** A clock time with at least minutes and seconds ({@code 00:01.500}, {@code 0:0:1.5}); empty otherwise. */
    public static Optional<Long> parseClock(String text) {
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches() || m.group(2) == null) {
            return Optional.empty();
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (seconds > 59 || minutes > 59 && m.group(1) != null) {
            return Optional.empty();
        }
        return Optional.of(((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction(m.group(4)));
    }

    /** Whole milliseconds of a decimal fraction of a second ({@code 5} = 500, {@code 0571} = 57). */
    private static long fraction(String digits) {
        if (digits == null) {
            return 0;
        }
        String ms = (digits + "00").substring(0, 3);
        return Long.parseLong(ms);
    }

    /** {@code HH:MM:SS<sep>mmm}, e.g. {@code 00:01:02,500} for SRT or {@code 00:01:02.500} for WebVTT. */
    public static String clock(long ms, char separator) {
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        long s = ms / 1000 % 60;
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", h, m, s, separator, ms % 1000);
    }

    /** Seconds with up to three decimals and no trailing zeros: {@code 1.5}, {@code 12}, {@code 0.057}. */
    public static String seconds(long ms) {
        String s = String.format(Locale.ROOT, "%d.%03d", ms / 1000, ms % 1000);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** Seconds with exactly three decimals, as ELAN's tab-delimited export writes them: {@code 1.500}. */
    public static String secondsFixed(long ms) {
        return String.format(Locale.ROOT, "%d.%03d", ms / 1000, ms % 1000);
    }
}
