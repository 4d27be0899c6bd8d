package org.attune.core.internal.xml;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way Attune opens XML for reading: StAX without DTDs and external entities (so XXE and entity-expansion
 * bombs are refused with a position), and a DOCTYPE refused outright ({@link NoDoctype}). Plus the small text
 * helpers that turn parser messages into ones for users. Shared by the EAF, ECV and scheme-file readers.
 */
public final class SafeXml {

    private static final ThreadLocal<XMLInputFactory> INPUT = ThreadLocal.withInitial(SafeXml::newInputFactory);

    private SafeXml() {
    }

    private static XMLInputFactory newInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** A hardened StAX reader over bytes (the encoding is detected from the BOM and declaration). */
    public static XMLStreamReader reader(byte[] bytes) throws XMLStreamException {
        return new NoDoctype(INPUT.get().createXMLStreamReader(new ByteArrayInputStream(bytes)));
    }

    /** Closes a reader over bytes (which cannot lose anything); null is fine. */
    public static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over bytes cannot lose anything
            }
        }
    }

    /** A parser message on one line, without runs of blanks. */
    public static String clean(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }

    /** The text between {@code from} and the next {@code to} in {@code s} (JAXB names elements this way). */
    public static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        if (a < 0) {
            return "?";
        }
        int b = s.indexOf(to, a + from.length());
        return b < 0 ? s.substring(a + from.length()) : s.substring(a + from.length(), b);
    }
}
