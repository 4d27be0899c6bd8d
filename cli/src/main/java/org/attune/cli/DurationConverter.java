package org.attune.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads durations written like {@code 5m}, {@code 90s}, {@code 1m30s}, {@code 1h}, {@code 500ms} or a bare number
 * of seconds, as milliseconds.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Long> {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    @Override
    public Long convert(String value) {
        return parse(value);
    }

    static long parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (v.matches("\\d+(\\.\\d+)?")) {
            return positive(Math.round(Double.parseDouble(v) * 1000), value);
        }
        Matcher m = PART.matcher(v);
        int pos = 0;
        double ms = 0;
        while (m.find() && m.start() == pos) {
            double n = Double.parseDouble(m.group(1));
            ms += switch (m.group(2)) {
                case "h" -> n * 3_600_000;
                case "m" -> n * 60_000;
                case "s" -> n * 1000;
                default -> n;
            };
            pos = m.end();
        }
        if (pos != v.length() || v.isEmpty()) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a duration (examples: 5m, 90s, 1m30s, 500ms)");
        }
        return positive(Math.round(ms), value);
    }

    private static long positive(long ms, String value) {
        if (ms <= 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' must be longer than zero");
        }
        return ms;
    }
}
