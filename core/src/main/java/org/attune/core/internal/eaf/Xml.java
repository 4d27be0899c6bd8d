package org.attune.core.internal.eaf;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.attune.core.internal.jaxb.ANNOTATIONDOCUMENT;
import org.attune.core.internal.xml.NoDoctype;
import org.attune.core.internal.xml.SafeXml;
import org.attune.core.internal.jaxb.CVRESOURCE;
import org.xml.sax.SAXException;

/** Shared, hardened XML machinery: one JAXB context, StAX readers without DTDs, cached schemas. */
final class Xml {

    /** The EAF schema versions shipped as resources (the official files from ELAN 6.9). */
    static final String[] SCHEMA_VERSIONS = {"2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "3.0"};

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Xml() {
    }

    private static final class ContextHolder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(ANNOTATIONDOCUMENT.class, CVRESOURCE.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the JAXB context for EAF", e);
            }
        }
    }

    /** The JAXB context for EAF documents and CV resources (created once; about a quarter of a second). */
    static JAXBContext context() {
        return ContextHolder.CONTEXT;
    }

    /** A hardened StAX reader over bytes that refuses a DOCTYPE with {@link NoDoctype.Refused}. */
    static XMLStreamReader reader(byte[] bytes) throws XMLStreamException {
        return SafeXml.reader(bytes);
    }

    /** The official schema of an EAF version, or the 3.0 schema when the version is unknown. */
    static Schema schema(String version) {
        String v = java.util.Arrays.asList(SCHEMA_VERSIONS).contains(version) ? version : "3.0";
        return SCHEMAS.computeIfAbsent(v, Xml::loadSchema);
    }

    /** Whether an official schema of this version is shipped. */
    static boolean hasSchema(String version) {
        return java.util.Arrays.asList(SCHEMA_VERSIONS).contains(version);
    }

    private static Schema loadSchema(String version) {
        URL url = Xml.class.getResource("/org/attune/core/eaf/EAFv" + version + ".xsd");
        if (url == null) {
            throw new IllegalStateException("schema EAFv" + version + ".xsd is missing from the classpath");
        }
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load schema EAFv" + version + ".xsd: " + e.getMessage(), e);
        }
    }
}
