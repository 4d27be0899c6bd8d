package org.attune.core.internal.eaf;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Watches the event stream that JAXB pulls and records what the EAF 3.0 binding cannot hold: the
 * monolingual {@code CV_ENTRY} elements and the {@code DESCRIPTION} attribute of
 * {@code CONTROLLED_VOCABULARY} of files older than EAF 2.8 (the 3.0 classes would drop them silently).
 * The stream itself is passed on unchanged, so positions in error messages stay right.
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

    final List<Vocabulary> vocabularies = new ArrayList<>();
    private Vocabulary current;
    private StringBuilder text;
    private String entryId;
    private String entryDescription;
    private String entryExtRef;
    private int entryLine;
    private int entryColumn;

    LegacyCapture(XMLStreamReader reader) {
        super(reader);
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

    private void observe(int event) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                String name = getLocalName();
                if ("CONTROLLED_VOCABULARY".equals(name)) {
                    current = new Vocabulary(getAttributeValue(null, "CV_ID"), getAttributeValue(null, "DESCRIPTION"));
                    vocabularies.add(current);
                } else if ("CV_ENTRY".equals(name)) {
                    text = new StringBuilder();
                    entryId = getAttributeValue(null, "CVE_ID");
                    entryDescription = getAttributeValue(null, "DESCRIPTION");
                    entryExtRef = getAttributeValue(null, "EXT_REF");
                    entryLine = getLocation().getLineNumber();
                    entryColumn = getLocation().getColumnNumber();
                }
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                if (text != null) {
                    text.append(getText());
                }
            }
            case XMLStreamConstants.END_ELEMENT -> {
                String name = getLocalName();
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
