package org.attune.core.internal.eaf;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Refuses a document type declaration outright. The factory already ignores DTDs and external entities, but an
 * ignored DOCTYPE makes the parser report its entities as "referenced, but not declared", which misleads;
 * EAF files never have one, so a file with a DOCTYPE is refused with a message that says why.
 */
final class NoDoctype extends StreamReaderDelegate {

    /** The failure for a file with a DOCTYPE (positioned at the declaration by {@link EafCodec}). */
    static final class Refused extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        Refused() {
            super("the file has a DOCTYPE declaration; EAF files have none, and Attune does not read DTDs or entities");
        }
    }

    NoDoctype(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        return check(super.next());
    }

    @Override
    public int nextTag() throws XMLStreamException {
        return check(super.nextTag());
    }

    private static int check(int event) throws XMLStreamException {
        if (event == XMLStreamConstants.DTD) {
            throw new Refused();
        }
        return event;
    }
}
