package org.attune.core.internal.eaf;

import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Tells JAXB what the JDK parser already guarantees: its element, attribute and namespace names are interned
 * (the parser declares the SAX {@code string-interning} feature). JAXB asks only in Woodstox's terms and, not
 * hearing them, wraps the stream in its InterningXmlVisitor, which calls {@code String.intern()} on every name
 * of every element again. Nothing else changes: events and names pass through as they are.
 */
final class InternedNames extends StreamReaderDelegate {

    private static final String STRING_INTERNING = "http://xml.org/sax/features/string-interning";
    private static final String INTERN_NAMES = "org.codehaus.stax2.internNames";
    private static final String INTERN_NS_URIS = "org.codehaus.stax2.internNsUris";

    private final boolean interned;

    InternedNames(XMLStreamReader reader) {
        super(reader);
        this.interned = Boolean.TRUE.equals(property(reader, STRING_INTERNING));
    }

    @Override
    public Object getProperty(String name) {
        if (interned && (INTERN_NAMES.equals(name) || INTERN_NS_URIS.equals(name))) {
            return Boolean.TRUE;
        }
        return super.getProperty(name);
    }

    private static Object property(XMLStreamReader reader, String name) {
        try {
            return reader.getProperty(name);
        } catch (IllegalArgumentException e) {
            return null; // a parser that does not know the property makes no promise
        }
    }
}
