package org.attune.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.IntroSorter;
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
        for (ElementQueries.Branch b : branches) {
            searcher.search(b.query(), hits.collector(searcher, b.recheck()));
        }
        hits.sortUnique();
        return hits;
    }

    private SimpleCollector collector(IndexSearcher searcher, List<Constraint> recheck) {
        StoredFields stored;
        try {
            stored = recheck.isEmpty() ? null : searcher.storedFields();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new SimpleCollector() {
            private int docBase;
            private NumericDocValues sid;
            private NumericDocValues ord;
            private NumericDocValues st;
            private NumericDocValues en;
            private NumericDocValues ut;
            private NumericDocValues mask;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                docBase = context.docBase;
                var r = context.reader();
                sid = r.getNumericDocValues(Fields.SID);
                ord = r.getNumericDocValues(Fields.ORD);
                st = r.getNumericDocValues(Fields.START);
                en = r.getNumericDocValues(Fields.END);
                ut = r.getNumericDocValues(Fields.U);
                mask = r.getNumericDocValues(Fields.LONG_MASK);
            }

            @Override
            public void collect(int d) throws IOException {
                if (!sid.advanceExact(d)) {
                    return; // a session document
                }
                if (!recheck.isEmpty() && mask.advanceExact(d) && mask.longValue() != 0
                        && !recheck(stored, docBase + d, mask.longValue(), recheck)) {
                    return;
                }
                ord.advanceExact(d);
                st.advanceExact(d);
                en.advanceExact(d);
                ut.advanceExact(d);
                add(key(sid.longValue(), ord.longValue()), st.longValue(), en.longValue(), (int) ut.longValue(), docBase + d);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        };
    }

    private static boolean recheck(StoredFields stored, int doc, long mask, List<Constraint> recheck) throws IOException {
        for (Constraint c : recheck) {
            if ((mask & Fields.longBit(c.attribute())) != 0) {
                String v = Fields.storedRaw(stored, doc, c.attribute());
                if (v == null || !c.pattern().matcher(v).find()) {
                    return false;
                }
            }
        }
        return true;
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
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key[mid] < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index in {@code [from, to)} (one session, sorted by start) whose start is at least {@code s}. */
    int lowerBoundStart(int from, int to, long s) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < s) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
