package org.attune.core.internal.eaf;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stax.StAXSource;
import javax.xml.validation.Validator;
import org.attune.core.eaf.EafFormatException;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.eaf.Problem;
import org.attune.core.internal.jaxb.ANNOTATIONDOCUMENT;
import org.attune.core.internal.jaxb.CVRESOURCE;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.VocabularyResource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes EAF documents and ECV vocabulary files through the JAXB binding of the official
 * EAF 3.0 schema. The only class of this package that the public API calls.
 */
public final class EafCodec {

    private static final String OUTPUT = "<output>";

    private EafCodec() {
    }

    // ------------------------------------------------------------------ reading

    /** Reads an EAF (or ETF) document. */
    public static EafReadResult readDocument(byte[] bytes, String source) throws EafFormatException {
        Parsed parsed = unmarshal(bytes, source);
        if (!(parsed.root instanceof ANNOTATIONDOCUMENT doc)) {
            throw new EafFormatException(Problem.error(source, 1, 1, "not an ELAN annotation document: the root element is "
                    + parsed.rootName + ", expected ANNOTATION_DOCUMENT"));
        }
        AnnotationDocument document = new FromJaxb(parsed.report, parsed.legacy).document(doc);
        if (parsed.report.hasErrors()) {
            throw new EafFormatException(parsed.report.problems());
        }
        String format = doc.getFORMAT();
        return new EafReadResult(document, format == null ? "3.0" : format, parsed.report.warnings());
    }

    /** Reads an ECV file (root {@code CV_RESOURCE}). */
    public static VocabularyResource readVocabularies(byte[] bytes, String source) throws EafFormatException {
        Parsed parsed = unmarshal(bytes, source);
        if (!(parsed.root instanceof CVRESOURCE res)) {
            throw new EafFormatException(Problem.error(source, 1, 1, "not an ELAN vocabulary file: the root element is "
                    + parsed.rootName + ", expected CV_RESOURCE"));
        }
        VocabularyResource resource = new FromJaxb(parsed.report, parsed.legacy).resource(res);
        if (parsed.report.hasErrors()) {
            throw new EafFormatException(parsed.report.problems());
        }
        return resource;
    }

    private record Parsed(Object root, String rootName, Report report, List<LegacyCapture.Vocabulary> legacy) {
    }

    private static Parsed unmarshal(byte[] bytes, String source) throws EafFormatException {
        if (bytes.length == 0) {
            throw new EafFormatException(Problem.error(source, 1, 1, "the file is empty"));
        }
        Report report = new Report(source, bytes);
        XMLStreamReader raw;
        try {
            raw = Xml.reader(bytes);
        } catch (XMLStreamException e) {
            throw new EafFormatException(xmlProblem(source, e));
        }
        LegacyCapture capture = new LegacyCapture(raw);
        try {
            Unmarshaller u = Xml.context().createUnmarshaller();
            u.setEventHandler(event -> {
                onEvent(report, event);
                return true;
            });
            Object root = u.unmarshal(capture);
            if (root instanceof JAXBElement<?> element) {
                root = element.getValue();
            }
            String rootName = root == null ? "?" : root.getClass().getSimpleName();
            return new Parsed(root, rootName, report, capture.vocabularies);
        } catch (UnmarshalException e) {
            throw new EafFormatException(unmarshalProblem(source, e, bytes));
        } catch (JAXBException e) {
            throw new EafFormatException(Problem.error(source, 0, 0, "cannot read: " + e));
        } finally {
            try {
                raw.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over bytes cannot lose anything
            }
        }
    }

    private static void onEvent(Report report, ValidationEvent event) {
        String message = event.getMessage() == null ? "invalid content" : event.getMessage();
        ValidationEventLocator at = event.getLocator();
        int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
        if (message.startsWith("Errors limit exceeded")) {
            return; // JAXB's note that it stops reporting repeated events (e.g. many pre-2.8 CV_ENTRY elements)
        }
        if (message.startsWith("unexpected element")) {
            String name = between(message, "local:\"", "\"");
            if ("CV_ENTRY".equals(name)) {
                return; // a pre-2.8 vocabulary entry, converted from what LegacyCapture recorded
            }
            report.at(Problem.Severity.WARNING, line, column, "ignored unknown element <" + name + ">");
            return;
        }
        Throwable cause = event.getLinkedException();
        if (cause instanceof NumberFormatException) {
            message = "not a number: " + cause.getMessage().replace("For input string: ", "");
        }
        report.at(Problem.Severity.ERROR, line, column, message);
    }

    private static Problem unmarshalProblem(String source, UnmarshalException e, byte[] bytes) {
        Throwable linked = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        if (linked instanceof XMLStreamException xse) {
            return xmlProblem(source, xse);
        }
        if (linked instanceof SAXParseException spe) {
            return Problem.error(source, spe.getLineNumber(), spe.getColumnNumber(), clean(spe.getMessage()));
        }
        String message = e.getMessage() != null ? e.getMessage() : linked != null ? linked.getMessage() : "unreadable";
        if (message.startsWith("unexpected element")) {
            return Problem.error(source, 1, 1, "not an ELAN file: the root element is <"
                    + between(message, "local:\"", "\"") + ">, expected ANNOTATION_DOCUMENT or CV_RESOURCE");
        }
        int[] pos = rootPosition(bytes);
        return Problem.error(source, pos[0], pos[1], clean(message));
    }

    private static int[] rootPosition(byte[] bytes) {
        return new Positions(bytes).find("ANNOTATION_DOCUMENT", null);
    }

