package org.attune.core.internal.eaf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Watches the event stream that JAXB pulls and records what the EAF 3.0 binding cannot hold: the
 * monolingual {@code CV_ENTRY} elements and the {@code DESCRIPTION} attribute of
 * {@code CONTROLLED_VOCABULARY} of files older than EAF 2.8 (the 3.0 classes would drop them silently).
 * The stream itself is passed on unchanged, so positions in error messages stay right. It also checks each start
 * tag for the attributes the schema requires ({@link SchemaAttributes}).
 */
final class LegacyCapture extends StreamReaderDelegate {

    /** A vocabulary as seen in the stream, with what only old formats have. */
    static final class Vocabulary {
        final String id;
        final String description;
        final List<Entry> entries = new ArrayList<>();

        Vocabulary(String id, String description) {
            this.id = id;
            this.description = description;
        }
    }

    /** A pre-2.8 {@code CV_ENTRY}. */
    record Entry(String id, String value, String description, String extRef, int line, int column) {
    }

    /**
     * Records, from the events it is shown, the vocabularies and their pre-2.8 entries. Shared by this stream
     * wrapper (under JAXB, which sees every event) and by {@link StaxBinder} (which shows it the start and end of
     * each CONTROLLED_VOCABULARY and every event inside the elements it skips).
     */
    static final class Recorder {
        final List<Vocabulary> vocabularies = new ArrayList<>();
        private Vocabulary current;
        private StringBuilder text;
        private String entryId;
        private String entryDescription;
        private String entryExtRef;
        private int entryLine;
        private int entryColumn;

        /** Records what {@code event}, the current event of {@code r}, adds. */
        void observe(int event, XMLStreamReader r) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = r.getLocalName();
                    if ("CONTROLLED_VOCABULARY".equals(name)) {
                        current = new Vocabulary(r.getAttributeValue(null, "CV_ID"),
                                r.getAttributeValue(null, "DESCRIPTION"));
                        vocabularies.add(current);
                    } else if ("CV_ENTRY".equals(name)) {
                        text = new StringBuilder();
                        entryId = r.getAttributeValue(null, "CVE_ID");
                        entryDescription = r.getAttributeValue(null, "DESCRIPTION");
                        entryExtRef = r.getAttributeValue(null, "EXT_REF");
                        entryLine = r.getLocation().getLineNumber();
                        entryColumn = r.getLocation().getColumnNumber();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text != null) {
                        text.append(r.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = r.getLocalName();
                    if ("CV_ENTRY".equals(name) && text != null) {
                        if (current != null) {
                            current.entries.add(new Entry(entryId, text.toString(), entryDescription, entryExtRef,
                                    entryLine, entryColumn));
                        }
                        text = null;
                    } else if ("CONTROLLED_VOCABULARY".equals(name)) {
                        current = null;
                    }
                }
                default -> {
                    // nothing to record
                }
            }
        }
    }

    private final Recorder recorder = new Recorder();
    final List<Vocabulary> vocabularies = recorder.vocabularies;

    private final Report report;
    /** The open elements, innermost first: the name of one JAXB binds, "" for one it skips (and all inside it). */
    private final Deque<String> open = new ArrayDeque<>();

    /** Watches {@code reader} for JAXB, checking each start tag's required attributes into {@code report}. */
    LegacyCapture(XMLStreamReader reader, Report report) {
        super(reader);
        this.report = report;
        if (reader.getEventType() == XMLStreamConstants.START_ELEMENT) {
            started(); // JAXB starts at the root's start tag: it pulls no event for it
        }
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        observe(event);
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = super.nextTag();
        observe(event);
        return event;
    }

    /** Records the event, and checks a start tag JAXB binds against {@link SchemaAttributes}. */
    private void observe(int event) {
        recorder.observe(event, this);
        if (event == XMLStreamConstants.START_ELEMENT) {
            started();
        } else if (event == XMLStreamConstants.END_ELEMENT && !open.isEmpty()) {
            open.pop();
        }
    }

    /**
     * A start tag: checked when JAXB binds the element, that is when the schema declares it in its parent and the
     * parent is bound (as {@link StaxBinder} checks the elements it binds, and not those it skips as unknown).
     */
    private void started() {
        String ns = getNamespaceURI();
        String name = getLocalName();
        String parent = open.peek();
        boolean bound = (ns == null || ns.isEmpty()) && !"".equals(parent)
                && SchemaAttributes.binds(parent, name);
        open.push(bound ? name : "");
        if (bound) {
            SchemaAttributes.check(this, report);
        }
    }
}
