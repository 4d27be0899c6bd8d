package org.attune.core.internal.eaf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where elements are in a file, found by a second pass over its bytes only when a problem must be
 * reported (so reading a good file pays nothing for positions), and only as far into the file as the
 * question needs (a repair warning about the header costs a few lines, not the whole file). A position is the line and column of the
 * {@code <} that opens the element's start tag.
 *
 * <p>StAX only says where the parser is after an event, and that is one character past the {@code <} after
 * text (the parser has read it to see the text end) but exactly at it after a tag. So the pass records that
 * location for each start tag, and the few positions a report needs are made exact by looking for the tag in
 * the text itself.
 */
final class Positions {

    private static final Set<String> ID_ATTRIBUTES = Set.of("TIER_ID", "ANNOTATION_ID", "TIME_SLOT_ID",
            "LINGUISTIC_TYPE_ID", "CV_ID", "LINK_SET_ID", "REF_LINK_ID", "EXT_REF_ID", "LANG_ID", "LEX_REF_ID",
            "LANGUAGE_CODE", "STEREOTYPE", "CVE_ID", "MEDIA_URL", "RELATIVE_MEDIA_URL", "LINK_URL");

    /** An element's start tag: its local name and the line and column of its {@code <}. */
    record Start(String name, int line, int column) {
    }

    /** A start tag as the pass saw it: the qualified name, and the location after the event before it. */
    private record Seen(String name, String qname, int line, int column) {
        boolean before(int atLine, int atColumn) {
            return line < atLine || line == atLine && column < atColumn;
        }
    }

    private final byte[] bytes;
    private final Map<String, List<Seen>> index = new HashMap<>();
    private final List<Seen> starts = new ArrayList<>();
    private final Deque<Seen> open = new ArrayDeque<>();
    /** The elements open where the pass stopped at a well-formedness error, innermost last; empty otherwise. */
    private final Deque<Seen> openAtError = new ArrayDeque<>();
    private String encoding;
    private SourceText text;
    /** The pass, started on the first question and continued only as far as a question needs. */
    private XMLStreamReader reader;
    private Location previous;
    private boolean done;

    Positions(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The line and column of the {@code occurrence}-th (0-based) element {@code element} whose id attribute is
     * {@code id} ({@code null} id: the element itself), or {0, 0} when not found.
     */
    int[] find(String element, String id, int occurrence) {
        String key = key(element, id);
        List<Seen> found = index.get(key);
        while ((found == null || found.size() <= occurrence) && step()) {
            found = index.get(key);
        }
        if (found == null || found.isEmpty()) {
            return new int[] {0, 0};
        }
        Start s = exact(found.get(Math.min(occurrence, found.size() - 1)));
        return new int[] {s.line(), s.column()};
    }

    int[] find(String element, String id) {
        return find(element, id, 0);
    }

    /** The first element of the file (the root), if the file has one. */
    Optional<Start> root() {
        while (starts.isEmpty() && step()) {
            // read up to the root's start tag
        }
        return starts.isEmpty() ? Optional.empty() : Optional.of(exact(starts.get(0)));
    }

    /**
     * The element whose start tag holds a location the parser reported while on it (JAXB and the parser report
     * the end of the start tag): the last element that starts before the location.
     */
    Optional<Start> elementAt(int line, int column) {
        while ((starts.isEmpty() || starts.get(starts.size() - 1).before(line, column)) && step()) {
            // read until a start tag at or after the location, or the end
        }
        // starts are in document order: the last one before the location, by binary search (a file with many
        // problems asks this once per problem)
        int lo = 0;
        int hi = starts.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts.get(mid).before(line, column)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? Optional.empty() : Optional.of(exact(starts.get(lo - 1)));
    }

    /**
     * For a well-formedness error found at an end tag or at the end of the file: the innermost element that was
     * still open there, which is the one that lacks its end tag.
     */
    Optional<Start> unclosedAt(int line, int column) {
        while (step()) {
            // the whole pass: the elements still open where it fails
        }
        if (openAtError.isEmpty()) {
            return Optional.empty();
        }
        SourceText t = text();
        int at = t.index(line, column);
        // the parser reports a mismatched end tag right after its "</", and a missing one at the end of the text
        boolean atEndTag = t.endsAt("</", at);
        boolean atEnd = t.indexOf("<", at) < 0;
        return atEndTag || atEnd ? Optional.of(exact(openAtError.peekLast())) : Optional.empty();
    }

    /** The line and column of the first occurrence of {@code markup} in the text, or {1, 1}. */
    int[] firstOccurrence(String markup) {
        SourceText t = text();
        int at = t.indexOf(markup, 0);
        return at < 0 ? new int[] {1, 1} : t.lineColumn(at);
    }

    private Start exact(Seen seen) {
        SourceText t = text();
        int at = t.indexOfTag(seen.qname(), t.index(seen.line(), seen.column()) - 1);
        if (at < 0) {
            return new Start(seen.name(), seen.line(), seen.column());
        }
        int[] lc = t.lineColumn(at);
        return new Start(seen.name(), lc[0], lc[1]);
    }

    private SourceText text() {
        if (text == null) {
            if (reader == null && !done) {
                step(); // opening the pass tells the encoding
            }
            text = SourceText.of(bytes, encoding);
        }
        return text;
    }

    private static String key(String element, String id) {
        return id == null ? element : element + '\u0000' + id;
    }

    /** Reads one more event of the pass, recording start tags; false when the pass has ended. */
    private boolean step() {
        if (done) {
            return false;
        }
        try {
            if (reader == null) {
                reader = Xml.reader(bytes);
                encoding = reader.getEncoding();
                previous = reader.getLocation();
            }
            if (!reader.hasNext()) {
                finish();
                return false;
            }
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                record(reader);
            } else if (event == XMLStreamConstants.END_ELEMENT && !open.isEmpty()) {
                open.removeLast();
            }
            previous = reader.getLocation();
            return true;
        } catch (XMLStreamException e) {
            // positions are a courtesy: a file that fails here was already reported; keep what was open
            openAtError.addAll(open);
            finish();
            return false;
        }
    }

    private void record(XMLStreamReader r) {
        String name = r.getLocalName();
        String prefix = r.getPrefix();
        Seen start = new Seen(name, prefix == null || prefix.isEmpty() ? name : prefix + ":" + name,
                previous.getLineNumber(), previous.getColumnNumber());
        starts.add(start);
        open.addLast(start);
        index.computeIfAbsent(name, k -> new ArrayList<>()).add(start);
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (ID_ATTRIBUTES.contains(r.getAttributeLocalName(i))) {
                index.computeIfAbsent(key(name, r.getAttributeValue(i)), k -> new ArrayList<>()).add(start);
            }
        }
    }

    private void finish() {
        done = true;
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release for a reader over bytes
            }
        }
    }
}
