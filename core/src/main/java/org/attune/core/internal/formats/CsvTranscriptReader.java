package org.attune.core.internal.formats;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.attune.core.eaf.Problem;
import org.attune.core.formats.CsvMapping;
import org.attune.core.scheme.Code;

/**
 * Reads a CSV transcript with a column mapping: one row per utterance, grouped into sessions. The delimiter is
 * the one of {@code , ; TAB} most frequent in the header row. A row that cannot be placed is reported with its
 * line and column and skipped: a different number of fields than the header, a blank session or text, a time
 * that is not a time, an end before the start. A blank speaker is imported as {@value #UNKNOWN_SPEAKER} (and
 * reported); a missing or bad order value keeps the row after the row before it.
 */
public final class CsvTranscriptReader {

    /** The speaker of rows whose speaker is blank. */
    public static final String UNKNOWN_SPEAKER = "unknown";

    /** The utterances of one session. */
    public record Session(String name, List<Turn> turns) {
    }

    /**
     * What a CSV transcript holds.
     *
     * @param sessions   the sessions in the order first seen
     * @param codes      the scheme built from the code columns, or null without code columns
     * @param sequential whether only start times are given (so that they must not go back)
     */
    public record Result(List<Session> sessions, SessionBuilder.Codes codes, boolean sequential) {
    }

    /** A row that was kept, before its codes are resolved. */
    private record Row(String session, Turn turn, double order, int position, String[] codeValues) {
    }

    private final String text;
    private final String source;
    private final CsvMapping mapping;
    private final List<Problem> warnings;
    private final int[] lineStarts;
    private final CSVFormat format;

    private CsvTranscriptReader(String text, String source, CsvMapping mapping, List<Problem> warnings) {
        this.text = SourceText.withoutBom(text);
        this.source = source;
        this.mapping = mapping;
        this.warnings = warnings;
        this.lineStarts = lineStarts(this.text);
        this.format = format(this.text);
    }

    public static Result read(String text, String source, CsvMapping mapping, String defaultSession,
                              List<Problem> warnings) throws InputFailure {
        return new CsvTranscriptReader(text, source, mapping, warnings).read(defaultSession);
    }

