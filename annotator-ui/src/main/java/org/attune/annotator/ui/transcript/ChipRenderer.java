package org.attune.annotator.ui.transcript;

import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;
import org.attune.annotator.ui.Theme;
import org.attune.core.profile.Coding;

/** Paints a row's codings as chips: the code, its rating and coder, in the colour of its category. */
final class ChipRenderer extends JComponent implements TableCellRenderer {

    private List<Coding> codings = List.of();
    private String selectedCoding;
    private boolean selected;
    private JTable table;

    void setSelectedCoding(String codingId) {
        this.selectedCoding = codingId;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Component getTableCellRendererComponent(JTable t, Object value, boolean isSelected, boolean hasFocus,
                                                   int row, int column) {
        this.table = t;
        this.codings = value instanceof List ? (List<Coding>) value : List.of();
        this.selected = isSelected;
        setFont(t.getFont());
        return this;
    }

    /** The chip's text: {@code C2·4 A}. */
    static String text(Coding c) {
        return c.code() + (c.rating() != null ? "·" + c.rating() : "") + " " + c.coder();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setColor(selected ? table.getSelectionBackground() : table.getBackground());
        g2.fillRect(0, 0, getWidth(), getHeight());
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        FontMetrics fm = g2.getFontMetrics(getFont());
        int x = 3;
        int h = Math.min(getHeight() - 4, fm.getHeight() + 2);
        int y = (getHeight() - h) / 2;
        for (Coding c : codings) {
            String s = text(c);
            int w = fm.stringWidth(s) + 10;
            g2.setColor(Theme.categoryColor(c.category()));
            g2.fillRoundRect(x, y, w, h, h, h);
            if (c.annotationId().equals(selectedCoding)) {
                g2.setColor(table.getForeground());
                g2.drawRoundRect(x - 1, y - 1, w + 1, h + 1, h, h);
            }
            g2.setColor(Theme.onCategory());
            g2.drawString(s, x + 5, y + (h - fm.getHeight()) / 2 + fm.getAscent());
            x += w + 4;
        }
        g2.dispose();
    }
}
