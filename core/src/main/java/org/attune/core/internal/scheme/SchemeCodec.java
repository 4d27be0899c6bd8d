package org.attune.core.internal.scheme;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.attune.core.eaf.Problem;
import org.attune.core.internal.xml.SafeXml;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeFormatException;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes scheme files (root {@code <scheme>}, see {@code docs/schemes.md}) through JAXB over a
 * hardened StAX reader: no DTDs, no external entities. The only class of this package the public API calls.
 */
public final class SchemeCodec {

    /**
     * What a scheme file holds.
     *
     * @param scheme    the scheme
     * @param isDefault whether the file marks this version as the one a bare scheme id means
     */
    public record Loaded(CodingScheme scheme, boolean isDefault) {
    }

    private static final byte[] HEADER = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!-- An Attune coding scheme; the format is described in docs/schemes.md. -->")
            .getBytes(StandardCharsets.UTF_8);

    private SchemeCodec() {
    }

    private static final class ContextHolder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(SchemeXml.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the JAXB context for scheme files", e);
            }
        }
    }

    /** Reads a scheme file; {@code source} names it in error messages. */
    public static Loaded read(byte[] bytes, String source) throws SchemeFormatException {
        if (bytes.length == 0) {
            throw new SchemeFormatException(Problem.error(source, 1, 1, "the file is empty"));
        }
        Problems problems = new Problems(source);
        SchemeXml parsed = unmarshal(bytes, source, problems);
        Loaded loaded = new FromXml(problems).convert(parsed);
        problems.throwIfAny();
        return loaded;
    }

    private static SchemeXml unmarshal(byte[] bytes, String source, Problems problems) throws SchemeFormatException {
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.reader(bytes);
            Unmarshaller u = ContextHolder.CONTEXT.createUnmarshaller();
            u.setEventHandler(event -> {
                onEvent(problems, event);
                return true;
            });
            Object root = u.unmarshal(reader);
            if (root instanceof JAXBElement<?> element) {
                root = element.getValue();
            }
            if (!(root instanceof SchemeXml scheme)) {
                throw new SchemeFormatException(Problem.error(source, 1, 1, "not a scheme file: the root element must be <scheme>"));
            }
            return scheme;
        } catch (XMLStreamException e) {
            throw new SchemeFormatException(xmlProblem(source, e));
        } catch (UnmarshalException e) {
            throw new SchemeFormatException(unmarshalProblem(source, e));
        } catch (JAXBException e) {
            throw new SchemeFormatException(Problem.error(source, 0, 0, "cannot read: " + e));
        } finally {
            SafeXml.closeQuietly(reader);
        }
    }

    private static void onEvent(Problems problems, ValidationEvent event) {
        String message = event.getMessage() == null ? "invalid content" : event.getMessage();
        ValidationEventLocator at = event.getLocator();
        int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
        if (message.startsWith("Errors limit exceeded")) {
            return;
        }
        if (message.startsWith("unexpected element")) {
            message = "unknown element <" + SafeXml.between(message, "local:\"", "\"")
                    + "> (a scheme holds <title>, <description>, <category>, <rating> and <layer>; a layer holds <code>)";
        }
        problems.at(line, column, SafeXml.clean(message));
    }

    private static Problem unmarshalProblem(String source, UnmarshalException e) {
        Throwable linked = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        if (linked instanceof XMLStreamException xse) {
            return xmlProblem(source, xse);
        }
        int line = 0;
        int column = 0;
        String message = e.getMessage() != null ? e.getMessage() : linked != null ? linked.getMessage() : null;
        if (linked instanceof SAXParseException spe) {
            line = Math.max(spe.getLineNumber(), 0);
            column = Math.max(spe.getColumnNumber(), 0);
            message = spe.getMessage();
        }
        if (message != null && message.startsWith("unexpected element")) {
            // JAXB refuses a root element it does not know
            return Problem.error(source, 1, 1, "not a scheme file: the root element is <"
                    + SafeXml.between(message, "local:\"", "\"") + ">, expected <scheme>");
        }
        return Problem.error(source, line, column, message == null ? "unreadable scheme file" : SafeXml.clean(message));
    }

    private static Problem xmlProblem(String source, XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int m = message.indexOf("Message: "); // StAX prefixes "ParseError at [row,col]:[r,c]\nMessage: "
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        return Problem.error(source, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                "malformed XML: " + SafeXml.clean(message));
    }

    /** The bytes of a scheme file (UTF-8, indented). */
    public static byte[] write(CodingScheme scheme, boolean isDefault) {
        try {
            Marshaller m = ContextHolder.CONTEXT.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            out.write(HEADER);
            m.marshal(ToXml.scheme(scheme, isDefault), out);
            return out.toByteArray();
        } catch (JAXBException | IOException e) {
            throw new IllegalStateException("cannot write scheme " + scheme.ref() + ": " + e, e);
        }
    }



}
