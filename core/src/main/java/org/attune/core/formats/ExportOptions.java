package org.attune.core.formats;

import java.util.Objects;
import org.attune.core.profile.SchemeLookup;

/**
 * How to write a document in another format.
 *
 * @param session the session name written in the CSV tables' {@code session} column
 * @param table   which table a CSV export holds
 * @param schemes where code categories and labels of known schemes come from (CSV codings)
 */
public record ExportOptions(String session, CsvTable table, SchemeLookup schemes) {
    public ExportOptions {
        session = session == null ? "" : session;
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(schemes, "schemes");
    }

    /** Utterances for CSV, no scheme lookup, the given session name. */
    public static ExportOptions session(String session) {
        return new ExportOptions(session, CsvTable.UTTERANCES, SchemeLookup.none());
    }

    public ExportOptions withTable(CsvTable newTable) {
        return new ExportOptions(session, newTable, schemes);
    }

    public ExportOptions withSchemes(SchemeLookup newSchemes) {
        return new ExportOptions(session, table, newSchemes);
    }
}
