package org.attune.core.internal.xml;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
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
        checkUtf8(bytes);
        return new NoDoctype(INPUT.get().createXMLStreamReader(new ByteArrayInputStream(bytes)));
    }

    /**
     * Refuses bytes that claim UTF-8 (no BOM of another encoding, no other declared encoding) but are not, with
     * the line and column of the first bad byte. The JDK's StAX parser would report it too, but only after printing
     * {@code [Fatal Error] :-1:-1: ...} on stderr from its default error handler, which cannot be replaced.
     */
    static void checkUtf8(byte[] bytes) throws XMLStreamException {
        if (!claimsUtf8(bytes)) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                int bad = bytes[in.position()] & 0xFF;
                throw new XMLStreamException(String.format("the byte 0x%02X is not valid UTF-8, the encoding the file"
                        + " declares (save it as UTF-8, or declare its real encoding)", bad), at(line, column));
            }
            if (result.isUnderflow()) {
                return;
            }
        }
    }

    private static boolean claimsUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || bytes[0] == 0 || bytes[1] == 0)) {
            return false; // UTF-16 or UTF-32
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml") && !head.startsWith("\u00EF\u00BB\u00BF<?xml")) {
            return true;
        }
        int end = head.indexOf("?>");
        String decl = end < 0 ? head : head.substring(0, end);
        Matcher m = ENCODING.matcher(decl);
        return !m.find() || m.group(1).equalsIgnoreCase("UTF-8") || m.group(1).equalsIgnoreCase("UTF8");
    }

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private static Location at(int line, int column) {
        return new Location() {
            @Override
            public int getLineNumber() {
                return line;
            }

            @Override
            public int getColumnNumber() {
                return column;
            }

            @Override
            public int getCharacterOffset() {
                return -1;
            }

            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public String getSystemId() {
                return null;
            }
        };
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
