package org.attune.core.internal.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Refuses a document type declaration outright. The factory already ignores DTDs and external entities, but an
 * ignored DOCTYPE makes the parser report its entities as "referenced, but not declared", which misleads;
 * EAF files never have one, so a file with a DOCTYPE is refused with a message that says why.
 */
public final class NoDoctype extends StreamReaderDelegate {

    /**
     * The failure for a file with a DOCTYPE, located where the parser finished the declaration (the EAF reader
     * places it more exactly, at the declaration's start).
     */
    public static final class Refused extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        Refused(javax.xml.stream.Location at) {
            super("the file has a DOCTYPE declaration; ELAN and Attune files have none, and Attune does not read"
                    + " DTDs or entities", at);
        }
    }

    public NoDoctype(XMLStreamReader reader) {
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

    private int check(int event) throws XMLStreamException {
        if (event == XMLStreamConstants.DTD) {
            throw new Refused(getLocation());
        }
        return event;
    }
}
