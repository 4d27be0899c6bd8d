package org.attune.annotator.ui.timeline;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.Optional;
import java.util.function.LongConsumer;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.attune.annotator.media.Waveform;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.session.CodingController;
import org.attune.annotator.session.Selection;
import org.attune.annotator.session.SessionListener;
import org.attune.annotator.ui.Theme;
import org.attune.core.analysis.segments.SegmentSheet;

/**
 * The timeline: a time ruler, the waveform, then one row per speech tier and per visible coding tier, with
 * the playhead. Click selects and seeks; a drag on empty space selects a time range; dragging an edge of the
 * selected coding moves that boundary; Ctrl+wheel zooms. A coding surface: code keys work while it has the
 * focus.
 */
public final class TimelineView extends JComponent {

    private static final int EDGE = 4;
    private final AnnotationSession session;
    private final CodingController controller;
    private final LongConsumer seek;
    private TimelineLayout layout;
    private double pxPerMs = 0.02;
    private Waveform waveform;
    private long playhead;
    private Integer dragFrom;
    private Integer dragTo;
    private Boolean draggingStartEdge;
    private final TimelineHeader header = new TimelineHeader(this);

    public TimelineView(AnnotationSession session, CodingController controller, LongConsumer seek) {
        this.session = session;
        this.controller = controller;
        this.seek = seek;
        setName("timeline");
        setFocusable(true);
        setOpaque(true);
        relayout();
        session.addListener(c -> {
            if (c == SessionListener.Change.SELECTION) {
                repaint();
            } else {
                relayout();
            }
        });
        Mouse mouse = new Mouse();
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
    }

    public TimelineLayout layoutModel() {
        return layout;
    }

    public void setWaveform(Waveform w) {
        this.waveform = w;
        relayout();
    }

    /** Moves the playhead; when {@code follow}, scrolls so it stays in view. */
    public void setPlayhead(long ms, boolean follow) {
        if (ms == playhead) {
            return;
        }
        int old = layout.x(playhead);
        playhead = ms;
        int now = layout.x(ms);
        repaint(old - 2, 0, 5, getHeight());
        repaint(now - 2, 0, 5, getHeight());
        Rectangle visible = getVisibleRect();
        if (follow && (now < visible.x || now > visible.x + visible.width - 20)) {
            scrollRectToVisible(new Rectangle(Math.max(0, now - 40), visible.y, visible.width, visible.height));
        }
    }

    public long playhead() {
        return playhead;
    }

    /** Zooms by {@code factor} (1.25 in, 0.8 out), keeping the playhead in place. */
    public void zoom(double factor) {
        pxPerMs = Math.max(0.001, Math.min(1.0, pxPerMs * factor));
        relayout();
        Rectangle v = getVisibleRect();
        scrollRectToVisible(new Rectangle(Math.max(0, layout.x(playhead) - v.width / 2), v.y, v.width, v.height));
    }

    private void relayout() {
        layout = TimelineLayout.of(session, waveform == null ? 0 : waveform.durationMs(), pxPerMs);
        Dimension size = new Dimension(layout.width(), layout.height());
        if (!size.equals(getPreferredSize())) {
            setPreferredSize(size);
            revalidate();
            header.revalidate();
        }
        repaint();
        header.repaint();
    }

    /** The tier names, for the scroll pane's row header. */
    public JComponent header() {
        return header;
    }

