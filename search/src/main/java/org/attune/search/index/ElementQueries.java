package org.attune.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.attune.search.event.EventMatcher;
import org.attune.search.query.AnyOf;
import org.attune.search.query.Attribute;
import org.attune.search.query.CategoryRef;
import org.attune.search.query.CodeRef;
import org.attune.search.query.Constraint;
import org.attune.search.query.Constraints;
import org.attune.search.query.Element;
import org.attune.search.query.Operator;
import org.attune.search.query.Phrase;
import org.attune.search.query.Words;

/**
 * Compiles a query element to Lucene queries over event documents, one per alternative. Every part is exact: the
 * only residue is a regular expression on a value too long to be a term, which the collector re-checks against
 * the stored value ({@link Branch#recheck()}).
 */
final class ElementQueries {
    private ElementQueries() {
    }

    /**
     * One alternative of an element.
     *
     * @param query  the Lucene query
     * @param always constraints tested on every document the query finds, against the event itself (regular
     *               expressions on values and texts, which are too many and too long for the term dictionary)
     * @param ifLong regular-expression constraints tested against the event for documents whose value of that
     *               attribute was too long to be a term
     */
    record Branch(Query query, List<Constraint> always, List<Constraint> ifLong) {
        boolean filters() {
            return !always.isEmpty() || !ifLong.isEmpty();
        }
    }

    static List<Branch> compile(Element element, IndexReader reader) throws IOException {
        List<Branch> out = new ArrayList<>();
        List<Element> alternatives = element instanceof AnyOf any ? any.alternatives() : List.of(element);
        for (Element alt : alternatives) {
            out.add(branch(alt, reader));
        }
        return out;
    }

    private static Branch branch(Element e, IndexReader reader) throws IOException {
        if (e instanceof CodeRef c) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(term(Attribute.CODE, c.code()), Occur.FILTER);
            if (c.scheme() != null) {
                b.add(term(Attribute.SCHEME, c.scheme()), Occur.FILTER);
            }
            return new Branch(b.build(), List.of(), List.of());
        }
        if (e instanceof CategoryRef c) {
            return new Branch(category(c.name().keyword()), List.of(), List.of());
        }
        if (e instanceof Phrase p) {
            return new Branch(phrase(p.text()), List.of(), List.of());
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<Constraint> always = new ArrayList<>();
        List<Constraint> ifLong = new ArrayList<>();
        boolean any = false;
        for (Constraint c : ((Constraints) e).constraints()) {
            if (c.operator() == Operator.MATCHES && !Fields.RAW.contains(c.attribute())) {
                always.add(c);
                if (c.attribute() == Attribute.TEXT) {
                    b.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_UTTERANCE)), Occur.FILTER);
                    any = true;
                }
                continue;
            }
            b.add(constraint(c, reader), Occur.FILTER);
            any = true;
            if (c.operator() == Operator.MATCHES) {
                ifLong.add(c);
            }
        }
        if (!any) {
            b.add(new TermInSetQuery(Fields.KIND, List.of(new BytesRef(Fields.KIND_UTTERANCE),
                    new BytesRef(Fields.KIND_EVENT))), Occur.FILTER);
        }
        return new Branch(b.build(), always, ifLong);
    }

    private static Query constraint(Constraint c, IndexReader reader) throws IOException {
        Attribute a = c.attribute();
        if (a == Attribute.RATING) {
            int v = c.number();
            switch (c.operator()) {
                case EQUALS: return IntPoint.newExactQuery(Fields.RATING, v);
                case LESS: return IntPoint.newRangeQuery(Fields.RATING, Integer.MIN_VALUE, v - 1);
                case AT_MOST: return IntPoint.newRangeQuery(Fields.RATING, Integer.MIN_VALUE, v);
                case GREATER: return IntPoint.newRangeQuery(Fields.RATING, v + 1, Integer.MAX_VALUE);
                case AT_LEAST: return IntPoint.newRangeQuery(Fields.RATING, v, Integer.MAX_VALUE);
                default: throw new IllegalStateException(c.toString());
            }
        }
        if (c.operator() == Operator.MATCHES) {
            return regex(a, c, reader);
        }
        if (a == Attribute.TEXT) {
            return phrase(c.value());
        }
        if (a == Attribute.CATEGORY) {
            return category(EventMatcher.fold(c.value()));
        }
        return term(a, c.value());
    }

    private static Query term(Attribute a, String value) {
        return new TermQuery(new Term(Fields.folded(a), Fields.foldedTerm(EventMatcher.fold(value))));
    }

    private static Query category(String folded) {
        if (!folded.equals("rupture")) {
            return new TermQuery(new Term(Fields.folded(Attribute.CATEGORY), Fields.foldedTerm(folded)));
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.folded(Attribute.CATEGORY), "withdrawal")), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.folded(Attribute.CATEGORY), "confrontation")), Occur.SHOULD)
                .build();
    }

    private static Query phrase(String text) {
        List<String> words = Words.of(text);
        if (words.isEmpty()) {
            return new MatchNoDocsQuery("a phrase without words matches nothing");
        }
        if (words.size() == 1) {
            return new TermQuery(new Term(Fields.WORDS, Fields.term(words.get(0))));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (String w : words) {
            b.add(new Term(Fields.WORDS, Fields.term(w)));
        }
        return b.build();
    }

    /** The raw terms the expression is found in, plus every document whose value was too long for a term. */
    private static Query regex(Attribute a, Constraint regex, IndexReader reader) throws IOException {
        List<BytesRef> matching = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.raw(a));
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String s = t.utf8ToString();
                if (!Fields.isHash(s) && regex.foundIn(s)) {
                    matching.add(BytesRef.deepCopyOf(t));
                }
            }
        }
        return new BooleanQuery.Builder()
                .add(new TermInSetQuery(Fields.raw(a), matching), Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.LONG_ATTRIBUTES, a.key())), Occur.SHOULD)
                .build();
    }
}
