package org.attune.core.internal.eaf;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;

/**
 * Whether a value is an XML name without colon (an NCName), the lexical space of xsd:ID and xsd:IDREF, by the
 * same rules as the JDK's schema validator that checks what Attune writes: ASCII names directly, others by the
 * JDK's DOM, whose name check uses the validator's character tables (XML 1.0 before its fifth edition, which
 * differ from the fifth edition's for many non-ASCII characters).
 */
final class XmlNames {

    private static final ThreadLocal<Document> DOM = ThreadLocal.withInitial(XmlNames::newDocument);

    private XmlNames() {
    }

    static boolean isNcName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            boolean other = c >= '0' && c <= '9' || c == '-' || c == '.';
            if (!letter && (i == 0 || !other)) {
                return false;
            }
        }
        if (ascii) {
            return true;
        }
        if (s.indexOf(':') >= 0) {
            return false;
        }
        try {
            DOM.get().createElement(s);
            return true;
        } catch (DOMException e) {
            return false;
        }
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no DOM implementation", e);
        }
    }
}