    /** The header row of a CSV text (for guessing a mapping). */
    public static List<String> header(String text, String source) throws InputFailure {
        String t = SourceText.withoutBom(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(t), format(t))) {
            return parser.getHeaderNames();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InputFailure(Problem.error(source, 1, 1, "unreadable CSV header: " + e.getMessage()));
        }
    }

    private static CSVFormat format(String text) {
        int lineEnd = text.indexOf('\n');
        String first = lineEnd < 0 ? text : text.substring(0, lineEnd);
        char delimiter = ',';
        long best = first.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = first.chars().filter(x -> x == c).count();
            if (n > best) {
                best = n;
                delimiter = c;
            }
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .setIgnoreEmptyLines(true).get();
    }

    private Result read(String defaultSession) throws InputFailure {
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> codeValues = new LinkedHashMap<>();
        for (String c : mapping.codes()) {
            codeValues.put(c, new ArrayList<>());
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            int width = header.size();
            Integer session = column(header, mapping.session(), "session");
            int speaker = column(header, mapping.speaker(), "speaker");
            Integer start = column(header, mapping.start(), "start");
            Integer end = column(header, mapping.end(), "end");
            Integer order = column(header, mapping.order(), "order");
            int textColumn = column(header, mapping.text(), "text");
            int[] codes = new int[mapping.codes().size()];
            for (int k = 0; k < codes.length; k++) {
                codes[k] = column(header, mapping.codes().get(k), "code");
            }
            Iterator<CSVRecord> it = parser.iterator();
            double lastOrder = Double.NEGATIVE_INFINITY;
            int position = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InputFailure(Problem.error(source, (int) parser.getCurrentLineNumber() + 1, 1,
                            "unreadable CSV: " + message(e)));
                }
                long offset = record.getCharacterPosition();
                int line = lineOf(offset);
                if (record.size() != width) {
                    warn(offset, 0, "the row has " + record.size() + " fields, the header " + width
                            + "; row skipped");
                    continue;
                }
                String sessionName = session == null ? defaultSession : record.get(session).strip();
                if (sessionName.isEmpty()) {
                    warn(offset, session, "no session in column " + header.get(session) + "; row skipped");
                    continue;
                }
                String said = record.get(textColumn).strip();
                if (said.isEmpty()) {
                    warn(offset, textColumn, "no text in column " + header.get(textColumn) + "; row skipped");
                    continue;
                }
                Optional<Long> startMs = Optional.empty();
                if (start != null && !record.get(start).isBlank()) {
                    startMs = time(record.get(start), header.get(start));
                    if (startMs.isEmpty()) {
                        warn(offset, start, "'" + record.get(start).strip() + "' in column " + header.get(start)
                                + " is not a time (HH:MM:SS, HH:MM:SS.mmm or seconds); row skipped");
                        continue;
                    }
                }
                Optional<Long> endMs = Optional.empty();
                if (end != null && !record.get(end).isBlank()) {
                    endMs = time(record.get(end), header.get(end));
                    if (endMs.isEmpty()) {
                        warn(offset, end, "'" + record.get(end).strip() + "' in column " + header.get(end)
                                + " is not a time (HH:MM:SS, HH:MM:SS.mmm or seconds); row skipped");
                        continue;
                    }
                    if (startMs.isPresent() && endMs.get() < startMs.get()) {
                        warn(offset, end, "the end " + record.get(end).strip() + " is before the start "
                                + record.get(start).strip() + "; row skipped");
                        continue;
                    }
                }
                String who = record.get(speaker).strip();
                if (who.isEmpty()) {
                    warn(offset, speaker, "no speaker in column " + header.get(speaker) + "; imported as speaker '"
                            + UNKNOWN_SPEAKER + "'");
                    who = UNKNOWN_SPEAKER;
                }
                double rank = lastOrder;
                if (order != null) {
                    String o = record.get(order).strip();
                    try {
                        rank = Double.parseDouble(o);
                    } catch (NumberFormatException e) {
                        if (!o.isEmpty()) {
                            warn(offset, order, "'" + o + "' in column " + header.get(order)
                                    + " is not a number; the row keeps its place after the row before it");
                        }
                    }
                }
                lastOrder = rank;
                String[] values = new String[codes.length];
                for (int k = 0; k < codes.length; k++) {
                    String v = record.get(codes[k]).strip();
                    if (!mapping.isNotCoded(v)) {
                        values[k] = v;
                        codeValues.get(mapping.codes().get(k)).add(v);
                    }
                }
                int timeColumn = start == null ? 1 : columnOf(offset, start);
                rows.add(new Row(sessionName, new Turn(who, startMs.orElse(null), endMs.orElse(null), said, line,
                        timeColumn, Map.of()), rank, position++, values));
            }
        } catch (IOException e) {
            throw new InputFailure(Problem.error(source, 1, 1, "unreadable CSV: " + e.getMessage()));
        }
        return result(rows, codeValues);
    }

    private Result result(List<Row> rows, Map<String, List<String>> codeValues) {
        String name = mapping.scheme() != null && !mapping.scheme().isBlank() ? mapping.scheme().strip() : schemeName();
        ColumnScheme scheme = codeValues.isEmpty() ? null : ColumnScheme.of(name, codeValues);
        Map<String, List<Row>> bySession = new LinkedHashMap<>();
        for (Row r : rows) {
            bySession.computeIfAbsent(r.session(), k -> new ArrayList<>()).add(r);
        }
        List<Session> sessions = new ArrayList<>();
        for (Map.Entry<String, List<Row>> s : bySession.entrySet()) {
            List<Row> sorted = new ArrayList<>(s.getValue());
            sorted.sort(Comparator.comparingDouble(Row::order).thenComparingInt(Row::position));
            List<Turn> turns = new ArrayList<>();
            for (Row r : sorted) {
                Map<String, Code> codes = new HashMap<>();
                for (int k = 0; k < r.codeValues().length; k++) {
                    if (r.codeValues()[k] != null) {
                        String layer = scheme.layerId(k);
                        codes.put(layer, scheme.code(layer, r.codeValues()[k]));
                    }
                }
                Turn t = r.turn();
                turns.add(new Turn(t.speaker(), t.start(), t.end(), t.text(), t.line(), t.column(), codes));
            }
            sessions.add(new Session(s.getKey(), turns));
        }
        SessionBuilder.Codes codes = scheme == null ? null : new SessionBuilder.Codes(scheme.scheme(), mapping.coder());
        return new Result(sessions, codes, mapping.end() == null);
    }

    /** The file name without folders and extension. */
    private String schemeName() {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name.isEmpty() ? "codes" : name;
    }

    private Integer column(List<String> header, String name, String role) throws InputFailure {
        if (name == null) {
            return null;
        }
        int exact = header.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        throw new InputFailure(Problem.error(source, 1, 1, "no column '" + name + "' (the " + role
                + " column) in the header; the columns are: " + String.join(", ", header)));
    }

    private static Optional<Long> time(String value, String columnName) {
        if (columnName.strip().toLowerCase(java.util.Locale.ROOT).endsWith("_ms")) {
            try {
                long ms = Long.parseLong(value.strip());
                return ms < 0 ? Optional.empty() : Optional.of(ms);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Times.parse(value);
    }

    private void warn(long recordOffset, Integer field, String message) {
        long at = field == null ? recordOffset : fieldOffset(recordOffset, field);
        int line = lineOf(at);
        warnings.add(Problem.warning(source, line, (int) (at - lineStarts[line - 1]) + 1, message));
    }

    private int columnOf(long recordOffset, int field) {
        long at = fieldOffset(recordOffset, field);
        return (int) (at - lineStarts[lineOf(at) - 1]) + 1;
    }

    /** Where the n-th field of the record starting at {@code offset} starts (quotes respected). */
    private long fieldOffset(long offset, int field) {
        char delimiter = format.getDelimiterString().charAt(0);
        int pos = (int) offset;
        boolean quoted = false;
        for (int f = 0; f < field && pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                f++;
                if (f == field) {
                    return pos + 1;
                }
            }
        }
        return pos;
    }

    private int lineOf(long offset) {
        int i = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String message(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage();
    }
}
