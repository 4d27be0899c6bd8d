package org.attune.core.analysis.agreement;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attune.core.eaf.Problem;

/**
 * A table of ratings read from CSV for labs that coded elsewhere: a header row naming the raters, then one row
 * per target (unit), one column per rater; an empty cell is a missing rating. A first column headed blank,
 * {@code target}, {@code unit}, {@code subject}, {@code item}, {@code segment} or {@code id} holds row labels,
 * not ratings; so does a first column under any header that has a value that is not a number while every other
 * column holds only numbers (e.g. {@code case} with {@code p01, p02...}); {@link #columns()} says which was taken. Comma, semicolon and tab separators are recognised from the header row.
 *
 * @param source  the file name, for messages
 * @param raters  the rater names (header cells of the rating columns)
 * @param labels  the row labels (the label column, or 1, 2, 3...)
 * @param cells   the ratings, row by row, null = missing
 * @param lines   the line of each row in the file
 * @param labelColumn whether the first column holds row labels
 * @param labelHeader the label column's header ("" when there is none or it is blank)
 */
public record RatingTable(String source, List<String> raters, List<String> labels, List<List<String>> cells,
                          List<Integer> lines, boolean labelColumn, String labelHeader) {

    private static final Set<String> LABEL_HEADERS = Set.of("", "target", "targets", "unit", "units", "subject",
            "subjects", "item", "items", "segment", "segments", "id", "case", "cases", "participant", "participants",
            "patient", "client", "session", "sessions", "row", "no", "nr", "n", "#");

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param source the file name, for messages
     * @param raters the rater names (header cells of the rating columns)
     * @param labels the row labels (the label column, or 1, 2, 3...)
     * @param cells the ratings, row by row, null = missing
     * @param lines the line of each row in the file
     * @param labelColumn whether the first column holds row labels
     * @param labelHeader the label column's header ("" when there is none or it is blank)
     */
    public RatingTable {
        raters = List.copyOf(raters);
        labels = List.copyOf(labels);
        cells = cells.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        lines = List.copyOf(lines);
        labelHeader = labelHeader == null ? "" : labelHeader;
    }

    /**
     * Reads a CSV rating table.
     *
     * @throws TableFormatException when the file is empty, has no rating column, or rows of a different width
     * @param file the file
     * @return a CSV rating table
     */
    public static RatingTable read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, file.toString());
    }

    /**
     * Parses CSV text; {@code source} names it in messages.
     *
     * @param text the text
     * @param source the source (usually a file name)
     * @return CSV text; {@code source} names it in messages
     * @throws TableFormatException if the rating table is not valid
     */
    public static RatingTable parse(String text, String source) throws TableFormatException {
        String firstLine = text.lines().findFirst().orElse("");
        char sep = separator(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(sep).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Problem> problems = new ArrayList<>();
        List<String> header = null;
        int headerLine = 1;
        List<List<String>> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Reader r = new java.io.StringReader(text); CSVParser parser = CSVParser.builder().setReader(r)
                .setFormat(format).get()) {
            long line = 1;
            for (CSVRecord rec : parser) {
                int recLine = (int) line;
                line = parser.getCurrentLineNumber() + 1;
                List<String> values = rec.toList();
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = values;
                    headerLine = recLine;
                    continue;
                }
                if (values.size() != header.size()) {
                    problems.add(Problem.error(source, recLine, Math.min(values.size(), header.size()) + 1,
                            "this row has " + values.size() + " cells, the header has " + header.size()));
                    continue;
                }
                raw.add(values);
                lines.add(recLine);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(Problem.error(source, 1, 1, "not a readable CSV table: " + e.getMessage()));
        }
        boolean labelColumn = header != null && labelColumn(header, raw);
        if (header != null && header.size() - (labelColumn ? 1 : 0) < 1) {
            problems.add(Problem.error(source, headerLine, 1,
                    "the header names no rater column"));
        }
        if (header == null && problems.isEmpty()) {
            problems.add(Problem.error(source, 1, 1, "the table is empty: expected a header row naming the raters"));
        } else if (raw.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(source, 2, 1, "the table has a header but no rows"));
        }
        if (!problems.isEmpty()) {
            throw new TableFormatException(problems);
        }
        List<String> labels = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> values : raw) {
            List<String> ratings = new ArrayList<>();
            for (int i = labelColumn ? 1 : 0; i < values.size(); i++) {
                String v = values.get(i).strip();
                ratings.add(missing(v) ? null : v);
            }
            labels.add(labelColumn ? values.get(0) : String.valueOf(rows.size() + 1));
            rows.add(ratings);
        }
        return new RatingTable(source, header.subList(labelColumn ? 1 : 0, header.size()), labels, rows, lines,
                labelColumn, labelColumn ? header.get(0).strip() : "");
    }

    /**
     * Whether the first column holds row labels: its header is a usual label header, or (whatever its header)
     * it has a value that is not a number while every other column holds only numbers, or it counts the rows
     * (consecutive whole numbers, 1, 2, 3, … or from any start, over three rows or more: an id column, not ratings).
     */
    private static boolean labelColumn(List<String> header, List<List<String>> rows) {
        if (LABEL_HEADERS.contains(header.get(0).strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (header.size() < 2) {
            return false;
        }
        boolean textFirst = false;
        for (List<String> row : rows) {
            String first = row.get(0).strip();
            textFirst |= !missing(first) && !isNumber(first);
            for (int i = 1; i < row.size(); i++) {
                String v = row.get(i).strip();
                if (!missing(v) && !isNumber(v)) {
                    return false;
                }
            }
        }
        return textFirst || countsRows(rows);
    }

    /** The first column is consecutive whole numbers over three or more rows (a row id). */
    private static boolean countsRows(List<List<String>> rows) {
        if (rows.size() < 3) {
            return false;
        }
        Long previous = null;
        for (List<String> row : rows) {
            String v = row.get(0).strip();
            if (!v.matches("-?\\d{1,18}")) {
                return false;
            }
            long n = Long.parseLong(v);
            if (previous != null && n != previous + 1) {
                return false;
            }
            previous = n;
        }
        return true;
    }

    private static boolean missing(String v) {
        return v.isEmpty() || v.equals("NA") || v.equals(".");
    }

    private static boolean isNumber(String v) {
        try {
            return Double.isFinite(Double.parseDouble(v.replace(',', '.')));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Which column was taken as what, for the output: {@code labels: case; raters: r1, r2}.
     *
     * @return the description of the columns
     */
    public String columns() {
        return "labels: " + (labelColumn ? (labelHeader.isEmpty() ? "(first column, no header)" : labelHeader)
                : "none (rows numbered)") + "; raters: " + String.join(", ", raters);
    }

    /**
     * The ratings as numbers (for ICC); a cell that is not a number is a problem naming its line and column.
     *
     * @return the ratings as numbers (for ICC); a cell that is not a number is a problem naming its line and column
     * @throws TableFormatException if the rating table is not valid
     */
    public Double[][] numbers() throws TableFormatException {
        List<Problem> problems = new ArrayList<>();
        Double[][] out = new Double[cells.size()][];
        int offset = 1 + (labelColumn ? 1 : 0);
        for (int i = 0; i < cells.size(); i++) {
            out[i] = new Double[raters.size()];
            for (int j = 0; j < raters.size(); j++) {
                String v = cells.get(i).get(j);
                if (v == null) {
                    continue;
                }
                try {
                    double d = Double.parseDouble(v.replace(',', '.'));
                    if (!Double.isFinite(d)) {
                        throw new NumberFormatException();
                    }
                    out[i][j] = d;
                } catch (NumberFormatException e) {
                    problems.add(Problem.error(source, lines.get(i), j + offset,
                            "'" + v + "' (rater " + raters.get(j) + ") is not a number"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TableFormatException(problems);
        }
        return out;
    }

    /**
     * Refuses negative ratings (for ratio-level statistics, where a value and its negative sum to zero and their
     * difference is undefined); the problem names the first negative value's line and column.
     *
     * @param why what needs non-negative ratings, for the message
     * @throws TableFormatException if a rating is negative
     */
    public void requireNonNegative(String why) throws TableFormatException {
        Double[][] values = numbers();
        int offset = 1 + (labelColumn ? 1 : 0);
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[i].length; j++) {
                if (values[i][j] != null && values[i][j] < 0) {
                    throw new TableFormatException(List.of(Problem.error(source, lines.get(i), j + offset,
                            "'" + cells.get(i).get(j) + "' (rater " + raters.get(j) + ") is negative: " + why)));
                }
            }
        }
    }

    /**
     * The cells as units (rows) of values, for kappa and alpha.
     *
     * @return the cells as units (rows) of values, for kappa and alpha
     */
    public List<List<String>> units() {
        return cells;
    }

    /**
     * One rater's column.
     *
     * @param rater the rater's index, from 0
     * @return the rater's ratings, one per unit
     */
    public List<String> column(int rater) {
        return cells.stream().map(r -> r.get(rater)).toList();
    }

    private static char separator(String headerLine) {
        int commas = count(headerLine, ',');
        int semis = count(headerLine, ';');
        int tabs = count(headerLine, '\t');
        if (tabs > commas && tabs >= semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
