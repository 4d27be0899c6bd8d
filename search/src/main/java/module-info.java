/**
 * Attune search: the query language over coded sessions and the Lucene corpus index. Filled by the
 * corpus-search issue; for now it only declares its place in the module graph (core &lt;- search).
 */
module org.attune.search {
    requires transitive org.attune.core;
}