    static Problem xmlProblem(String source, XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // StAX prefixes messages with "ParseError at [row,col]:[r,c]\nMessage: "
        int m = message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        return Problem.error(source, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                "malformed XML: " + clean(message));
    }

    private static String clean(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }

    private static String between(String s, String from, String to) {
        int a = s.indexOf(from);
        if (a < 0) {
            return "?";
        }
        int b = s.indexOf(to, a + from.length());
        return b < 0 ? s.substring(a + from.length()) : s.substring(a + from.length(), b);
    }

    // ------------------------------------------------------------------ writing

    /** The EAF 3.0 bytes of a document; with {@code validate}, checked against the official schema. */
    public static byte[] writeDocument(AnnotationDocument document, boolean validate) throws EafFormatException {
        ANNOTATIONDOCUMENT j;
        try {
            j = ToJaxb.document(document);
        } catch (ToJaxb.InvalidTextException e) {
            throw new EafFormatException(Problem.error(OUTPUT, 0, 0, "cannot write: " + e.getMessage()));
        }
        byte[] bytes = marshal(j);
        if (validate) {
            requireValid(bytes);
        }
        return bytes;
    }

    /** The bytes of an ECV file, checked against the official schema. */
    public static byte[] writeVocabularies(VocabularyResource resource) throws EafFormatException {
        CVRESOURCE j;
        try {
            j = ToJaxb.resource(resource);
        } catch (ToJaxb.InvalidTextException e) {
            throw new EafFormatException(Problem.error(OUTPUT, 0, 0, "cannot write: " + e.getMessage()));
        }
        byte[] bytes = marshal(j);
        requireValid(bytes);
        return bytes;
    }

    private static byte[] marshal(Object root) throws EafFormatException {
        try {
            Marshaller m = Xml.context().createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            m.setProperty(Marshaller.JAXB_NO_NAMESPACE_SCHEMA_LOCATION, org.attune.core.eaf.Eaf.SCHEMA_LOCATION);
            m.setProperty("org.glassfish.jaxb.characterEscapeHandler", ExactEscapes.INSTANCE);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            m.marshal(root, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new EafFormatException(Problem.error(OUTPUT, 0, 0, "cannot write: " + e));
        }
    }

    private static void requireValid(byte[] bytes) throws EafFormatException {
        List<Problem> problems = schemaProblems(bytes, OUTPUT, "3.0");
        if (!problems.isEmpty()) {
            List<Problem> refused = new ArrayList<>();
            refused.add(Problem.error(OUTPUT, 0, 0, "refusing to write a file that is not valid EAF 3.0"));
            refused.addAll(problems);
            throw new EafFormatException(refused);
        }
    }

    // ------------------------------------------------------------------ validation

    /** Everything wrong with a file (see {@link org.attune.core.eaf.Eaf#validate}). */
    public static List<Problem> validate(byte[] bytes, String source) {
        List<Problem> out = new ArrayList<>();
        String[] root;
        try {
            root = peekRoot(bytes);
        } catch (XMLStreamException e) {
            out.add(xmlProblem(source, e));
            return out;
        }
        boolean vocabulary = "CV_RESOURCE".equals(root[0]);
        boolean wellFormed = true;
        try {
            if (vocabulary) {
                readVocabularies(bytes, source);
            } else {
                out.addAll(readDocument(bytes, source).warnings());
            }
        } catch (EafFormatException e) {
            out.addAll(e.problems());
            wellFormed = e.problems().stream().noneMatch(p -> p.message().startsWith("malformed XML")
                    || p.message().startsWith("not an ELAN") || p.message().equals("the file is empty"));
        }
        if (wellFormed) {
            String version = vocabulary ? "3.0" : root[1] == null ? "3.0" : root[1];
            if (!Xml.hasSchema(version)) {
                out.add(Problem.warning(source, 1, 1, "unknown EAF format '" + version + "'; checked against EAF 3.0"));
                version = "3.0";
            }
            out.addAll(schemaProblems(bytes, source, version));
        }
        return out;
    }

    /** The root element's name and FORMAT attribute. */
    private static String[] peekRoot(byte[] bytes) throws XMLStreamException {
        if (bytes.length == 0) {
            throw new XMLStreamException("the file is empty");
        }
        XMLStreamReader r = Xml.reader(bytes);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return new String[] {r.getLocalName(), r.getAttributeValue(null, "FORMAT")};
                }
            }
            throw new XMLStreamException("no root element", r.getLocation());
        } finally {
            r.close();
        }
    }

    /** Violations of the official schema of {@code version}, with positions. */
    static List<Problem> schemaProblems(byte[] bytes, String source, String version) {
        List<Problem> out = new ArrayList<>();
        String prefix = OUTPUT.equals(source) ? "" : "not valid EAF " + version + ": ";
        try {
            Validator v = Xml.schema(version).newValidator();
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // schema warnings are not problems of the file
                }

                @Override
                public void error(SAXParseException e) {
                    out.add(Problem.error(source, e.getLineNumber(), e.getColumnNumber(), prefix + clean(e.getMessage())));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            v.validate(new StAXSource(Xml.reader(bytes)));
        } catch (XMLStreamException e) {
            out.add(xmlProblem(source, e));
        } catch (SAXException | IOException e) {
            if (out.isEmpty()) {
                out.add(Problem.error(source, 0, 0, prefix + clean(e.getMessage())));
            }
        }
        return out;
    }

    /** Reads bytes back for tests: the document, or the exception. */
    static AnnotationDocument reread(byte[] bytes) throws EafFormatException {
        return readDocument(bytes, "<reread>").document();
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
