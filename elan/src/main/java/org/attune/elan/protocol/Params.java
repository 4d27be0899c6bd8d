package org.attune.elan.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters ELAN passes to a local recognizer on standard input: an XML document with root {@code PARAM},
 * a first {@code param} named {@code InvocationContext}, then one {@code <param name="id">value</param>} per
 * declared parameter, in declaration order. Numbers come as floats ({@code 5.0}), files as absolute paths, an
 * unset optional parameter as an empty element.
 *
 * <p>The reader is lenient, like the tier reader: ELAN has written values both escaped and raw over the years,
 * so well-formed character references are decoded and any other {@code &} or {@code <} is kept as it is.
 *
 * @param invocationContext what ELAN says about the invocation (recognizer id and time), or ""
 * @param values            parameter id → value (surrounding blanks removed), in document order
 */
public record Params(String invocationContext, Map<String, String> values) {
    /** The name of the first parameter ELAN sends. */
    public static final String INVOCATION_CONTEXT = "InvocationContext";

    private static final Pattern ROOT = Pattern.compile("<PARAM[\\s>/]");
    private static final Pattern PARAM = Pattern.compile("<param\\s+name\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*?(/?)>");
    private static final String CLOSE = "</param>";

    public Params {
        invocationContext = invocationContext == null ? "" : invocationContext;
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Reads a parameter document.
     *
     * @throws RecognizerException when the text is not a parameter document
     */
    public static Params parse(String text) throws RecognizerException {
        if (text == null || text.isBlank()) {
            throw new RecognizerException("no parameters on standard input: this program is started by ELAN, "
                    + "which sends them (see the extension's help page)");
        }
        if (!ROOT.matcher(text).find()) {
            throw new RecognizerException("standard input:1:1: not an ELAN parameter document (no <PARAM> element)");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(text);
        int from = 0;
        while (m.find(from)) {
            String name = Text.decode(m.group(1) != null ? m.group(1) : m.group(2)).strip();
            String value;
            if (!m.group(3).isEmpty()) {
                value = "";
                from = m.end();
            } else {
                int close = text.indexOf(CLOSE, m.end());
                if (close < 0) {
                    throw new RecognizerException("standard input:" + Text.at(text, m.start()) + ": <param name=\""
                            + name + "\"> has no </param>");
                }
                value = Text.decode(text.substring(m.end(), close)).strip();
                from = close + CLOSE.length();
            }
            values.put(name, value);
        }
        String context = values.getOrDefault(INVOCATION_CONTEXT, "");
        values.remove(INVOCATION_CONTEXT);
        return new Params(context, values);
    }

    /** A parameter's value, or empty when it was not sent or is blank. */
    public Optional<String> text(String id) {
        String v = values.get(id);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    /**
     * A number parameter; its default when not sent or blank.
     *
     * @throws RecognizerException when the value is not a number
     */
    public double number(String id, double defaultValue) throws RecognizerException {
        Optional<String> v = text(id);
        if (v.isEmpty()) {
            return defaultValue;
        }
        try {
            double d = Double.parseDouble(v.get().replace(',', '.'));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new RecognizerException("parameter " + id + ": '" + v.get() + "' is not a number");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Params%s", values);
    }
}
