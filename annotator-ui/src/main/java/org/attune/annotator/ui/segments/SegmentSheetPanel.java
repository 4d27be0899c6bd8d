package org.attune.annotator.ui.segments;

import java.awt.BorderLayout;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import org.attune.annotator.session.AnnotationSession;
import org.attune.core.analysis.segments.Segment;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.profile.Coding;
import org.attune.core.profile.Utterance;

/**
 * The live 3RS segment sheet of the current coder: per 5-minute segment the markers and strategies present,
 * the highest withdrawal and confrontation significance and the resolution rating, recomputed after each edit
 * ({@link SegmentSheet}, the same rules as {@code attune segments}).
 */
public final class SegmentSheetPanel extends JPanel {

    private final AnnotationSession session;
    private final Model model = new Model();
    private final JLabel title = new JLabel();

    public SegmentSheetPanel(AnnotationSession session) {
        super(new BorderLayout());
        this.session = session;
        setName("segments");
        JTable table = new JTable(model);
        table.setName("segmentTable");
        table.setFocusable(false);
        int[] widths = {24, 44, 150, 52, 52, 52};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.setToolTipText("Per segment: the codes present, the highest withdrawal and confrontation significance "
                + "(rating) and the resolution rating");
        add(title, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        session.addListener(c -> refresh());
        refresh();
    }

    /** The sheet of the current coder's codings in the current document. */
    public static SegmentSheet sheetOf(AnnotationSession session) {
        List<Coding> mine = session.view().codings().stream().filter(c -> c.coder().equals(session.coder())).toList();
        long end = session.view().utterances().stream().mapToLong(Utterance::end).max().orElse(0);
        return SegmentSheet.of(mine, List.of(), end, SegmentSheet.DEFAULT_SEGMENT_MS, List.of());
    }

    public SegmentSheet sheet() {
        return model.sheet;
    }

    private void refresh() {
        model.set(sheetOf(session));
        title.setText(" Segment sheet of coder " + session.coder() + " (5-minute segments)");
    }

    private static final class Model extends AbstractTableModel {
        private static final String[] NAMES = {"#", "From", "Codes present", "Withdr.", "Confr.", "Resol."};
        private SegmentSheet sheet = new SegmentSheet(SegmentSheet.DEFAULT_SEGMENT_MS, List.of(), List.of());

        void set(SegmentSheet s) {
            sheet = s;
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return sheet.segments().size();
        }

        @Override
        public int getColumnCount() {
            return NAMES.length;
        }

        @Override
        public String getColumnName(int c) {
            return NAMES[c];
        }

        @Override
        public Object getValueAt(int row, int col) {
            Segment s = sheet.segments().get(row);
            switch (col) {
                case 0:
                    return s.number();
                case 1:
                    return SegmentSheet.clock(s.start());
                case 2:
                    return sheet.codeOrder().stream().filter(c -> s.count(c) > 0)
                            .map(c -> s.count(c) > 1 ? c + "×" + s.count(c) : c).collect(Collectors.joining(" "));
                case 3:
                    return text(s.withdrawalSignificance());
                case 4:
                    return text(s.confrontationSignificance());
                default:
                    return text(s.resolutionRating());
            }
        }

        private static String text(Integer v) {
            return v == null ? "" : v.toString();
        }
    }
}
