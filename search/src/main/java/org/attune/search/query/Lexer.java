package org.attune.search.query;

import java.util.ArrayList;
import java.util.List;
import org.attune.core.eaf.Problem;

/** Splits a query into tokens with their line and column. */
final class Lexer {

    enum Kind { WORD, STRING, LPAREN, RPAREN, LBRACKET, RBRACKET, PIPE, AMP, ARROW, NOT_ARROW, COLON, COMMA, OP, END }

    record Token(Kind kind, String text, int line, int column) {
        /** The token as shown in an error message. */
        String shown() {
            return kind == Kind.END ? "end of query" : kind == Kind.STRING ? QueryPrinter.quote(text) : "'" + text + "'";
        }
    }

    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokens(String src) {
        return new Lexer(src).run();
    }

    /** Whether {@code s} can be written as a bare word. */
    static boolean isWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!wordChar(s, i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a bare word is a keyword ({@code within} or a category) rather than a code. */
    static boolean isKeyword(String w) {
        if (w.equalsIgnoreCase("within")) {
            return true;
        }
        for (CategoryRef.Name n : CategoryRef.Name.values()) {
            if (n.keyword().equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(String s, int i) {
        char c = s.charAt(i);
        if (c == '-') {
            return i + 1 >= s.length() || s.charAt(i + 1) != '>';
        }
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '@' || c == '\'' || c == '/'
                || Character.isSurrogate(c);
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpace();
            int col = pos - lineStart + 1;
            if (pos >= src.length()) {
                out.add(new Token(Kind.END, "", line, col));
                return out;
            }
            char c = src.charAt(pos);
            if (c == '"') {
                out.add(new Token(Kind.STRING, string(col), line, col));
            } else if (src.startsWith("!->", pos)) {
                out.add(sym(Kind.NOT_ARROW, 3, col));
            } else if (src.startsWith("->", pos)) {
                out.add(sym(Kind.ARROW, 2, col));
            } else if (src.startsWith(">=", pos) || src.startsWith("<=", pos)) {
                out.add(sym(Kind.OP, 2, col));
            } else if (c == '=' || c == '~' || c == '<' || c == '>') {
                out.add(sym(Kind.OP, 1, col));
            } else if (c == '(') {
                out.add(sym(Kind.LPAREN, 1, col));
            } else if (c == ')') {
                out.add(sym(Kind.RPAREN, 1, col));
            } else if (c == '[') {
                out.add(sym(Kind.LBRACKET, 1, col));
            } else if (c == ']') {
                out.add(sym(Kind.RBRACKET, 1, col));
            } else if (c == '|') {
                out.add(sym(Kind.PIPE, 1, col));
            } else if (c == '&') {
                out.add(sym(Kind.AMP, 1, col));
            } else if (c == ':') {
                out.add(sym(Kind.COLON, 1, col));
            } else if (c == ',') {
                out.add(sym(Kind.COMMA, 1, col));
            } else if (wordChar(src, pos)) {
                int start = pos;
                while (pos < src.length() && wordChar(src, pos)) {
                    pos++;
                }
                out.add(new Token(Kind.WORD, src.substring(start, pos), line, col));
            } else {
                int cp = src.codePointAt(pos);
                throw error(line, col, "unexpected character '" + new String(Character.toChars(cp)) + "'");
            }
        }
    }

    private Token sym(Kind kind, int length, int col) {
        Token t = new Token(kind, src.substring(pos, pos + length), line, col);
        pos += length;
        return t;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            if (src.charAt(pos) == '\n') {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
    }

    private String string(int col) {
        int startLine = line;
        StringBuilder sb = new StringBuilder();
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\\' && pos + 1 < src.length() && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '\\')) {
                sb.append(src.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            sb.append(c);
            pos++;
        }
        throw error(startLine, col, "unterminated string: expected '\"' before end of query");
    }

    /** A place in the query text: line and column from 1. */
    record Position(int line, int column) {
    }

    /**
     * Where character {@code k} of a word's or string's value lies in the query text {@code src}, counting the
     * string's escapes ({@code \"}, {@code \\}) and line breaks.
     */
    static Position position(String src, Token t, int k) {
        if (t.kind() != Kind.STRING) {
            return new Position(t.line(), t.column() + k);
        }
        int lineStart = 0;
        for (int l = 1; l < t.line(); l++) {
            lineStart = src.indexOf('\n', lineStart) + 1;
        }
        int line = t.line();
        int p = lineStart + t.column(); // just after the opening quote
        for (int i = 0; i < k && p < src.length(); i++) {
            char c = src.charAt(p);
            if (c == '\\' && p + 1 < src.length() && (src.charAt(p + 1) == '"' || src.charAt(p + 1) == '\\')) {
                p += 2;
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = p + 1;
            }
            p++;
        }
        return new Position(line, p - lineStart + 1);
    }

    static QuerySyntaxException error(int line, int column, String message) {
        return new QuerySyntaxException(Problem.error("query", line, column, message));
    }
}
