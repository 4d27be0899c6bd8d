package org.attune.search.query;

import java.util.List;

/**
 * A parsed query: an immutable syntax tree. A query is a single-event {@link Element}, an {@link Overlap} group,
 * a {@link Containment} group or a {@link Sequence}; its matches are tuples of events, one per element in reading
 * order (see {@link #elements()}). The language is described in {@code docs/query-language.md}.
 */
public sealed interface Query permits Element, Overlap, Containment, Sequence {

    /**
     * Parses a query.
     *
     * @throws QuerySyntaxException naming the line, column and what was expected
     * @param text the text
     * @return a query
     */
    static Query parse(String text) {
        return new QueryParser(text).parse();
    }

    /**
     * The elements whose events form a match, in order; a negated last step ({@code !->}) is not one of them.
     *
     * @return the elements whose events form a match, in order; a negated last step ({@code !->}) is not one of them
     */
    List<Element> elements();

    /**
     * The query in canonical syntax; parsing it gives an equal query.
     *
     * @return the query in canonical syntax; parsing it gives an equal query
     */
    default String print() {
        return QueryPrinter.print(this);
    }
}
