package org.attune.core.internal.eaf;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Values of the schema's simple types as the JDK's schema validator, which checks what Attune writes, judges
 * them. Whether a value is an XML name without colon (an NCName), the lexical space of xsd:ID and xsd:IDREF:
 * ASCII names directly, others by the JDK's DOM, whose name check uses the validator's character tables (XML 1.0
 * before its fifth edition, which differ from the fifth edition's for many non-ASCII characters). Whether a value
 * is an xsd:anyURI: by the validator itself, on a one-attribute document (the JDK has no other public test, and
 * its rules are its own: "a b" passes, "%zz", "[" and "#a#b" do not); a file has only a few URIs, in its header.
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

    /** Whether the JDK's validator accepts the value as an xsd:anyURI. */
    static boolean isAnyUri(String s) {
        Document d = DOM.get();
        Element e = d.createElement("u");
        e.setAttribute("v", s);
        try {
            URI_CHECK.get().validate(new DOMSource(e));
            return true;
        } catch (SAXException invalid) {
            return false;
        } catch (IOException e2) {
            throw new UncheckedIOException(e2);
        }
    }

    private static final Schema URI_SCHEMA = uriSchema();
    private static final ThreadLocal<Validator> URI_CHECK = ThreadLocal.withInitial(URI_SCHEMA::newValidator);

    private static Schema uriSchema() {
        String xsd = "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><xsd:element name=\"u\">"
                + "<xsd:complexType><xsd:attribute name=\"v\" type=\"xsd:anyURI\"/></xsd:complexType>"
                + "</xsd:element></xsd:schema>";
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true); // as Xml's schemas: nothing external
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(new StringReader(xsd)));
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK cannot make a one-attribute schema", e);
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
