/**
 * Attune search: the query language over coded sessions ({@link org.attune.search.query.Query}), the events it
 * matches ({@link org.attune.search.event}), a reference evaluator over sessions in memory and the Lucene corpus
 * index ({@link org.attune.search.index.CorpusIndex}).
 */
module org.attune.search {
    requires transitive org.attune.core;
    requires org.apache.lucene.core;
    // query regexes: RE2/J (an automatic module, named after its jar)
    requires re2j;

    exports org.attune.search.query;
    exports org.attune.search.event;
    exports org.attune.search.index;
}
