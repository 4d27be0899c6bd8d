package org.attune.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attune.search.event.GroupKey;
import org.attune.search.query.Query;

/**
 * Prints {@code attune query --group-by KEY}: the number of matches per key of the first element, sorted by key, as
 * a table (with a total), CSV (header {@code KEY,matches}, KEY being the key's name) or JSON; grouped by session,
 * the table and JSON also give each session's length and its matches per hour.
 */
final class GroupOutput {
    private static final double MS_PER_HOUR = 3_600_000.0;

    private GroupOutput() {
    }

    /** A session's length, ms (the latest end of any of its events). */
    interface Lengths {
        long of(String session) throws IOException;
    }

    static void print(Query query, GroupKey key, Map<String, Long> counts, Lengths lengths,
                      QueryCommand.Format format, PrintWriter out) throws IOException {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        boolean rates = key == GroupKey.session;
        switch (format) {
            case csv: {
                CSVFormat f = CSVFormat.DEFAULT.builder().setHeader(key.name(), "matches").setRecordSeparator('\n')
                        .get();
                try (CSVPrinter csv = new CSVPrinter(new QueryOutput.NonClosing(out), f)) {
                    for (var e : counts.entrySet()) {
                        csv.printRecord(e.getKey(), e.getValue());
                    }
                }
                break;
            }
            case json: {
                try (JsonGenerator g = new JsonFactory().createGenerator(new QueryOutput.NonClosing(out))
                        .useDefaultPrettyPrinter()) {
                    g.writeStartObject();
                    g.writeStringField("query", query.print());
                    g.writeStringField("group_by", key.name());
                    g.writeNumberField("total", total);
                    g.writeArrayFieldStart("groups");
                    for (var e : counts.entrySet()) {
                        g.writeStartObject();
                        g.writeStringField(key.name(), e.getKey());
                        g.writeNumberField("matches", e.getValue());
                        if (rates) {
                            long ms = lengths.of(e.getKey());
                            g.writeNumberField("length_ms", ms);
                            if (ms > 0) {
                                g.writeNumberField("per_hour", round(e.getValue() / (ms / MS_PER_HOUR)));
                            } else {
                                g.writeNullField("per_hour");
                            }
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println();
                break;
            }
            default: {
                Table rows = rates ? new Table(key.name(), "matches", "length", "per hour")
                        : new Table(key.name(), "matches");
                long pooled = 0;
                for (var e : counts.entrySet()) {
                    if (rates) {
                        long ms = lengths.of(e.getKey());
                        pooled += ms;
                        rows.row(e.getKey(), Long.toString(e.getValue()), Text.duration(ms), perHour(e.getValue(), ms));
                    } else {
                        rows.row(e.getKey(), Long.toString(e.getValue()));
                    }
                }
                if (rates) {
                    rows.row("total", Long.toString(total), Text.duration(pooled), perHour(total, pooled));
                } else {
                    rows.row("total", Long.toString(total));
                }
                rows.print(out, "");
            }
        }
    }

    private static String perHour(long n, long ms) {
        return ms <= 0 ? "-" : String.format(Locale.ROOT, "%.1f", n / (ms / MS_PER_HOUR));
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
