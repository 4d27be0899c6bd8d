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
import org.attune.core.internal.xml.NoDoctype;
import org.attune.core.internal.xml.SafeXml;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.VocabularyResource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes EAF documents and ECV vocabulary files through the JAXB binding of the official
 * EAF 3.0 schema. The only class of this package that the public API calls. An annotation document is bound by
 * {@link StaxBinder} (JAXB's unmarshaller was half the time of reading); ECV files, and writing, use JAXB itself.
 */
public final class EafCodec {

    private static final String OUTPUT = "<output>";
    private static final String IDENTITY_CONSTRAINT_CHECKING =
            "http://apache.org/xml/features/validation/identity-constraint-checking";

    private EafCodec() {
    }

    // ------------------------------------------------------------------ reading

    /** Reads an EAF (or ETF) document. */
    public static EafReadResult readDocument(byte[] bytes, String source) throws EafFormatException {
        return readDocument(bytes, source, Binding.STAX);
    }

    /**
     * How an {@code ANNOTATION_DOCUMENT} becomes the JAXB tree: {@link StaxBinder} (what reading uses), or JAXB's
     * unmarshaller (kept for the differential test that holds the binder equal to it). ECV files always go
     * through JAXB.
     */
    enum Binding { STAX, JAXB }

    /** Reads an EAF (or ETF) document, binding it as told. */
    static EafReadResult readDocument(byte[] bytes, String source, Binding binding) throws EafFormatException {
        Parsed parsed = parse(bytes, source, binding);
        if (!(parsed.root instanceof ANNOTATIONDOCUMENT doc)) {
            throw new EafFormatException(parsed.wrongRoot("not an ELAN annotation document", "ANNOTATION_DOCUMENT"));
        }
        AnnotationDocument document = new FromJaxb(parsed.report, parsed.legacy).document(doc);
        if (parsed.report.hasErrors()) {
            throw new EafFormatException(parsed.report.problems());
        }
        return new EafReadResult(document, doc.getFORMAT(), parsed.report.warnings());
    }

    /** Reads an ECV file (root {@code CV_RESOURCE}). */
    public static VocabularyResource readVocabularies(byte[] bytes, String source) throws EafFormatException {
        Parsed parsed = parse(bytes, source, Binding.JAXB);
        if (!(parsed.root instanceof CVRESOURCE res)) {
            throw new EafFormatException(parsed.wrongRoot("not an ELAN vocabulary file", "CV_RESOURCE"));
        }
        VocabularyResource resource = new FromJaxb(parsed.report, parsed.legacy).resource(res);
        if (parsed.report.hasErrors()) {
            throw new EafFormatException(parsed.report.problems());
        }
        return resource;
    }

    private record Parsed(Object root, Report report, List<LegacyCapture.Vocabulary> legacy) {
        /** The problem of a file whose root is the other one of the two ELAN roots. */
        Problem wrongRoot(String what, String expected) {
            String actual = root instanceof CVRESOURCE ? "CV_RESOURCE" : "ANNOTATION_DOCUMENT";
            return report.rootProblem(Problem.Severity.ERROR, what + ": the root element is <" + actual
                    + ">, expected <" + expected + ">");
        }
    }

    /**
     * The JAXB tree of a file: an {@code ANNOTATION_DOCUMENT} bound by {@link StaxBinder} (with {@code Binding.STAX}),
     * anything else (a {@code CV_RESOURCE}, or a root that is not ELAN's, which JAXB refuses) by JAXB.
     */
    private static Parsed parse(byte[] bytes, String source, Binding binding) throws EafFormatException {
        if (bytes.length == 0) {
            throw new EafFormatException(Problem.error(source, 1, 1, "the file is empty"));
        }
        Report report = new Report(source, bytes);
        XMLStreamReader raw = null;
        try {
            raw = Xml.reader(bytes);
            if (binding == Binding.STAX && atAnnotationDocument(raw)) {
                StaxBinder.Bound bound = StaxBinder.bind(raw, report);
                if (raw.hasNext()) {
                    raw.next(); // as far past the root's end tag as JAXB reads
                }
                return new Parsed(bound.document(), report, bound.legacy());
            }
            return unmarshal(raw, report);
        } catch (XMLStreamException e) {
            throw new EafFormatException(xmlProblem(report, e));
        } finally {
            SafeXml.closeQuietly(raw);
        }
    }

    /** Moves to the root's start tag and says whether it is an {@code ANNOTATION_DOCUMENT} (without namespace). */
    private static boolean atAnnotationDocument(XMLStreamReader r) throws XMLStreamException {
        while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (!r.hasNext()) {
                return false;
            }
            r.next();
        }
        String ns = r.getNamespaceURI();
        return "ANNOTATION_DOCUMENT".equals(r.getLocalName()) && (ns == null || ns.isEmpty());
    }

    /** The tree JAXB's unmarshaller makes of the stream (at its start or at the root's start tag). */
    private static Parsed unmarshal(XMLStreamReader raw, Report report) throws EafFormatException {
        LegacyCapture capture = new LegacyCapture(new InternedNames(raw), report);
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
            return new Parsed(root, report, capture.vocabularies);
        } catch (UnmarshalException e) {
            throw new EafFormatException(unmarshalProblem(report, e));
        } catch (JAXBException e) {
            throw new EafFormatException(Problem.error(report.source(), 0, 0, "cannot read: " + e));
        } catch (RuntimeException e) {
            // JAXB lets a conversion failure in an attribute escape unchecked (Long.parseLong on TIME_VALUE="1O0")
            throw new EafFormatException(conversionProblem(report, capture, e));
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
            String name = SafeXml.between(message, "local:\"", "\"");
            if ("CV_ENTRY".equals(name)) {
                return; // a pre-2.8 vocabulary entry, converted from what LegacyCapture recorded
            }
            report.atElement(Problem.Severity.WARNING, line, column, "ignored unknown element <" + name + ">");
            return;
        }
        Throwable cause = event.getLinkedException();
        if (cause instanceof NumberFormatException) {
            message = "not a number: " + cause.getMessage().replace("For input string: ", "");
        }
        report.atElement(Problem.Severity.ERROR, line, column, message);
    }

    /**
     * A value JAXB could not convert, at the element the reader is on: names the element and, when it can be
     * found by its value, the attribute.
     */
    private static Problem conversionProblem(Report report, XMLStreamReader reader, RuntimeException e) {
        String value = e instanceof NumberFormatException && e.getMessage() != null
                ? SafeXml.between(e.getMessage(), "\"", "\"") : null;
        if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            Location at = reader.getLocation();
            return Problem.error(report.source(), at.getLineNumber(), at.getColumnNumber(),
                    "cannot read: " + SafeXml.clean(String.valueOf(e.getMessage())));
        }
        String element = reader.getLocalName();
        String attribute = null;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeValue(i).equals(value)) {
                attribute = reader.getAttributeLocalName(i);
                break;
            }
        }
        String message = attribute != null
                ? "<" + element + "> has " + attribute + "=\"" + value + "\", which is not a valid whole number"
                : "<" + element + "> has a value that is not valid: " + SafeXml.clean(String.valueOf(e.getMessage()));
        Location at = reader.getLocation();
        return report.elementProblem(Problem.Severity.ERROR, at.getLineNumber(), at.getColumnNumber(), message);
    }

    private static Problem unmarshalProblem(Report report, UnmarshalException e) {
        Throwable linked = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        if (linked instanceof XMLStreamException xse) {
            return xmlProblem(report, xse);
        }
        String message = e.getMessage() != null ? e.getMessage() : linked != null ? linked.getMessage() : "unreadable";
        if (message.startsWith("unexpected element")) {
            // JAXB refuses a root other than ANNOTATION_DOCUMENT and CV_RESOURCE
            String local = SafeXml.between(message, "local:\"", "\"");
            String uri = message.contains("uri:\"") ? SafeXml.between(message, "uri:\"", "\"") : "";
            if (!uri.isEmpty() && (local.equals("ANNOTATION_DOCUMENT") || local.equals("CV_RESOURCE"))) {
                return report.rootProblem(Problem.Severity.ERROR, "not an ELAN file: the root element <" + local
                        + "> is in the namespace \"" + uri + "\"; EAF elements have no namespace");
            }
            return report.rootProblem(Problem.Severity.ERROR, "not an ELAN file: the root element is <"
                    + local + ">, expected <ANNOTATION_DOCUMENT> or <CV_RESOURCE>");
        }
        if (linked instanceof SAXParseException spe) {
            return report.elementProblem(Problem.Severity.ERROR, spe.getLineNumber(), spe.getColumnNumber(),
                    SafeXml.clean(spe.getMessage()));
        }
        return report.rootProblem(Problem.Severity.ERROR, SafeXml.clean(message));
    }

    /**
     * A file that is not well-formed XML (or has a DOCTYPE), at the place that needs fixing: the DOCTYPE, the
     * element that lacks its end tag, or else where the parser stopped.
     */
    static Problem xmlProblem(Report report, XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // StAX prefixes messages with "ParseError at [row,col]:[r,c]\nMessage: "
        int m = message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        if (e instanceof NoDoctype.Refused) {
            return report.textProblem("<!DOCTYPE", "refused: " + message);
        }
        int line = at == null ? 0 : at.getLineNumber();
        int column = at == null ? 0 : at.getColumnNumber();
        if (e instanceof NoDoctype.TooDeep) {
            return report.elementProblem(Problem.Severity.ERROR, line, column, message);
        }
        return report.unclosedProblem(line, column, SafeXml.clean(inWords(message)));
    }

    /**
     * The JDK's parser reports namespace errors as a message key with arguments
     * ({@code http://www.w3.org/TR/1999/REC-xml-names-19990114#ElementPrefixUnbound?p&p:NAME}): say them in words.
     */
    static String inWords(String message) {
        int hash = message.indexOf("REC-xml-names-19990114#");
        if (hash < 0) {
            return message;
        }
        String rest = message.substring(hash + "REC-xml-names-19990114#".length()).strip();
        int q = rest.indexOf('?');
        String key = q < 0 ? rest : rest.substring(0, q);
        String[] args = q < 0 ? new String[0] : rest.substring(q + 1).split("&");
        if (key.equals("ElementPrefixUnbound") && args.length >= 2) {
            return "the namespace prefix \"" + args[0] + "\" of <" + args[1] + "> is not declared";
        }
        if (key.equals("AttributePrefixUnbound") && args.length >= 3) {
            return "the namespace prefix \"" + args[2] + "\" of the attribute " + args[1] + " on <" + args[0]
                    + "> is not declared";
        }
        return "the file breaks an XML namespace rule (" + key + (args.length > 0 ? ": " + String.join(", ", args) : "")
                + ")";
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
            requireValidDocument(bytes);
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

    /**
     * Refuses output that is not valid EAF 3.0: the official schema's structure and data types, then the
     * schema's keys and references checked by reading the output back, which must need no repair at all.
     */
    private static void requireValidDocument(byte[] bytes) throws EafFormatException {
        List<Problem> problems = new ArrayList<>(schemaProblems(bytes, OUTPUT, "3.0", false));
        if (problems.isEmpty()) {
            try {
                problems.addAll(readDocument(bytes, OUTPUT).warnings());
            } catch (EafFormatException e) {
                problems.addAll(e.problems());
            }
        }
        refuseIfAny(problems);
    }

    private static void requireValid(byte[] bytes) throws EafFormatException {
        refuseIfAny(schemaProblems(bytes, OUTPUT, "3.0"));
    }

    private static void refuseIfAny(List<Problem> problems) throws EafFormatException {
        if (!problems.isEmpty()) {
            List<Problem> refused = new ArrayList<>();
            // the headline says what is wrong: it is all that EafFormatException's message shows
            refused.add(Problem.error(OUTPUT, 0, 0, "refusing to write a file that is not valid EAF 3.0: "
                    + problems.get(0).message()));
            refused.addAll(problems);
            throw new EafFormatException(refused);
        }
    }

    // ------------------------------------------------------------------ validation

    /**
     * Everything wrong with a file (see {@link org.attune.core.eaf.Eaf#validate}): what stops it being read at
     * all; else what the reader reports (errors and repairs) and the violations of the schema of the EAF version
     * the file declares.
     */
    public static List<Problem> validate(byte[] bytes, String source) {
        return validate(bytes, source, Binding.STAX);
    }

    /** {@link #validate(byte[], String)}, binding an annotation document as told. */
    static List<Problem> validate(byte[] bytes, String source, Binding binding) {
        Parsed parsed;
        try {
            parsed = parse(bytes, source, binding);
        } catch (EafFormatException e) {
            return new ArrayList<>(e.problems()); // not well-formed, refused, or not an ELAN file
        }
        String version;
        if (parsed.root instanceof CVRESOURCE res) {
            new FromJaxb(parsed.report, parsed.legacy).resource(res);
            version = "3.0";
        } else {
            ANNOTATIONDOCUMENT doc = (ANNOTATIONDOCUMENT) parsed.root;
            new FromJaxb(parsed.report, parsed.legacy).document(doc);
            version = doc.getFORMAT();
        }
        List<Problem> out = new ArrayList<>(parsed.report.problems());
        if (!Xml.hasSchema(version)) {
            out.add(parsed.report.rootProblem(Problem.Severity.WARNING, "unknown EAF format '" + version
                    + "'; checked against EAF 3.0"));
            version = "3.0";
        }
        List<Problem> schema = schemaProblems(bytes, source, version);
        if (!out.isEmpty()) {
            // the schema's key, keyref and ID checks restate what the reader found, at worse positions (a keyref
            // is reported where its scope ends, often the end of the document): keep the reader's words only
            schema = schema.stream().filter(p -> !isIdentityCheck(p.message())).toList();
        }
        // the validator reports where a start tag ends; users look for where the element starts
        for (Problem p : schema) {
            out.add(parsed.report.elementProblem(p.severity(), p.line(), p.column(), p.message()));
        }
        return out;
    }

    private static boolean isIdentityCheck(String message) {
        String m = message.substring(message.indexOf(": ") + 2);
        return m.startsWith("cvc-identity-constraint") || m.startsWith("cvc-id.");
    }

    /** Violations of the official schema of {@code version}, with positions. */
    static List<Problem> schemaProblems(byte[] bytes, String source, String version) {
        return schemaProblems(bytes, source, version, true);
    }

    /**
     * Violations of the official schema of {@code version}. The JDK's validator checks the schema's xsd:key, unique
     * and keyref constraints in quadratic time (35 s for a file of 50,000 annotations), so it is told not to: with
     * {@code identityConstraints} they are checked by {@link IdentityConstraints} in linear time instead (or by the
     * validator, for a schema whose constraints that class does not cover); without, they are skipped, for output
     * whose uniqueness and references {@link FromJaxb} checks when it is read back.
     */
    static List<Problem> schemaProblems(byte[] bytes, String source, String version, boolean identityConstraints) {
        List<Problem> out = new ArrayList<>();
        String prefix = OUTPUT.equals(source) ? "" : "not valid EAF " + version + ": ";
        java.util.Optional<IdentityConstraints> own = identityConstraints
                ? IdentityConstraints.of(Xml.hasSchema(version) ? version : "3.0") : java.util.Optional.empty();
        try {
            Validator v = Xml.schema(version).newValidator();
            if (!identityConstraints || own.isPresent()) {
                try {
                    v.setFeature(IDENTITY_CONSTRAINT_CHECKING, false);
                } catch (org.xml.sax.SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
                    // a validator without the switch checks everything, only more slowly
                }
            }
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // schema warnings are not problems of the file
                }

                @Override
                public void error(SAXParseException e) {
                    out.add(Problem.error(source, e.getLineNumber(), e.getColumnNumber(), prefix + SafeXml.clean(e.getMessage())));
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            v.validate(new StAXSource(Xml.reader(bytes)));
            if (own.isPresent()) {
                out.addAll(own.get().check(bytes, source, prefix));
            }
        } catch (XMLStreamException e) {
            out.add(xmlProblem(new Report(source, bytes), e));
        } catch (SAXException | IOException e) {
            if (out.isEmpty()) {
                out.add(Problem.error(source, 0, 0, prefix + SafeXml.clean(e.getMessage())));
            }
        }
        return out;
    }


    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
