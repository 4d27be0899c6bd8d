package org.attune.annotator.ui.transcript;

import java.awt.BorderLayout;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.session.CodingController;
import org.attune.annotator.session.SessionListener;
import org.attune.core.profile.Utterance;

/**
 * The transcript: one row per utterance (time, speaker, text, code chips). Selecting a row selects the
 * utterance in the session (and seeks); the session's selection is mirrored back. The table is a coding
 * surface: code keys work while it has the focus.
 */
public final class TranscriptPanel extends JPanel {

    private final AnnotationSession session;
    private final TranscriptTableModel model = new TranscriptTableModel();
    private final JTable table = new JTable(model);
    private final ChipRenderer chips = new ChipRenderer();
    private boolean mirroring;

    /**
     * @param onPick called with an utterance the coder picked (to seek the player)
     */
    public TranscriptPanel(AnnotationSession session, CodingController controller,
                           java.util.function.Consumer<Utterance> onPick) {
        super(new BorderLayout());
        this.session = session;
        table.setName("transcript");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setRowHeight(Math.max(table.getRowHeight(), table.getFontMetrics(table.getFont()).getHeight() + 8));
        table.getColumnModel().getColumn(TranscriptTableModel.CODES).setCellRenderer(chips);
        table.getColumnModel().getColumn(TranscriptTableModel.TIME).setPreferredWidth(60);
        table.getColumnModel().getColumn(TranscriptTableModel.SPEAKER).setPreferredWidth(70);
        table.getColumnModel().getColumn(TranscriptTableModel.TEXT).setPreferredWidth(520);
        table.getColumnModel().getColumn(TranscriptTableModel.CODES).setPreferredWidth(170);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (e.getValueIsAdjusting() || mirroring) {
                return;
            }
            int row = table.getSelectedRow();
            if (row >= 0) {
                Utterance u = model.rows().rows().get(row).utterance();
                controller.selectUtterance(u.annotationId());
                onPick.accept(u);
            }
        });
        add(new JScrollPane(table), BorderLayout.CENTER);
        session.addListener(this::changed);
        reload();
    }

    /** The table, a coding surface. */
    public JTable table() {
        return table;
    }

    public TranscriptTableModel model() {
        return model;
    }

    private void changed(SessionListener.Change change) {
        if (change == SessionListener.Change.SELECTION) {
            mirrorSelection();
        } else {
            reload();
        }
    }

    private void reload() {
        model.setRows(TranscriptRows.of(session.view().utterances(), session.visibleCodings()));
        mirrorSelection();
    }

    private void mirrorSelection() {
        chips.setSelectedCoding(session.selection().codingId());
        String id = session.selection().utteranceId();
        int row = id == null ? -1 : model.rows().indexOf(id);
        mirroring = true;
        try {
            if (row < 0) {
                table.clearSelection();
            } else if (table.getSelectedRow() != row) {
                table.setRowSelectionInterval(row, row);
            }
        } finally {
            mirroring = false;
        }
        if (row >= 0) {
            Rectangle r = table.getCellRect(row, 0, true);
            table.scrollRectToVisible(r);
        }
        table.repaint();
    }
}
