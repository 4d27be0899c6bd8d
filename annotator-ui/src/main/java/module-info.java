/**
 * The Attune annotator: a Swing + FlatLaf desktop application for coding sessions. Filled by the annotator
 * issue; for now it only declares its place in the module graph (core &lt;- search, report &lt;- annotator).
 */
module org.attune.annotator {
    requires transitive org.attune.search;
    requires transitive org.attune.report;
}
