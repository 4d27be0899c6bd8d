package org.attune.core.internal.eaf;

import java.io.IOException;
import java.io.Writer;
import org.glassfish.jaxb.core.marshaller.CharacterEscapeHandler;

/**
 * Escapes what XML parsers would otherwise change: besides {@code & < > "}, a carriage return anywhere,
 * and tabs and line breaks in attribute values (which attribute-value normalisation turns into spaces).
 * So every value reads back exactly as it was written.
 */
final class ExactEscapes implements CharacterEscapeHandler {
    static final ExactEscapes INSTANCE = new ExactEscapes();

    @Override
    public void escape(char[] ch, int start, int length, boolean isAttVal, Writer out) throws IOException {
        int limit = start + length;
        int run = start;
        for (int i = start; i < limit; i++) {
            String replacement = switch (ch[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                case '"' -> isAttVal ? "&quot;" : null;
                case '\n' -> isAttVal ? "&#10;" : null;
                case '\t' -> isAttVal ? "&#9;" : null;
                default -> null;
            };
            if (replacement != null) {
                out.write(ch, run, i - run);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.write(ch, run, limit - run);
    }
}
