package org.attune.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The events of the given documents (index-wide ids, in any order, repeats allowed). */
    static Map<Integer, Event> events(IndexReader reader, int[] docs) throws IOException {
        int[] sorted = Arrays.stream(docs).sorted().distinct().toArray();
        Map<Integer, Event> out = new HashMap<>(sorted.length * 2);
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        Leaf leaf = null;
        int docBase = 0;
        for (int doc : sorted) {
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                docBase = leaves.get(li).docBase;
                leaf = new Leaf(leaves.get(li).reader());
            }
            out.put(doc, leaf.event(doc - docBase));
        }
        return out;
    }
}
