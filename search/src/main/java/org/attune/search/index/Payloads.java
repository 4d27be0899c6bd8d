package org.attune.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.attune.search.event.Event;

/** Reads events back from their encoded doc values (or, for the rare huge one, its stored field). */
final class Payloads {
    private Payloads() {
    }

    /** The events of documents of one segment, read in increasing document order. */
    static final class Leaf {
        private final LeafReader reader;
        private final BinaryDocValues values;
        private StoredFields stored;

        Leaf(LeafReader reader) throws IOException {
            this.reader = reader;
            this.values = reader.getBinaryDocValues(Fields.PAYLOAD);
        }

        /** The event of document {@code doc} (segment-relative; not below the previous call's). */
        Event event(int doc) throws IOException {
            if (values == null || !values.advanceExact(doc)) {
                throw new IOException("index damaged: event document " + doc + " has no payload");
            }
            BytesRef b = values.binaryValue();
            if (b.length == 1 && b.bytes[b.offset] == Fields.BIG) {
                if (stored == null) {
                    stored = reader.storedFields();
                }
                b = stored.document(doc).getBinaryValue(Fields.BIG_PAYLOAD);
            }
            return Fields.decode(b);
        }
    }

    /** Events by document id: read once, in document order. */
    static final class Loaded {
        private final int[] docs;
        private final Event[] events;

        private Loaded(int[] docs, Event[] events) {
            this.docs = docs;
            this.events = events;
        }

        Event get(int doc) {
            return events[Arrays.binarySearch(docs, doc)];
        }
    }

    /** The events of the given documents (index-wide ids, in any order, repeats allowed). */
    static Loaded events(IndexReader reader, int[] docs) throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        sorted = Arrays.copyOf(sorted, n);
        Event[] events = new Event[n];
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        Leaf leaf = null;
        int docBase = 0;
        for (int i = 0; i < n; i++) {
            int doc = sorted[i];
            if (leafIndex < 0 || doc >= docBase + leaves.get(leafIndex).reader().maxDoc()) {
                leafIndex = ReaderUtil.subIndex(doc, leaves);
                docBase = leaves.get(leafIndex).docBase;
                leaf = new Leaf(leaves.get(leafIndex).reader());
            }
            events[i] = leaf.event(doc - docBase);
        }
        return new Loaded(sorted, events);
    }
}
