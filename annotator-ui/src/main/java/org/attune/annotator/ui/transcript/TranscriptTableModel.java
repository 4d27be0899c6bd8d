package org.attune.annotator.ui.transcript;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.profile.Coding;

/** The transcript as a table: time, speaker, text, code chips. */
public final class TranscriptTableModel extends AbstractTableModel {

    static final int TIME = 0;
    static final int SPEAKER = 1;
    static final int TEXT = 2;
    static final int CODES = 3;
    private static final String[] NAMES = {"Time", "Speaker", "Text", "Codes"};

    private TranscriptRows rows = new TranscriptRows(List.of());

    /**
     * Shows new rows. When the utterances are the same (an edit of codings), only the rows whose chips changed are
     * updated, so the table keeps its layout and selection and repaints just those rows.
     */
    public void setRows(TranscriptRows newRows) {
        TranscriptRows old = this.rows;
        this.rows = newRows;
        if (old.rows().size() != newRows.rows().size()) {
            fireTableDataChanged();
            return;
        }
        for (int i = 0; i < newRows.rows().size(); i++) {
            TranscriptRows.Row a = old.rows().get(i);
            TranscriptRows.Row b = newRows.rows().get(i);
            if (!a.utterance().equals(b.utterance())) {
                fireTableDataChanged();
                return;
            }
        }
        for (int i = 0; i < newRows.rows().size(); i++) {
            if (!old.rows().get(i).codings().equals(newRows.rows().get(i).codings())) {
                fireTableRowsUpdated(i, i);
            }
        }
    }

    public TranscriptRows rows() {
        return rows;
    }

    @Override
    public int getRowCount() {
        return rows.rows().size();
    }

    @Override
    public int getColumnCount() {
        return NAMES.length;
    }

    @Override
    public String getColumnName(int column) {
        return NAMES[column];
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == CODES ? List.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        TranscriptRows.Row r = rows.rows().get(row);
        switch (column) {
            case TIME:
                return SegmentSheet.clock(r.utterance().start());
            case SPEAKER:
                return r.utterance().speaker();
            case TEXT:
                return r.utterance().text();
            default:
                return r.codings();
        }
    }

    /** The chips of a row. */
    public List<Coding> codingsAt(int row) {
        return rows.rows().get(row).codings();
    }
}
