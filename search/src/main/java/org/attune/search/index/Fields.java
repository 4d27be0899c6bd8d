package org.attune.search.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.attune.core.profile.Role;
import org.attune.search.event.Event;
import org.attune.search.event.EventMatcher;
import org.attune.search.query.Attribute;
import org.attune.search.query.Words;

/**
 * The index's schema: one Lucene document per event and one per session file.
 *
 * <p>An event document carries: per text attribute {@code a} the folded value as term {@code a} (for {@code =};
 * values longer than {@link #MAX_FOLDED_CHARS} as a hash of the folded value), and for the short attributes (all but
 * {@code value} and {@code text}) the raw value as term {@code a.raw}, so that {@code ~} tests the expression against
 * the term dictionary; the words of an utterance with positions (phrases); the rating as a point; doc values with its
 * session and canonical position ({@link #KEY}), start, end and utterance count, which the matcher joins on; and the
 * whole event, compactly encoded, as binary doc values ({@link #PAYLOAD}) from which matches are read and regular
 * expressions on values are tested.
 */
final class Fields {
    static final String KIND = "kind";
    static final String KIND_SESSION = "session";
    static final String KIND_UTTERANCE = "utterance";
    static final String KIND_EVENT = "event";

    /** {@code sid << 32 | ord}: the session and the event's position in canonical order. */
    static final String KEY = "key";
    static final String KEY_POINT = "key.point";
    /**
     * Start, duration and utterance count packed in one value ({@link #pack}), so that a hit costs two doc-value
     * reads instead of four; an event that does not fit has {@link #UNPACKED} here and its values in
     * {@link #START}, {@link #END} and {@link #U}.
     */
    static final String POS = "pos";
    static final long UNPACKED = -1;
    static final String START = "start";
    static final String END = "end";
    static final String U = "u";
    static final String LONG_MASK = "long";
    static final String LONG_ATTRIBUTES = "long.attributes";
    static final String WORDS = "words";
    static final String RATING = "rating";
    static final String PAYLOAD = "payload";
    static final String BIG_PAYLOAD = "payload.big";

    static final String PATH = "session.path";
    static final String SESSION_SID = "session.sid";
    static final String SIZE = "session.size";
    static final String MTIME = "session.mtime";
    static final String EVENTS = "session.events";
    static final String FAILURE = "session.failure";

    /** Raw terms longer than this are indexed by hash (a term may not exceed 32,766 UTF-8 bytes). */
    static final int MAX_TERM_CHARS = 2_000;
    /** Folded values longer than this are indexed by hash: equality needs no more, and long terms are slow. */
    static final int MAX_FOLDED_CHARS = 64;
    private static final int MAX_PAYLOAD = 30_000;
    private static final String HASHED = "\u0001#";

    /** The attributes indexed as folded terms. */
    static final List<Attribute> FOLDED = List.of(Attribute.TIER, Attribute.VALUE, Attribute.ROLE, Attribute.SPEAKER,
            Attribute.CODE, Attribute.SCHEME, Attribute.CATEGORY, Attribute.CODER);
    /** The attributes whose distinct values are few enough to test a regular expression against each. */
    static final List<Attribute> RAW = List.of(Attribute.TIER, Attribute.ROLE, Attribute.SPEAKER, Attribute.CODE,
            Attribute.SCHEME, Attribute.CATEGORY, Attribute.CODER);

    private static final FieldType WORDS_TYPE = new FieldType();

    static {
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.setOmitNorms(true);
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        WORDS_TYPE.freeze();
    }

    private Fields() {
    }

    static String folded(Attribute a) {
        return a.key();
    }

    static String raw(Attribute a) {
        return a.key() + ".raw";
    }

    static long longBit(Attribute a) {
        return 1L << a.ordinal();
    }

    private static final int START_BITS = 27;
    private static final int DURATION_BITS = 20;
    private static final int U_BITS = 16;

    /** Start (under 37 h), duration (under 17 min) and utterance count (under 65,536) in 63 bits, or UNPACKED. */
    static long pack(long start, long end, int u) {
        long duration = end - start;
        if (start < 0 || start >= 1L << START_BITS || duration >= 1L << DURATION_BITS || u < 0 || u >= 1 << U_BITS) {
            return UNPACKED;
        }
        return start << (DURATION_BITS + U_BITS) | duration << U_BITS | u;
    }

    static long start(long pos) {
        return pos >>> (DURATION_BITS + U_BITS);
    }

    static long end(long pos) {
        return start(pos) + (pos >>> U_BITS & ((1L << DURATION_BITS) - 1));
    }

    static int u(long pos) {
        return (int) (pos & ((1L << U_BITS) - 1));
    }

    /** The term for a raw value: itself, or a hash when it is too long to be a term. */
    static String term(String value) {
        return value.length() <= MAX_TERM_CHARS && value.indexOf('\u0001') < 0 ? value : hash(value);
    }

