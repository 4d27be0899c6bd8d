package org.attune.core.internal.formats;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attune.core.eaf.Problem;

/**
 * The text of an input file: decoded by its byte-order mark (UTF-8, UTF-16 BE/LE as Praat writes them),
 * else as UTF-8, else as Windows-1252 (what spreadsheets and older subtitle tools write); split into lines
 * whatever the line ends ({@code \n}, {@code \r\n}, {@code \r}).
 */
public final class SourceText {

    private SourceText() {
    }

    /** The text of the bytes, without a byte-order mark. */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * The text with every character XML 1.0 cannot hold (controls other than tab and line ends, unpaired
     * surrogates, U+FFFE and U+FFFF) replaced by U+FFFD, so that what is imported can be saved as EAF; one warning
     * per line that had any, at the first such character.
     */
    public static String xmlSafe(String text, String source, List<Problem> warnings) {
        StringBuilder out = null;
        int line = 1;
        int column = 1;
        int warnedLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = !pair && (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                    || c == 0xFFFE || c == 0xFFFF);
            if (bad) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
                if (warnedLine != line) {
                    warnedLine = line;
                    warnings.add(Problem.warning(source, line, column, String.format(
                            "the character U+%04X, which XML cannot hold, was replaced by U+FFFD (and any others on "
                                    + "this line)", (int) c)));
                }
            } else if (out != null) {
                out.append(c);
            }
            if (pair) {
                if (out != null) {
                    out.append(text.charAt(i + 1));
                }
                i++;
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text without a leading byte-order mark character. */
    public static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The lines of a text (line 1 is index 0), without their line ends. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}
