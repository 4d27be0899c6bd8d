package org.attune.core.bench;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor a reader is measured against: a bare StAX pass over the bytes with the JDK parser, configured as
 * Attune's (no DTDs, no external entities, namespace-aware, not coalescing), touching every attribute value and
 * every text, as any reader must.
 */
public final class StaxPass {

    private static final XMLInputFactory FACTORY = factory();

    private StaxPass() {
    }

    /** Reads to the end; returns a checksum of what was touched. */
    static long run(byte[] bytes) throws XMLStreamException {
        return touchAll(FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes)));
    }

    /** What a bare StAX pass does: every element name, attribute value and text; closes the reader. */
    public static long touchAll(XMLStreamReader r) throws XMLStreamException {
        long sum = 0;
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    sum += r.getLocalName().length();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        sum += r.getAttributeLocalName(i).length() + r.getAttributeValue(i).length();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS) {
                    sum += r.getText().length();
                }
            }
        } finally {
            r.close();
        }
        return sum;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }
}
