package org.attune.core.formats;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decoding of character references ({@code &amp;}, {@code &#233;}, {@code &#xE9;}) in text that other programs
 * escaped: ELAN's recognizer parameters and the cues of WebVTT and HTML subtitles. A reference that is not
 * well-formed, names an unknown entity or a code point that does not exist is left as it is, so raw {@code &}
 * survives.
 */
public final class CharacterReferences {

    private static final Pattern REFERENCE = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);");
    private static final Map<String, String> XML = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'");
    private static final Map<String, String> SUBTITLES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "lrm", "\u200e", "rlm", "\u200f");

    private CharacterReferences() {
    }

    /**
     * The text with XML's five entities and numeric references decoded.
     *
     * @param text the escaped text
     * @return the decoded text
     */
    public static String decodeXml(String text) {
        return decode(text, XML);
    }

    /**
     * The text with the references WebVTT and HTML subtitles use decoded: XML's, and {@code &nbsp;},
     * {@code &lrm;} and {@code &rlm;}.
     *
     * @param text the escaped text
     * @return the decoded text
     */
    public static String decodeSubtitle(String text) {
        return decode(text, SUBTITLES);
    }

    private static String decode(String text, Map<String, String> entities) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(reference(m.group(1), m.group(), entities)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String reference(String name, String whole, Map<String, String> entities) {
        if (name.startsWith("#")) {
            int cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : whole;
        }
        return entities.getOrDefault(name, whole);
    }
}
