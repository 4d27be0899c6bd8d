package org.attune.elan.protocol;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tier file ELAN writes for a {@code tier} input: root {@code TIER} (or {@code TIERS}), one
 * {@code <span start="S.mmm" end="S.mmm"><v>value</v></span>} per annotation, times in seconds.
 *
 * <p>ELAN writes the values without XML escaping, so {@code Fine <sigh>} and {@code A & B} occur raw and the file
 * is often not well-formed XML. This reader therefore does not use an XML parser: it finds each {@code span}
 * start tag, reads its {@code start} and {@code end} attributes, and takes the text between {@code <v>} and the
 * next {@code </v>} literally. Times written without a decimal point are milliseconds, as ELAN reads them.
 */
public final class TierFile {
    private static final Pattern SPAN = Pattern.compile("<span\\b([^>]*)>");
    private static final Pattern ROOT = Pattern.compile("<TIERS?[\\s>/]");
    private static final Pattern START = attributePattern("start");
    private static final Pattern END = attributePattern("end");

    private TierFile() {
    }

    /**
     * The spans of a tier file, in file order.
     *
     * @param file  the file ELAN wrote
     * @param label what the tier is, for messages (e.g. "the ruptures tier")
     * @throws RecognizerException when the file cannot be read or a span is malformed (file:line:column: what)
     */
    public static List<Span> read(Path file, String label) throws RecognizerException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RecognizerException("cannot read " + label + ": " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new RecognizerException("cannot read " + label + ": " + file + ": permission denied");
        } catch (IOException e) {
            throw new RecognizerException("cannot read " + label + ": " + file + ": " + e.getMessage(), e);
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString(), label);
    }

    /** The spans of a tier file's text; {@code source} names it in messages. */
    public static List<Span> parse(String text, String source, String label) throws RecognizerException {
        if (!ROOT.matcher(text).find()) {
            throw new RecognizerException(source + ":1:1: " + label + " is not an ELAN tier file (no <TIER> element)");
        }
        List<Span> spans = new ArrayList<>();
        Matcher m = SPAN.matcher(text);
        Text.Lines lines = new Text.Lines(text);
        int from = 0;
        while (m.find(from)) {
            String attributes = m.group(1);
            int line = lines.line(m.start());
            String where = source + ":" + line + ":" + lines.column(m.start());
            long start = time(attribute(attributes, START), "start", where);
            long end = time(attribute(attributes, END), "end", where);
            if (end < start) {
                throw new RecognizerException(where + ": the span ends (" + end + " ms) before it starts (" + start
                        + " ms)");
            }
            int close = attributes.endsWith("/") ? m.end() : text.indexOf("</span>", m.end());
            int contentEnd = close < 0 ? text.length() : close;
            String content = attributes.endsWith("/") ? "" : text.substring(m.end(), contentEnd);
            spans.add(new Span(start, end, firstValue(content), line));
            from = close < 0 ? text.length() : Math.max(m.end(), close);
        }
        return List.copyOf(spans);
    }

    private static Pattern attributePattern(String name) {
        return Pattern.compile("\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    }

    private static String attribute(String attributes, Pattern pattern) {
        Matcher a = pattern.matcher(attributes);
        if (!a.find()) {
            return null;
        }
        return a.group(1) != null ? a.group(1) : a.group(2);
    }

    private static long time(String value, String name, String where) throws RecognizerException {
        if (value == null) {
            throw new RecognizerException(where + ": the span has no " + name + " time");
        }
        String v = value.strip();
        try {
            long ms;
            if (v.indexOf('.') >= 0 || v.indexOf(',') >= 0) {
                ms = new BigDecimal(v.replace(',', '.')).movePointRight(3).setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
            } else {
                ms = Long.parseLong(v);
            }
            if (ms < 0) {
                throw new NumberFormatException();
            }
            return ms;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RecognizerException(where + ": the span's " + name + " time '" + value
                    + "' is not a time in seconds");
        }
    }

    /** The first {@code <v>} value of a span's content, literally (ELAN does not escape it). */
    private static String firstValue(String content) {
        int open = content.indexOf("<v>");
        if (open < 0) {
            return "";
        }
        int close = content.indexOf("</v>", open + 3);
        return (close < 0 ? content.substring(open + 3) : content.substring(open + 3, close)).strip();
    }
}
