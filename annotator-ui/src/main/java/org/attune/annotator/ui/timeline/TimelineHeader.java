package org.attune.annotator.ui.timeline;

import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import javax.swing.UIManager;

/** The timeline's row header: the tier names, beside the rows they name (a scroll pane's row header view). */
final class TimelineHeader extends JComponent {

    private final TimelineView view;

    TimelineHeader(TimelineView view) {
        this.view = view;
    }

    @Override
    public Dimension getPreferredSize() {
        TimelineLayout layout = view.layoutModel();
        FontMetrics fm = getFontMetrics(UIManager.getFont("Label.font"));
        int w = 60;
        for (TimelineLayout.Row r : layout.rows()) {
            w = Math.max(w, fm.stringWidth(r.label()) + 14);
        }
        return new Dimension(w, layout.height());
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setColor(UIManager.getColor("Panel.background"));
        g2.fillRect(0, 0, getWidth(), getHeight());
        g2.setFont(UIManager.getFont("Label.font"));
        FontMetrics fm = g2.getFontMetrics();
        TimelineLayout layout = view.layoutModel();
        g2.setColor(UIManager.getColor("Label.disabledForeground"));
        g2.drawString("audio", 6, TimelineLayout.HEADER + TimelineLayout.WAVE_HEIGHT / 2 + fm.getAscent() / 2 - 1);
        for (int r = 0; r < layout.rows().size(); r++) {
            int top = layout.rowTop(r);
            g2.setColor(UIManager.getColor("Component.borderColor"));
            g2.drawLine(0, top, getWidth(), top);
            g2.setColor(UIManager.getColor("Label.foreground"));
            g2.drawString(layout.rows().get(r).label(), 6,
                    top + (TimelineLayout.ROW_HEIGHT - fm.getHeight()) / 2 + fm.getAscent());
        }
        g2.setColor(UIManager.getColor("Component.borderColor"));
        g2.drawLine(getWidth() - 1, 0, getWidth() - 1, getHeight());
        g2.dispose();
    }
}
