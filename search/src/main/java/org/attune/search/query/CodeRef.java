package org.attune.search.query;

import java.util.Objects;

/**
 * Codings whose code is {@code code} ({@code C2}), optionally of one scheme ({@code 3rs:C2}, {@code 3rs@2015:C2});
 * compared case-insensitively.
 *
 * @param scheme the scheme id or {@code id@version}, or null for any scheme
 * @param code   the code id
 */
public record CodeRef(String scheme, String code) implements Element {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param scheme the scheme id or {@code id@version}, or null for any scheme
     * @param code the code id
     */
    public CodeRef {
        Objects.requireNonNull(code, "code");
        if (!Lexer.isWord(code) || (scheme != null && !Lexer.isWord(scheme))) {
            throw new IllegalArgumentException("not a code: " + scheme + ":" + code);
        }
        if (scheme == null && Lexer.isKeyword(code)) {
            throw new IllegalArgumentException("'" + code + "' is a keyword; write it with its scheme or as [code=" + code + "]");
        }
    }
}