    /** Scrolls so the selection is visible. */
    public void revealSelection() {
        Selection s = session.selection();
        String id = s.codingId() != null ? s.codingId() : s.utteranceId();
        if (id == null) {
            return;
        }
        layout.find(id).ifPresent(rb -> {
            TimelineLayout.Box b = layout.rows().get(rb[0]).boxes().get(rb[1]);
            Rectangle v = getVisibleRect();
            int x = layout.x(b.start());
            if (x < v.x || x > v.x + v.width) {
                scrollRectToVisible(new Rectangle(Math.max(0, x - 60), v.y, v.width, v.height));
            }
        });
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Rectangle clip = g2.getClipBounds();
        Color bg = UIManager.getColor("Panel.background");
        Color fg = UIManager.getColor("Label.foreground");
        Color grid = UIManager.getColor("Component.borderColor");
        g2.setColor(UIManager.getColor("Table.background"));
        g2.fillRect(clip.x, clip.y, clip.width, clip.height);
        long t0 = layout.time(clip.x);
        long t1 = layout.time(clip.x + clip.width);
        paintRuler(g2, t0, t1, bg, fg, grid);
        paintWave(g2, clip, fg);
        paintRows(g2, t0, t1, grid, fg);
        paintSelection(g2);
        g2.setColor(new Color(0xE53935));
        int px = layout.x(playhead);
        g2.fillRect(px - 1, 0, 2, getHeight());
        g2.dispose();
    }

    private void paintRuler(Graphics2D g2, long t0, long t1, Color bg, Color fg, Color grid) {
        g2.setColor(bg);
        g2.fillRect(layout.x(t0), 0, layout.x(t1) - layout.x(t0) + 1, TimelineLayout.HEADER);
        long step = tickStep();
        g2.setColor(fg);
        FontMetrics fm = g2.getFontMetrics();
        for (long t = (t0 / step) * step; t <= t1; t += step) {
            int x = layout.x(t);
            g2.setColor(grid);
            g2.drawLine(x, TimelineLayout.HEADER - 5, x, getHeight());
            g2.setColor(fg);
            g2.drawString(SegmentSheet.clock(t), x + 3, fm.getAscent());
        }
    }

    private long tickStep() {
        long[] steps = {1_000, 5_000, 10_000, 30_000, 60_000, 300_000, 600_000};
        for (long s : steps) {
            if (s * pxPerMs >= 70) {
                return s;
            }
        }
        return 1_800_000;
    }

    private void paintWave(Graphics2D g2, Rectangle clip, Color fg) {
        int top = TimelineLayout.HEADER;
        int mid = top + TimelineLayout.WAVE_HEIGHT / 2;
        if (waveform == null) {
            g2.setColor(UIManager.getColor("Label.disabledForeground"));
            g2.drawString("no audio", getVisibleRect().x + 8, mid + 4);
            return;
        }
        g2.setColor(Theme.isDark() ? new Color(0x7FA7D9) : new Color(0x4A78B5));
        for (int x = clip.x; x < clip.x + clip.width; x++) {
            float p = waveform.peakAt(layout.time(x));
            int h = Math.round(p * (TimelineLayout.WAVE_HEIGHT / 2f - 2));
            g2.drawLine(x, mid - h, x, mid + h);
        }
    }

    private void paintRows(Graphics2D g2, long t0, long t1, Color grid, Color fg) {
        FontMetrics fm = g2.getFontMetrics();
        Selection sel = session.selection();
        for (int r = 0; r < layout.rows().size(); r++) {
            int top = layout.rowTop(r);
            g2.setColor(grid);
            g2.drawLine(layout.x(t0), top, layout.x(t1), top);
            for (TimelineLayout.Box b : layout.rows().get(r).boxes()) {
                if (b.end() < t0 || b.start() > t1) {
                    continue;
                }
                int x = layout.x(b.start());
                int w = Math.max(3, layout.x(b.end()) - x);
                boolean selected = b.annotationId().equals(sel.codingId()) || b.annotationId().equals(sel.utteranceId());
                Color fill = b.coding() ? Theme.categoryColor(b.category())
                        : (Theme.isDark() ? new Color(0x3C4650) : new Color(0xDCE4EE));
                g2.setColor(fill);
                g2.fillRoundRect(x, top + 3, w, TimelineLayout.ROW_HEIGHT - 6, 6, 6);
                if (selected) {
                    g2.setColor(fg);
                    g2.drawRoundRect(x, top + 2, w, TimelineLayout.ROW_HEIGHT - 4, 6, 6);
                }
                g2.setColor(b.coding() ? Theme.onCategory() : fg);
                Graphics2D clipG = (Graphics2D) g2.create(x + 3, top, Math.max(0, w - 5), TimelineLayout.ROW_HEIGHT);
                clipG.drawString(b.text(), 0, (TimelineLayout.ROW_HEIGHT - fm.getHeight()) / 2 + fm.getAscent());
                clipG.dispose();
            }
        }
    }

