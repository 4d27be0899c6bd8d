/**
 * Attune reports: charts of coded sessions (JFreeChart; the annotator shows the same {@code JFreeChart} objects)
 * rendered to SVG with Apache Batik's SVG generator, and the self-contained HTML session and corpus report. A module of its own so
 * that core stays free of AWT (core &lt;- report &lt;- annotator &lt;- cli).
 */
module org.attune.report {
    requires transitive org.attune.core;
    requires transitive org.jfree.jfreechart;
    requires org.apache.xmlgraphics.batik.svggen;
    requires java.xml;
    requires java.desktop;

    exports org.attune.report;
}
