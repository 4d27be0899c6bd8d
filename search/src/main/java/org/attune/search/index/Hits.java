package org.attune.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.IntroSorter;
import org.attune.search.event.Event;
import org.attune.search.event.EventMatcher;
import org.attune.search.query.Constraint;

/**
 * The events that match one query element, as parallel arrays sorted by session and canonical position
 * ({@code key = sid << 32 | ord}): start, end, utterance count and Lucene document of each.
 */
final class Hits {
    long[] key = new long[64];
    long[] start = new long[64];
    long[] end = new long[64];
    int[] u = new int[64];
    int[] doc = new int[64];
    int size;

    static long key(long sid, long ord) {
        return sid << 32 | ord;
    }

    static long sidOf(long key) {
        return key >>> 32;
    }

    /** Collects the documents matching every branch of an element, sorted and without duplicates. */
    static Hits collect(IndexSearcher searcher, List<ElementQueries.Branch> branches) throws IOException {
        Hits hits = new Hits();
        for (ElementQueries.Branch b : merged(branches)) {
            // the searcher may search slices of the index on several threads: one Hits per slice, then joined
            List<Hits> parts = searcher.search(b.query(), new CollectorManager<SimpleCollector, List<Hits>>() {
                private final List<Hits> slices = new java.util.ArrayList<>();

                @Override
                public synchronized SimpleCollector newCollector() {
                    Hits slice = new Hits();
                    slices.add(slice);
                    return slice.collector(b);
                }

                @Override
                public List<Hits> reduce(Collection<SimpleCollector> collectors) {
                    return slices;
                }
            });
            for (Hits part : parts) {
                hits.addAll(part);
            }
        }
        hits.sortUnique();
        return hits;
    }

    /** Alternatives without post-filters become one disjunction: one pass over the index instead of several. */
    private static List<ElementQueries.Branch> merged(List<ElementQueries.Branch> branches) {
        List<ElementQueries.Branch> out = new java.util.ArrayList<>();
        org.apache.lucene.search.BooleanQuery.Builder any = new org.apache.lucene.search.BooleanQuery.Builder();
        int plain = 0;
        for (ElementQueries.Branch b : branches) {
            if (b.filters()) {
                out.add(b);
            } else {
                any.add(b.query(), org.apache.lucene.search.BooleanClause.Occur.SHOULD);
                plain++;
            }
        }
        if (plain == 1) {
            out.add(branches.stream().filter(b -> !b.filters()).findFirst().orElseThrow());
        } else if (plain > 1) {
            out.add(new ElementQueries.Branch(any.build(), List.of(), List.of()));
        }
        return out;
    }

    private void addAll(Hits other) {
        for (int k = 0; k < other.size; k++) {
            add(other.key[k], other.start[k], other.end[k], other.u[k], other.doc[k]);
        }
    }

    private SimpleCollector collector(ElementQueries.Branch branch) {
        return new SimpleCollector() {
            private int docBase;
            private NumericDocValues key;
            private NumericDocValues pos;
            private NumericDocValues st;
            private NumericDocValues en;
            private NumericDocValues ut;
            private NumericDocValues mask;
            private Payloads.Leaf payloads;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                docBase = context.docBase;
                var r = context.reader();
                key = r.getNumericDocValues(Fields.KEY);
                pos = r.getNumericDocValues(Fields.POS);
                st = r.getNumericDocValues(Fields.START);
                en = r.getNumericDocValues(Fields.END);
                ut = r.getNumericDocValues(Fields.U);
                mask = branch.ifLong().isEmpty() ? null : r.getNumericDocValues(Fields.LONG_MASK);
                payloads = branch.filters() ? new Payloads.Leaf(r) : null;
            }

            @Override
            public void collect(int d) throws IOException {
                if (key == null || !key.advanceExact(d)) {
                    return; // a session document
                }
                if (payloads != null && !passes(d)) {
                    return;
                }
                pos.advanceExact(d);
                long p = pos.longValue();
                if (p != Fields.UNPACKED) {
                    add(key.longValue(), Fields.start(p), Fields.end(p), Fields.u(p), docBase + d);
                } else {
                    st.advanceExact(d);
                    en.advanceExact(d);
                    ut.advanceExact(d);
                    add(key.longValue(), st.longValue(), en.longValue(), (int) ut.longValue(), docBase + d);
                }
            }

            private boolean passes(int d) throws IOException {
                long longMask = mask != null && mask.advanceExact(d) ? mask.longValue() : 0;
                Event event = null;
                for (Constraint c : branch.always()) {
                    event = event != null ? event : payloads.event(d);
                    if (!EventMatcher.holds(c, event)) {
                        return false;
                    }
                }
                for (Constraint c : branch.ifLong()) {
                    if ((longMask & Fields.longBit(c.attribute())) != 0) {
                        event = event != null ? event : payloads.event(d);
                        if (!EventMatcher.holds(c, event)) {
                            return false;
                        }
                    }
                }
                return true;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        };
    }

    void add(long k, long s, long e, int uu, int d) {
        if (size == key.length) {
            int n = size * 2;
            key = Arrays.copyOf(key, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            u = Arrays.copyOf(u, n);
            doc = Arrays.copyOf(doc, n);
        }
        key[size] = k;
        start[size] = s;
        end[size] = e;
        u[size] = uu;
        doc[size] = d;
        size++;
    }

    private void sortUnique() {
        new IntroSorter() {
            private long pivot;

            @Override
            protected void setPivot(int i) {
                pivot = key[i];
            }

            @Override
            protected int comparePivot(int j) {
                return Long.compare(pivot, key[j]);
            }

            @Override
            protected int compare(int i, int j) {
                return Long.compare(key[i], key[j]);
            }

            @Override
            protected void swap(int i, int j) {
                long k = key[i]; key[i] = key[j]; key[j] = k;
                long s = start[i]; start[i] = start[j]; start[j] = s;
                long e = end[i]; end[i] = end[j]; end[j] = e;
                int x = u[i]; u[i] = u[j]; u[j] = x;
                int d = doc[i]; doc[i] = doc[j]; doc[j] = d;
            }
        }.sort(0, size);
        int w = 0;
        for (int r = 0; r < size; r++) {
            if (w == 0 || key[r] != key[w - 1]) {
                key[w] = key[r];
                start[w] = start[r];
                end[w] = end[r];
                u[w] = u[r];
                doc[w] = doc[r];
                w++;
            }
        }
        size = w;
    }

    /** The first index in {@code [from, to)} whose key is at least {@code k}. */
    int lowerBoundKey(int from, int to, long k) {
        return lowerBound(key, from, to, k);
    }

    /** The first index in {@code [from, to)} (one session, sorted by start) whose start is at least {@code s}. */
    int lowerBoundStart(int from, int to, long s) {
        return lowerBound(start, from, to, s);
    }

    private static int lowerBound(long[] sorted, int from, int to, long value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
