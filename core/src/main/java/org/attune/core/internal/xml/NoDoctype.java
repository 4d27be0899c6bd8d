package org.attune.core.internal.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Refuses a document type declaration outright. The factory already ignores DTDs and external entities, but an
 * ignored DOCTYPE makes the parser report its entities as "referenced, but not declared", which misleads;
 * EAF files never have one, so a file with a DOCTYPE is refused with a message that says why. Also bounds element
 * nesting at {@link #MAX_DEPTH}, so that a file of 200,000 nested elements ends at once instead of after minutes.
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

    /** The deepest element nesting read (EAF needs fewer than 10 levels; a deeper file is hostile or broken). */
    public static final int MAX_DEPTH = 100;

    /** The failure for elements nested deeper than {@link #MAX_DEPTH}, at the element that went too deep. */
    public static final class TooDeep extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        TooDeep(javax.xml.stream.Location at) {
            super("elements nested deeper than " + MAX_DEPTH, at);
        }
    }

    private int depth;

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
        if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
            throw new TooDeep(getLocation());
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        return event;
    }
}
