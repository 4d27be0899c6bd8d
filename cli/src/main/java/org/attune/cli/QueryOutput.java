package org.attune.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attune.search.event.Event;
import org.attune.search.event.Match;
import org.attune.search.event.SessionEvents;
import org.attune.search.query.Query;

/** Prints the matches of a query as a keyword-in-context table, CSV (the contract's columns) or JSON. */
final class QueryOutput {
    /** The CSV header of {@code attune query --format csv}: a contract. */
    static final String[] CSV_HEADER = {"session", "match", "element", "tier", "start_ms", "end_ms", "value"};
    private static final int CONTEXT_MS = 2_000;
    private static final int CONTEXT_LINES = 8;
    private static final int VALUE_WIDTH = 90;

    private QueryOutput() {
    }

    /** Where matches and their surrounding utterances come from: a corpus index or one session in memory. */
    interface Source {
        List<Match> matches() throws IOException;

        default long count() throws IOException {
            return matches().size();
        }

        default Map<String, Long> bySession() throws IOException {
            Map<String, Long> out = new LinkedHashMap<>();
            for (Match m : matches()) {
                out.merge(m.session(), 1L, Long::sum);
            }
            return out;
        }

        /** The utterances of a session that overlap {@code [from, to]}, by start. */
        List<Event> utterances(String session, long from, long to) throws IOException;

        static Source of(List<Match> matches, SessionEvents session) {
            return new Source() {
                @Override
                public List<Match> matches() {
                    return matches;
                }

                @Override
                public List<Event> utterances(String s, long from, long to) {
                    return session.events().stream()
                            .filter(e -> e.isUtterance() && e.start() <= to && e.end() >= from).toList();
                }
            };
        }
    }

    static void matches(Query query, Source source, QueryCommand.Format format, PrintWriter out) throws IOException {
        List<Match> matches = source.matches();
        switch (format) {
            case csv:
                csv(matches, out);
                break;
            case json:
                json(query, matches, out);
                break;
            default:
                table(query, matches, source, out);
        }
    }

    static void csv(List<Match> matches, PrintWriter out) throws IOException {
        CSVFormat f = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).setRecordSeparator('\n').get();
        try (CSVPrinter csv = new CSVPrinter(new NonClosing(out), f)) {
            int n = 0;
            for (Match m : matches) {
                n++;
                int element = 0;
                for (Event e : m.events()) {
                    csv.printRecord(m.session(), n, ++element, e.tier(), e.start(), e.end(), e.value());
                }
            }
        }
    }

    private static void json(Query query, List<Match> matches, PrintWriter out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(new NonClosing(out)).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("query", query.print());
            g.writeNumberField("count", matches.size());
            g.writeArrayFieldStart("matches");
            int n = 0;
            for (Match m : matches) {
                g.writeStartObject();
                g.writeNumberField("match", ++n);
                g.writeStringField("session", m.session());
                g.writeArrayFieldStart("events");
                int element = 0;
                for (Event e : m.events()) {
                    g.writeStartObject();
                    g.writeNumberField("element", ++element);
                    g.writeStringField("tier", e.tier());
                    g.writeStringField("id", e.id());
                    g.writeNumberField("start_ms", e.start());
                    g.writeNumberField("end_ms", e.end());
                    g.writeStringField("value", e.value());
                    if (e.isUtterance()) {
                        g.writeStringField("speaker", e.speaker());
                        g.writeStringField("role", e.role().name().toLowerCase(Locale.ROOT));
                    }
                    if (e.isCoding()) {
                        g.writeStringField("scheme", e.scheme());
                        g.writeStringField("code", e.code());
                        g.writeStringField("category", e.category());
                        if (e.rating() != null) {
                            g.writeNumberField("rating", e.rating());
                        }
                        g.writeStringField("coder", e.coder());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void table(Query query, List<Match> matches, Source source, PrintWriter out) throws IOException {
        out.printf("%d %s of: %s%n", matches.size(), matches.size() == 1 ? "match" : "matches", query.print());
        int n = 0;
        String cachedSession = null;
        List<Event> cached = List.of();
        for (Match m : matches) {
            out.println();
            long from = Long.MAX_VALUE;
            long to = Long.MIN_VALUE;
            for (Event e : m.events()) {
                from = Math.min(from, e.start());
                to = Math.max(to, e.end());
            }
            out.printf("#%d  %s  %s%n", ++n, m.session(), Text.clock(m.events().get(0).start()));
            Table rows = new Table("element", "time", "tier", "event");
            int element = 0;
            for (Event e : m.events()) {
                rows.row(Integer.toString(++element), Text.clock(e.start()) + "-" + Text.clock(e.end()), e.tier(),
                        describe(e));
            }
            rows.print(out, "  ", false);
            if (!m.session().equals(cachedSession)) {
                // matches come session by session: read each session's utterances once
                cachedSession = m.session();
                cached = source.utterances(m.session(), Long.MIN_VALUE, Long.MAX_VALUE);
            }
            long lo = from - CONTEXT_MS;
            long hi = to + CONTEXT_MS;
            List<Event> context = cached.stream().filter(u -> u.start() <= hi && u.end() >= lo).toList();
            int shown = 0;
            for (Event u : context) {
                if (shown++ == CONTEXT_LINES) {
                    out.printf("     | ... %d more%n", context.size() - CONTEXT_LINES);
                    break;
                }
                String mark = m.events().contains(u) ? ">" : "|";
                out.printf("     %s %s  %s: %s%n", mark, Text.clock(u.start()), u.speaker(), Text.shorten(u.value(), VALUE_WIDTH));
            }
        }
    }

    private static String describe(Event e) {
        return Text.shorten(e.describe(), VALUE_WIDTH);
    }

    static void bySession(Map<String, Long> counts, QueryCommand.Format format, PrintWriter out) throws IOException {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        switch (format) {
            case csv: {
                CSVFormat f = CSVFormat.DEFAULT.builder().setHeader("session", "matches").setRecordSeparator('\n').get();
                try (CSVPrinter csv = new CSVPrinter(new NonClosing(out), f)) {
                    for (var e : counts.entrySet()) {
                        csv.printRecord(e.getKey(), e.getValue());
                    }
                }
                break;
            }
            case json: {
                try (JsonGenerator g = new JsonFactory().createGenerator(new NonClosing(out)).useDefaultPrettyPrinter()) {
                    g.writeStartObject();
                    g.writeNumberField("total", total);
                    g.writeArrayFieldStart("sessions");
                    for (var e : counts.entrySet()) {
                        g.writeStartObject();
                        g.writeStringField("session", e.getKey());
                        g.writeNumberField("matches", e.getValue());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println();
                break;
            }
            default: {
                Table rows = new Table("session", "matches");
                for (var e : counts.entrySet()) {
                    rows.row(e.getKey(), Long.toString(e.getValue()));
                }
                rows.row("total", Long.toString(total));
                rows.print(out, "");
            }
        }
    }

    /** A writer over the command's output that the CSV and JSON writers may close without closing it. */
    static final class NonClosing extends java.io.FilterWriter {
        NonClosing(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
