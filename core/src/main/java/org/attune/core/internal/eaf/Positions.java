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
 * reported (so reading a good file pays nothing for positions). A position is the line and column of the
 * {@code <} that opens the element's start tag.
 *
 * <p>StAX only says where the parser is after an event, and that is one character past the {@code <} after
 * text (the parser has read it to see the text end) but exactly at it after a tag; so each start tag is
 * looked up in the text itself, from the location after the previous event on.
 */
final class Positions {

    private static final Set<String> ID_ATTRIBUTES = Set.of("TIER_ID", "ANNOTATION_ID", "TIME_SLOT_ID",
            "LINGUISTIC_TYPE_ID", "CV_ID", "LINK_SET_ID", "REF_LINK_ID", "EXT_REF_ID", "LANG_ID", "LEX_REF_ID",
            "LANGUAGE_CODE", "STEREOTYPE", "CVE_ID", "MEDIA_URL", "RELATIVE_MEDIA_URL", "LINK_URL");

    /** An element's start tag. */
    record Start(String name, int line, int column) {
    }

    private final byte[] bytes;
    private Map<String, List<Start>> index;
    private final List<Start> starts = new ArrayList<>();
    /** The elements open where the scan stopped at a well-formedness error, innermost last; empty otherwise. */
    private final Deque<Start> openAtError = new ArrayDeque<>();
    private SourceText text;

    Positions(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The line and column of the {@code occurrence}-th (0-based) element {@code element} whose id attribute is
     * {@code id} ({@code null} id: the element itself), or {0, 0} when not found.
     */
    int[] find(String element, String id, int occurrence) {
        scanOnce();
        List<Start> found = index.get(key(element, id));
        if (found == null || found.isEmpty()) {
            return new int[] {0, 0};
        }
        Start s = found.get(Math.min(occurrence, found.size() - 1));
        return new int[] {s.line(), s.column()};
    }

    int[] find(String element, String id) {
        return find(element, id, 0);
    }

    /** The first element of the file (the root), if the file has one. */
    Optional<Start> root() {
        scanOnce();
        return starts.isEmpty() ? Optional.empty() : Optional.of(starts.get(0));
    }

    /**
     * The element whose start tag holds a location the parser reported while on it (JAXB and the parser report
     * the end of the start tag): the last element that starts before the location.
     */
    Optional<Start> elementAt(int line, int column) {
        scanOnce();
        Start found = null;
        for (Start s : starts) {
            if (s.line() > line || s.line() == line && s.column() >= column) {
                break;
            }
            found = s;
        }
        return Optional.ofNullable(found);
    }

    /**
     * For a well-formedness error found at an end tag or at the end of the file: the innermost element that was
     * still open there, which is the one that lacks its end tag.
     */
    Optional<Start> unclosedAt(int line, int column) {
        scanOnce();
        if (openAtError.isEmpty() || text == null) {
            return Optional.empty();
        }
        int at = text.index(line, column);
        // the parser reports a mismatched end tag right after its "</", and a missing one at the end of the text
        boolean atEndTag = text.endsAt("</", at);
        boolean atEnd = text.indexOf("<", at) < 0;
        return atEndTag || atEnd ? Optional.of(openAtError.peekLast()) : Optional.empty();
    }

    /** The line and column of the first occurrence of {@code markup} in the text, or {1, 1}. */
    int[] firstOccurrence(String markup) {
        scanOnce();
        SourceText t = text != null ? text : SourceText.decode(bytes, null);
        int at = t.indexOf(markup, 0);
        return at < 0 ? new int[] {1, 1} : t.lineColumn(at);
    }

    private static String key(String element, String id) {
        return id == null ? element : element + '\u0000' + id;
    }

    private void scanOnce() {
        if (index == null) {
            index = new HashMap<>();
            scan();
        }
    }

    private void scan() {
        Deque<Start> open = new ArrayDeque<>();
        XMLStreamReader r = null;
        try {
            r = Xml.reader(bytes);
            text = SourceText.decode(bytes, r.getEncoding());
            int cursor = 0;
            Location previous = r.getLocation();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getPrefix() == null || r.getPrefix().isEmpty() ? r.getLocalName()
                            : r.getPrefix() + ":" + r.getLocalName();
                    int from = Math.max(cursor, text.index(previous.getLineNumber(), previous.getColumnNumber()) - 1);
                    int at = text.indexOfTag(name, from);
                    if (at < 0) {
                        at = from;
                    }
                    cursor = at + 1;
                    int[] lc = text.lineColumn(at);
                    Start start = new Start(r.getLocalName(), lc[0], lc[1]);
                    starts.add(start);
                    open.addLast(start);
                    index.computeIfAbsent(start.name(), k -> new ArrayList<>()).add(start);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if (ID_ATTRIBUTES.contains(r.getAttributeLocalName(i))) {
                            index.computeIfAbsent(key(start.name(), r.getAttributeValue(i)), k -> new ArrayList<>())
                                    .add(start);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && !open.isEmpty()) {
                    open.removeLast();
                }
                previous = r.getLocation();
            }
        } catch (XMLStreamException e) {
            // positions are a courtesy: a file that fails here was already reported; keep what was open
            openAtError.addAll(open);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for a reader over bytes
                }
            }
        }
    }
}
