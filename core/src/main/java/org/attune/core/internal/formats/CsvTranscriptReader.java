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

    /** The positions of the mapped columns in the header (null when not mapped). */
    private record Columns(List<String> header, Integer session, int speaker, Integer start, Integer end,
                           Integer order, int text, int[] codes) {
        String name(int column) {
            return header.get(column);
        }
    }

    /** A row that cannot be imported: what is wrong, and in which field. */
    private static final class BadRow extends Exception {
        private static final long serialVersionUID = 1L;
        private final int field;

        BadRow(int field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    private Result read(String defaultSession) throws InputFailure {
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> codeValues = new LinkedHashMap<>();
        for (String c : mapping.codes()) {
            codeValues.put(c, new ArrayList<>());
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Columns columns = columns(parser.getHeaderNames());
            Iterator<CSVRecord> it = parser.iterator();
            double lastOrder = Double.NEGATIVE_INFINITY;
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
                try {
                    Row row = row(record, columns, defaultSession, lastOrder, rows.size());
                    lastOrder = row.order();
                    rows.add(row);
                    for (int k = 0; k < row.codeValues().length; k++) {
                        if (row.codeValues()[k] != null) {
                            codeValues.get(mapping.codes().get(k)).add(row.codeValues()[k]);
                        }
                    }
                } catch (BadRow bad) {
                    warn(record.getCharacterPosition(), bad.field, bad.getMessage() + "; row skipped");
                }
            }
        } catch (IOException e) {
            throw new InputFailure(Problem.error(source, 1, 1, "unreadable CSV: " + e.getMessage()));
        }
        return result(rows, codeValues);
    }

    private Columns columns(List<String> header) throws InputFailure {
        int[] codes = new int[mapping.codes().size()];
        for (int k = 0; k < codes.length; k++) {
            codes[k] = column(header, mapping.codes().get(k), "code");
        }
        return new Columns(header, column(header, mapping.session(), "session"),
                column(header, mapping.speaker(), "speaker"), column(header, mapping.start(), "start"),
                column(header, mapping.end(), "end"), column(header, mapping.order(), "order"),
                column(header, mapping.text(), "text"), codes);
    }

    /** One utterance of a record; {@code lastOrder} is the order of the row before it. */
    private Row row(CSVRecord record, Columns c, String defaultSession, double lastOrder, int position)
            throws BadRow {
        long offset = record.getCharacterPosition();
        if (record.size() != c.header().size()) {
            throw new BadRow(0, "the row has " + record.size() + " fields, the header " + c.header().size());
        }
        String sessionName = c.session() == null ? defaultSession : record.get(c.session()).strip();
        if (sessionName.isEmpty()) {
            throw new BadRow(c.session(), "no session in column " + c.name(c.session()));
        }
        String said = record.get(c.text()).strip();
        if (said.isEmpty()) {
            throw new BadRow(c.text(), "no text in column " + c.name(c.text()));
        }
        Long start = time(record, c, c.start());
        Long end = time(record, c, c.end());
        if (start != null && end != null && end < start) {
            throw new BadRow(c.end(), "the end " + record.get(c.end()).strip() + " is before the start "
                    + record.get(c.start()).strip());
        }
        String who = record.get(c.speaker()).strip();
        if (who.isEmpty()) {
            warn(offset, c.speaker(), "no speaker in column " + c.name(c.speaker()) + "; imported as speaker '"
                    + UNKNOWN_SPEAKER + "'");
            who = UNKNOWN_SPEAKER;
        }
        double rank = lastOrder;
        if (c.order() != null) {
            String o = record.get(c.order()).strip();
            try {
                rank = Double.parseDouble(o);
            } catch (NumberFormatException e) {
                if (!o.isEmpty()) {
                    warn(offset, c.order(), "'" + o + "' in column " + c.name(c.order())
                            + " is not a number; the row keeps its place after the row before it");
                }
            }
        }
        String[] values = new String[c.codes().length];
        for (int k = 0; k < values.length; k++) {
            String v = record.get(c.codes()[k]).strip();
            values[k] = mapping.isNotCoded(v) ? null : v;
        }
        int timeColumn = c.start() == null ? 1 : columnOf(offset, c.start());
        Turn turn = new Turn(who, start, end, said, lineOf(offset), timeColumn, Map.of());
        return new Row(sessionName, turn, rank, position, values);
    }

    /** The time in a column (null when the column is not mapped or the field blank). */
    private static Long time(CSVRecord record, Columns c, Integer column) throws BadRow {
        if (column == null || record.get(column).isBlank()) {
            return null;
        }
        String value = record.get(column).strip();
        Optional<Long> ms = time(value, c.name(column));
        if (ms.isEmpty()) {
            throw new BadRow(column, "'" + value + "' in column " + c.name(column)
                    + " is not a time (HH:MM:SS, HH:MM:SS.mmm or seconds)");
        }
        return ms.get();
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
