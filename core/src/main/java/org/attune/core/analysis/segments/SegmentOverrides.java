package org.attune.core.analysis.segments;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attune.core.analysis.agreement.TableFormatException;
import org.attune.core.eaf.Problem;

/**
 * A coder's segment ratings read from CSV: a {@code segment} column (the number) and any of
 * {@code withdrawal_significance}, {@code confrontation_significance}, {@code resolution_rating}; a filled
 * cell overrides the derived rating, an empty one keeps it. A sheet written by {@link SegmentSheet#toCsv()}
 * and edited by the coder is such a file.
 */
public final class SegmentOverrides {

    private static final List<String> RATINGS = List.of("withdrawal_significance", "confrontation_significance",
            "resolution_rating");

    private SegmentOverrides() {
    }

    /**
     * Reads the overrides.
     *
     * @throws TableFormatException when the segment column is missing, or a cell is not a whole number 1–5
     *                              (each problem with its line and column)
     * @param file the file
     * @return the overrides, in file order
     */
    public static List<SegmentOverride> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String source = file.toString();
        List<Problem> problems = new ArrayList<>();
        List<SegmentOverride> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader r = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(format).get()) {
            Map<String, Integer> header = p.getHeaderMap();
            if (header == null || !header.containsKey("segment")) {
                throw new TableFormatException(List.of(Problem.error(source, 1, 1,
                        "no 'segment' column: expected a segment sheet (segment,...,withdrawal_significance,"
                                + "confrontation_significance,resolution_rating)")));
            }
            for (CSVRecord rec : p) {
                int line = (int) rec.getRecordNumber() + 1;
                Integer segment = number(rec, "segment", header, line, source, problems, 1, Integer.MAX_VALUE);
                Integer[] v = new Integer[3];
                for (int i = 0; i < 3; i++) {
                    if (header.containsKey(RATINGS.get(i))) {
                        v[i] = number(rec, RATINGS.get(i), header, line, source, problems, 1, 5);
                    }
                }
                if (segment != null) {
                    out.add(new SegmentOverride(segment, v[0], v[1], v[2]));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TableFormatException(problems);
        }
        return out;
    }

    private static Integer number(CSVRecord rec, String column, Map<String, Integer> header, int line, String source,
                                  List<Problem> problems, int min, int max) {
        String v = rec.isSet(column) ? rec.get(column).strip() : "";
        if (v.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.error(source, line, header.get(column) + 1, column + ": '" + v + "' is not "
                + (max == Integer.MAX_VALUE ? "a segment number" : "a whole number from " + min + " to " + max)));
        return null;
    }
}
