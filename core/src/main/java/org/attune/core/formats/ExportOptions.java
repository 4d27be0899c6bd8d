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
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param session the session name written in the CSV tables' {@code session} column
     * @param table which table a CSV export holds
     * @param schemes where code categories and labels of known schemes come from (CSV codings)
     */
    public ExportOptions {
        session = session == null ? "" : session;
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(schemes, "schemes");
    }

    /**
     * Utterances for CSV, no scheme lookup, the given session name.
     *
     * @param session the session
     * @return the session name written in the CSV tables' {@code session} column
     */
    public static ExportOptions session(String session) {
        return new ExportOptions(session, CsvTable.UTTERANCES, SchemeLookup.none());
    }

    /**
     * Returns a copy with the table replaced.
     *
     * @param newTable the new table (which table a CSV export holds)
     * @return a copy with that value replaced; this record is unchanged
     */
    public ExportOptions withTable(CsvTable newTable) {
        return new ExportOptions(session, newTable, schemes);
    }

    /**
     * Returns a copy with the schemes replaced.
     *
     * @param newSchemes the new value of schemes
     * @return a copy with that value replaced; this record is unchanged
     */
    public ExportOptions withSchemes(SchemeLookup newSchemes) {
        return new ExportOptions(session, table, newSchemes);
    }
}
