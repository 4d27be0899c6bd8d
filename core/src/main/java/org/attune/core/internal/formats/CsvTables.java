package org.attune.core.internal.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.TimeSpan;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;
import org.attune.core.model.AnnotationDocument;

/**
 * Tidy tables of a session (one row per utterance or per coding, one column per variable), for R, SPSS and
 * spreadsheets. Times are in milliseconds ({@code start_ms}, {@code end_ms}, as {@code attune query} writes
 * them); {@code estimated} is {@code true} when a time was estimated rather than given.
 */
public final class CsvTables {

    /** The header of the utterance table. */
    public static final List<String> UTTERANCE_HEADER = List.of("session", "tier", "annotation", "speaker", "role",
            "start_ms", "end_ms", "estimated", "text");
    /** The header of the coding table. */
    public static final List<String> CODING_HEADER = List.of("session", "tier", "annotation", "scheme", "layer",
            "code", "label", "category", "start_ms", "end_ms", "estimated", "rating", "coder", "note");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private CsvTables() {
    }

    /** One row per utterance of the speech tiers, in time order. */
    public static String utterances(AnnotationDocument doc, String session, SchemeLookup schemes) {
        SessionView view = SessionView.of(doc, schemes);
        return print(UTTERANCE_HEADER, p -> {
            for (Utterance u : view.utterances()) {
                p.printRecord(session, u.tierId(), u.annotationId(), u.speaker(), u.role().id(), u.start(), u.end(),
                        estimated(view.index(), u.annotationId()), u.text());
            }
        });
    }

    /** One row per coding, in time order. */
    public static String codings(AnnotationDocument doc, String session, SchemeLookup schemes) {
        SessionView view = SessionView.of(doc, schemes);
        return print(CODING_HEADER, p -> {
            for (Coding c : view.codings()) {
                p.printRecord(session, c.tierId(), c.annotationId(), c.schemeRef(), c.layerId(), c.code(), c.label(),
                        c.category(), c.start(), c.end(), estimated(view.index(), c.annotationId()),
                        c.rating() == null ? "" : c.rating(), c.coder(), c.note());
            }
        });
    }

    private static boolean estimated(DocumentIndex index, String annotationId) {
        return index.span(annotationId).map(TimeSpan::estimated).orElse(false);
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String print(List<String> header, Rows rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
