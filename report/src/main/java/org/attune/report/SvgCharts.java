package org.attune.report;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Renders charts to SVG elements that can be inlined in HTML, each with its own id prefix so that several charts
 * share one page. The drawing goes through Apache Batik's SVG generator ({@code batik-svggen}, Apache-2.0).
 */
public final class SvgCharts {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final AtomicLong COUNTER = new AtomicLong();

    private SvgCharts() {
    }

    /** The chart as an {@code <svg>} element of the given size in pixels. */
    public static String svg(JFreeChart chart, int width, int height) {
        Document doc = newDocument();
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        String prefix = "c" + COUNTER.incrementAndGet() + "_";
        SVGIDGenerator ids = new SVGIDGenerator();
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String kind) {
                return prefix + ids.generateID(kind);
            }
        });
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g2, new Rectangle(0, 0, width, height));
        Element root = g2.getRoot();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.hasAttribute("id") && !e.getAttribute("id").startsWith(prefix)) {
                e.setAttribute("id", prefix + e.getAttribute("id"));  // Batik's fixed "genericDefs"
            }
        }
        StringWriter out = new StringWriter();
        try {
            g2.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a StringWriter does not fail
        } finally {
            g2.dispose();
        }
        String svg = out.toString();
        int start = svg.indexOf("<svg");  // drop the XML declaration and DOCTYPE: the element is inlined in HTML
        return start < 0 ? svg : svg.substring(start).strip();
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM in this Java runtime", e);
        }
    }
}