    private void paintSelection(Graphics2D g2) {
        Selection.Range range = session.selection().range();
        int from;
        int to;
        if (dragFrom != null && dragTo != null && draggingStartEdge == null) {
            from = Math.min(dragFrom, dragTo);
            to = Math.max(dragFrom, dragTo);
        } else if (range != null) {
            from = layout.x(range.start());
            to = layout.x(range.end());
        } else {
            return;
        }
        g2.setColor(new Color(0x40, 0x90, 0xF0, 60));
        g2.fillRect(from, TimelineLayout.HEADER, Math.max(1, to - from), getHeight());
    }

    /** Clicks, drags and the wheel. */
    private final class Mouse extends MouseAdapter {
        @Override
        public void mousePressed(MouseEvent e) {
            requestFocusInWindow();
            dragFrom = e.getX();
            dragTo = null;
            draggingStartEdge = edgeOfSelectedCoding(e.getX(), e.getY()).orElse(null);
        }

        @Override
        public void mouseDragged(MouseEvent e) {
            dragTo = e.getX();
            repaint();
        }

        @Override
        public void mouseReleased(MouseEvent e) {
            try {
                if (dragTo != null && Math.abs(dragTo - dragFrom) > 3) {
                    release(e);
                } else {
                    click(e);
                }
            } finally {
                dragFrom = null;
                dragTo = null;
                draggingStartEdge = null;
                repaint();
            }
        }

        private void release(MouseEvent e) {
            if (draggingStartEdge != null) {
                session.selectedCoding().ifPresent(c -> {
                    long t = layout.time(e.getX());
                    if (draggingStartEdge) {
                        controller.retimeSelected(Math.min(t, c.end()), c.end());
                    } else {
                        controller.retimeSelected(c.start(), Math.max(t, c.start()));
                    }
                });
            } else {
                controller.selectRange(layout.time(dragFrom), layout.time(dragTo));
            }
        }

        private void click(MouseEvent e) {
            long t = layout.time(e.getX());
            Optional<TimelineLayout.Box> box = layout.boxAt(e.getX(), e.getY());
            if (box.isPresent() && box.get().coding()) {
                controller.selectCoding(box.get().annotationId());
            } else if (box.isPresent()) {
                controller.selectUtterance(box.get().annotationId());
            }
            seek.accept(box.map(TimelineLayout.Box::start).orElse(t));
        }

        @Override
        public void mouseWheelMoved(MouseWheelEvent e) {
            if (e.isControlDown()) {
                zoom(e.getWheelRotation() < 0 ? 1.25 : 0.8);
            } else {
                getParent().dispatchEvent(javax.swing.SwingUtilities.convertMouseEvent(TimelineView.this, e, getParent()));
            }
        }
    }

    /** Whether (x, y) is on the start (true) or end (false) edge of the selected coding. */
    private Optional<Boolean> edgeOfSelectedCoding(int x, int y) {
        return session.selectedCoding().flatMap(c -> layout.find(c.annotationId()).flatMap(rb -> {
            int top = layout.rowTop(rb[0]);
            if (y < top || y > top + TimelineLayout.ROW_HEIGHT) {
                return Optional.empty();
            }
            if (Math.abs(x - layout.x(c.start())) <= EDGE) {
                return Optional.of(Boolean.TRUE);
            }
            return Math.abs(x - layout.x(c.end())) <= EDGE ? Optional.of(Boolean.FALSE) : Optional.empty();
        }));
    }
}
