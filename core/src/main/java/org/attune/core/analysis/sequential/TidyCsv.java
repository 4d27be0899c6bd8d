package org.attune.core.analysis.sequential;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attune.core.profile.Coding;

/**
 * Tidy CSV of codings for R: one row per coding, columns {@code session, coder, scheme, layer, code, label,
 * category, start_ms, end_ms, rating, note}; an empty cell is a missing rating.
 */
public final class TidyCsv {

    /** The header row. */
    public static final List<String> HEADER = List.of("session", "coder", "scheme", "layer", "code", "label",
            "category", "start_ms", "end_ms", "rating", "note");

    private TidyCsv() {
    }

    /**
     * The CSV text of the codings of each session (map: session name → codings, in order).
     *
     * @param sessions the sessions
     * @return the CSV text of the codings of each session (map: session name → codings, in order)
     */
    public static String write(Map<String, List<Coding>> sessions) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(HEADER);
            for (Map.Entry<String, List<Coding>> s : sessions.entrySet()) {
                for (Coding c : s.getValue()) {
                    p.printRecord(s.getKey(), c.coder(), c.schemeRef(), c.layerId(), c.code(), c.label(),
                            c.category(), c.start(), c.end(), c.rating() == null ? "" : c.rating(), c.note());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