    /** The term for a folded value: itself, or a hash when it is long. */
    static String foldedTerm(String folded) {
        return folded.length() <= MAX_FOLDED_CHARS && folded.indexOf('\u0001') < 0 ? folded : hash(folded);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HASHED + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a term stands for a long value rather than being it. */
    static boolean isHash(String term) {
        return term.startsWith(HASHED);
    }

    /** The document of one event. */
    static Document event(long sid, int ord, int u, Event e) {
        Document d = new Document();
        d.add(new StringField(KIND, e.isUtterance() ? KIND_UTTERANCE : KIND_EVENT, Field.Store.NO));
        long key = Hits.key(sid, ord);
        d.add(new NumericDocValuesField(KEY, key));
        d.add(new LongPoint(KEY_POINT, key));
        long pos = pack(e.start(), e.end(), u);
        d.add(new NumericDocValuesField(POS, pos));
        if (pos == UNPACKED) {
            d.add(new NumericDocValuesField(START, e.start()));
            d.add(new NumericDocValuesField(END, e.end()));
            d.add(new NumericDocValuesField(U, u));
        }
        for (Attribute a : FOLDED) {
            String v = EventMatcher.attribute(a, e);
            if (v != null) {
                d.add(new StringField(folded(a), foldedTerm(EventMatcher.fold(v)), Field.Store.NO));
                if (a == Attribute.SCHEME && v.indexOf('@') >= 0) {
                    String id = v.substring(0, v.indexOf('@'));
                    d.add(new StringField(folded(a), foldedTerm(EventMatcher.fold(id)), Field.Store.NO));
                }
            }
        }
        long longMask = 0;
        for (Attribute a : RAW) {
            String v = EventMatcher.attribute(a, e);
            if (v != null) {
                String raw = term(v);
                d.add(new StringField(raw(a), raw, Field.Store.NO));
                if (isHash(raw)) {
                    longMask |= longBit(a);
                    d.add(new StringField(LONG_ATTRIBUTES, a.key(), Field.Store.NO));
                }
            }
        }
        if (longMask != 0) {
            d.add(new NumericDocValuesField(LONG_MASK, longMask));
        }
        if (e.text() != null) {
            d.add(new Field(WORDS, new WordStream(Words.of(e.text())), WORDS_TYPE));
        }
        if (e.rating() != null) {
            d.add(new IntPoint(RATING, e.rating()));
        }
        BytesRef payload = encode(e);
        if (payload.length <= MAX_PAYLOAD) {
            d.add(new BinaryDocValuesField(PAYLOAD, payload));
        } else {
            d.add(new BinaryDocValuesField(PAYLOAD, new BytesRef(new byte[] {BIG})));
            d.add(new StoredField(BIG_PAYLOAD, payload));
        }
        return d;
    }

    private static final byte UTTERANCE = 1;
    private static final byte CODING = 2;
    private static final byte RATED = 4;
    /** The payload is too large for doc values and is a stored field instead. */
    static final byte BIG = 8;

    static BytesRef encode(Event e) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeByte((byte) ((e.isUtterance() ? UTTERANCE : 0) | (e.isCoding() ? CODING : 0)
                    | (e.rating() != null ? RATED : 0)));
            out.writeString(e.tier());
            out.writeString(e.id());
            out.writeVLong(e.start());
            out.writeVLong(e.end() - e.start());
            out.writeString(e.value());
            if (e.isUtterance()) {
                out.writeString(e.speaker());
                out.writeByte((byte) e.role().ordinal());
            }
            if (e.isCoding()) {
                out.writeString(e.scheme());
                out.writeString(e.code());
                out.writeString(e.category());
                out.writeString(e.coder());
                if (e.rating() != null) {
                    out.writeZInt(e.rating());
                }
            }
            return new BytesRef(out.toArrayCopy());
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    static Event decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        byte flags = in.readByte();
        String tier = in.readString();
        String id = in.readString();
        long start = in.readVLong();
        long end = start + in.readVLong();
        String value = in.readString();
        String speaker = null;
        Role role = null;
        if ((flags & UTTERANCE) != 0) {
            speaker = in.readString();
            role = Role.values()[in.readByte()];
        }
        String scheme = null;
        String code = null;
        String category = null;
        String coder = null;
        Integer rating = null;
        if ((flags & CODING) != 0) {
            scheme = in.readString();
            code = in.readString();
            category = in.readString();
            coder = in.readString();
            if ((flags & RATED) != 0) {
                rating = in.readZInt();
            }
        }
        return new Event(tier, id, start, end, value, speaker, role, role == null ? null : value, scheme, code,
                category, rating, coder);
    }

    /** The document recording one indexed (or failed) session file. */
    static Document session(String path, long sid, long size, long mtime, int events, String failure) {
        Document d = new Document();
        d.add(new StringField(KIND, KIND_SESSION, Field.Store.NO));
        d.add(new StringField(PATH, path, Field.Store.YES));
        d.add(new StoredField(SESSION_SID, sid));
        d.add(new StoredField(SIZE, size));
        d.add(new StoredField(MTIME, mtime));
        d.add(new StoredField(EVENTS, events));
        if (failure != null) {
            d.add(new StoredField(FAILURE, failure));
        }
        return d;
    }
}
