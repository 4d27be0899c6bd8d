package org.attune.report;

import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicLong;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Renders charts to SVG elements that can be inlined in HTML (each with its own id prefix). */
public final class SvgCharts {

    private static final AtomicLong COUNTER = new AtomicLong();

    private SvgCharts() {
    }

    /** The chart as an {@code <svg>} element of the given size in pixels. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("c" + COUNTER.incrementAndGet() + "_");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement();
    }
}
