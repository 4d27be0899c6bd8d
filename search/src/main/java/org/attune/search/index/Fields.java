package org.attune.search.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.attune.core.profile.Role;
import org.attune.search.event.Event;
import org.attune.search.event.EventMatcher;
import org.attune.search.query.Attribute;
import org.attune.search.query.Words;

/**
 * The index's schema: one Lucene document per event and one per session file. An event document carries, per text
 * attribute {@code a}, the folded value as term {@code a} (for {@code =}) and the raw value as term {@code a.raw}
 * (for {@code ~}, by testing the regular expression against the field's terms), the words of an utterance with
 * positions (phrases), the rating as a point, and doc values for the session, canonical position, start, end and
 * utterance count the matcher joins on. Values longer than {@link #MAX_TERM_CHARS} are indexed as a hash term and
 * flagged in {@link #LONG_MASK}, so that {@code =} stays exact and {@code ~} re-checks them against the stored value.
 */
final class Fields {
    static final String KIND = "kind";
    static final String KIND_SESSION = "session";
    static final String KIND_UTTERANCE = "utterance";
    static final String KIND_EVENT = "event";

    static final String PATH = "path";
    static final String SID = "sid";
    static final String ORD = "ord";
    static final String START = "start";
    static final String START_POINT = "start.point";
    static final String END = "end";
    static final String U = "u";
    static final String LONG_MASK = "long";
    static final String LONG_ATTRIBUTES = "long.attributes";
    static final String WORDS = "words";
    static final String RATING = "rating";

    static final String SESSION_SID = "session.sid";
    static final String SIZE = "size";
    static final String MTIME = "mtime";
    static final String EVENTS = "events";
    static final String FAILURE = "failure";

    /** Longer values are indexed by hash (a term may not exceed 32,766 UTF-8 bytes; 3 bytes per char at most). */
    static final int MAX_TERM_CHARS = 2_000;
    private static final String HASHED = "\u0001#";

    /** The text attributes, indexed folded and raw. */
    static final List<Attribute> TEXT_ATTRIBUTES = List.of(Attribute.TIER, Attribute.VALUE, Attribute.ROLE,
            Attribute.SPEAKER, Attribute.TEXT, Attribute.CODE, Attribute.SCHEME, Attribute.CATEGORY, Attribute.CODER);

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

    /** The term for a value: itself, or a hash when it is too long to be a term. */
    static String term(String value) {
        if (value.length() <= MAX_TERM_CHARS && value.indexOf('\u0001') < 0) {
            return value;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HASHED + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a term stands for a long value rather than being it. */
    static boolean isHash(String term) {
        return term.startsWith(HASHED);
    }

    /** The document of one event. */
    static Document event(String path, long sid, int ord, int u, Event e) {
        Document d = new Document();
        d.add(new StringField(KIND, e.isUtterance() ? KIND_UTTERANCE : KIND_EVENT, Field.Store.NO));
        d.add(new StringField(PATH, path, Field.Store.NO));
        d.add(new NumericDocValuesField(SID, sid));
        d.add(new NumericDocValuesField(ORD, ord));
        d.add(new NumericDocValuesField(START, e.start()));
        d.add(new LongPoint(START_POINT, e.start()));
        d.add(new NumericDocValuesField(END, e.end()));
        d.add(new NumericDocValuesField(U, u));
        long longMask = 0;
        for (Attribute a : TEXT_ATTRIBUTES) {
            String v = EventMatcher.attribute(a, e);
            if (v == null) {
                continue;
            }
            d.add(new StringField(folded(a), term(EventMatcher.fold(v)), Field.Store.NO));
            if (a == Attribute.SCHEME && v.indexOf('@') >= 0) {
                d.add(new StringField(folded(a), term(EventMatcher.fold(v.substring(0, v.indexOf('@')))), Field.Store.NO));
            }
            String raw = term(v);
            d.add(new StringField(raw(a), raw, Field.Store.NO));
            if (isHash(raw)) {
                longMask |= longBit(a);
                d.add(new StringField(LONG_ATTRIBUTES, a.key(), Field.Store.NO));
            }
        }
        d.add(new NumericDocValuesField(LONG_MASK, longMask));
        if (e.text() != null) {
            d.add(new TextField(WORDS, new WordStream(Words.of(e.text()))));
        }
        if (e.rating() != null) {
            d.add(new IntPoint(RATING, e.rating()));
        }
        store(d, e);
        return d;
    }

    private static void store(Document d, Event e) {
        d.add(new StoredField("s.tier", e.tier()));
        d.add(new StoredField("s.id", e.id()));
        d.add(new StoredField("s.start", e.start()));
        d.add(new StoredField("s.end", e.end()));
        d.add(new StoredField("s.value", e.value()));
        if (e.isUtterance()) {
            d.add(new StoredField("s.speaker", e.speaker()));
            d.add(new StoredField("s.role", e.role().name()));
            if (!e.text().equals(e.value())) {
                d.add(new StoredField("s.text", e.text()));
            }
        }
        if (e.isCoding()) {
            d.add(new StoredField("s.scheme", e.scheme()));
            d.add(new StoredField("s.code", e.code()));
            d.add(new StoredField("s.category", e.category()));
            d.add(new StoredField("s.coder", e.coder()));
            if (e.rating() != null) {
                d.add(new StoredField("s.rating", e.rating()));
            }
        }
    }

    /** The event stored in document {@code doc}. */
    static Event load(StoredFields stored, int doc) throws java.io.IOException {
        Document d = stored.document(doc);
        String value = d.get("s.value");
        String roleName = d.get("s.role");
        Role role = roleName == null ? null : Role.valueOf(roleName);
        String text = role == null ? null : d.get("s.text") != null ? d.get("s.text") : value;
        IndexableField rating = d.getField("s.rating");
        return new Event(d.get("s.tier"), d.get("s.id"), d.getField("s.start").numericValue().longValue(),
                d.getField("s.end").numericValue().longValue(), value, d.get("s.speaker"), role, text,
                d.get("s.scheme"), d.get("s.code"), d.get("s.category"),
                rating == null ? null : rating.numericValue().intValue(), d.get("s.coder"));
    }

    /** The stored raw value of a text attribute of document {@code doc}. */
    static String storedRaw(StoredFields stored, int doc, Attribute a) throws java.io.IOException {
        return EventMatcher.attribute(a, load(stored, doc));
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
