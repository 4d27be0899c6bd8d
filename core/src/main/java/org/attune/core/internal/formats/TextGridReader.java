package org.attune.core.internal.formats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attune.core.eaf.Problem;

/**
 * Reads a Praat TextGrid in the long or the short text format (UTF-8 or, as Praat writes non-ASCII text,
 * UTF-16). Both formats are the same sequence of numbers, quoted strings ({@code ""} is a quote; strings
 * may span lines) and flags ({@code <exists>}); the long format adds labels ({@code xmin =},
 * {@code intervals [3]:}), which are skipped, as Praat does. Interval tiers become tiers of intervals, point
 * tiers (TextTier) tiers of zero-length annotations; intervals with an empty or blank label are dropped.
 */
public final class TextGridReader {

    /** What a TextGrid holds: its tiers in order (point tiers among them) and its labelled intervals and points. */
    public record Grid(List<String> tiers, Set<String> pointTiers, List<Turn> turns) {
    }

    private enum Kind { NUMBER, STRING, FLAG, END }

    private record Token(Kind kind, String text, int line, int column) {
    }

    private final String text;
    private final String source;
    private int pos;
    private int line = 1;
    private int column = 1;

    private TextGridReader(String text, String source) {
        this.text = SourceText.withoutBom(text);
        this.source = source;
    }

    /** The tiers and labelled items of a TextGrid; throws when the file is not one. */
    public static Grid read(String text, String source, List<Problem> warnings) throws InputFailure {
        return new TextGridReader(text, source).grid(warnings);
    }

    private Grid grid(List<Problem> warnings) throws InputFailure {
        Token fileType = expect(Kind.STRING, "the file type \"ooTextFile\"");
        if (!fileType.text().equals("ooTextFile")) {
            throw fail(fileType, fileType.text().equals("ooBinaryFile")
                    ? "a binary TextGrid; save it from Praat as a text file" : "not a Praat text file (file type \""
                    + fileType.text() + "\")");
        }
        Token objectClass = expect(Kind.STRING, "the object class \"TextGrid\"");
        if (!objectClass.text().startsWith("TextGrid")) {
            throw fail(objectClass, "a Praat " + objectClass.text() + ", not a TextGrid");
        }
        number("xmin");
        number("xmax");
        Token exists = expect(Kind.FLAG, "<exists> or <absent>");
        List<String> tiers = new ArrayList<>();
        Set<String> points = new LinkedHashSet<>();
        List<Turn> turns = new ArrayList<>();
        if (exists.text().equals("absent")) {
            return new Grid(tiers, points, turns);
        }
        int size = count("the number of tiers");
        for (int t = 0; t < size; t++) {
            Token tierClass = expect(Kind.STRING, "a tier class (\"IntervalTier\" or \"TextTier\")");
            boolean isPoint = tierClass.text().equals("TextTier");
            if (!isPoint && !tierClass.text().equals("IntervalTier")) {
                throw fail(tierClass, "unknown tier class \"" + tierClass.text() + "\"");
            }
            Token nameToken = expect(Kind.STRING, "the tier name");
            String name = nameToken.text();
            for (int k = 2; tiers.contains(name); k++) {
                name = nameToken.text() + " (" + k + ")";
            }
            if (!name.equals(nameToken.text())) {
                warnings.add(Problem.warning(source, nameToken.line(), nameToken.column(), "a second tier named \""
                        + nameToken.text() + "\"; imported as \"" + name + "\""));
            }
            tiers.add(name);
            if (isPoint) {
                points.add(name);
            }
            number("the tier's xmin");
            number("the tier's xmax");
            int items = count(isPoint ? "the number of points" : "the number of intervals");
            for (int k = 0; k < items; k++) {
                Token from = expect(Kind.NUMBER, isPoint ? "the time of a point" : "the start of an interval");
                double start = value(from);
                double end = isPoint ? start : number("the end of an interval");
                Token label = expect(Kind.STRING, "a label");
                if (label.text().isBlank()) {
                    continue;
                }
                if (end < start) {
                    warnings.add(Problem.warning(source, from.line(), from.column(), "interval "
                            + (k + 1) + " of tier \"" + name + "\" ends before it starts; skipped"));
                    continue;
                }
                long s = Math.round(start * 1000);
                long e = Math.round(end * 1000);
                if (s < 0) {
                    warnings.add(Problem.warning(source, from.line(), from.column(), "item " + (k + 1)
                            + " of tier \"" + name + "\" starts before time 0; skipped"));
                    continue;
                }
                turns.add(Turn.of(name, s, e, label.text(), from.line(), from.column()));
            }
        }
        return new Grid(tiers, points, turns);
    }

    private double number(String what) throws InputFailure {
        return value(expect(Kind.NUMBER, what));
    }

    private int count(String what) throws InputFailure {
        Token t = expect(Kind.NUMBER, what);
        double v = value(t);
        if (v < 0 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw fail(t, what + " must be a whole number, not " + t.text());
        }
        return (int) v;
    }

    private double value(Token t) throws InputFailure {
        try {
            return Double.parseDouble(t.text());
        } catch (NumberFormatException e) {
            throw fail(t, "'" + t.text() + "' is not a number");
        }
    }

    private Token expect(Kind kind, String what) throws InputFailure {
        Token t = next();
        if (t.kind() != kind) {
            throw fail(t, "expected " + what + ", found "
                    + (t.kind() == Kind.END ? "the end of the file" : "'" + t.text() + "'"));
        }
        return t;
    }

    private InputFailure fail(Token at, String message) {
        return new InputFailure(Problem.error(source, at.line(), at.column(), message));
    }

    // ------------------------------------------------------------------ tokens

    private Token next() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int l = line;
            int col = column;
            if (Character.isWhitespace(c)) {
                advance();
            } else if (c == '"') {
                return string(l, col);
            } else if (c == '<') {
                StringBuilder flag = new StringBuilder();
                advance();
                while (pos < text.length() && text.charAt(pos) != '>' && text.charAt(pos) != '\n') {
                    flag.append(text.charAt(pos));
                    advance();
                }
                advance();
                return new Token(Kind.FLAG, flag.toString().strip(), l, col);
            } else if (c == '!') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance();
                }
            } else if (c == '[') {
                while (pos < text.length() && text.charAt(pos) != ']' && text.charAt(pos) != '\n') {
                    advance();
                }
                advance();
            } else if (Character.isDigit(c) || (c == '-' || c == '+' || c == '.') && pos + 1 < text.length()
                    && (Character.isDigit(text.charAt(pos + 1)) || text.charAt(pos + 1) == '.')) {
                StringBuilder number = new StringBuilder();
                while (pos < text.length() && isNumberChar(text.charAt(pos))) {
                    number.append(text.charAt(pos));
                    advance();
                }
                return new Token(Kind.NUMBER, number.toString(), l, col);
            } else if (Character.isLetter(c) || c == '_') {
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos))
                        || text.charAt(pos) == '_' || text.charAt(pos) == '?')) {
                    advance();
                }
            } else {
                advance();
            }
        }
        return new Token(Kind.END, "", line, column);
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
    }

    private Token string(int l, int col) {
        advance();
        StringBuilder s = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    s.append('"');
                    advance();
                    advance();
                    continue;
                }
                advance();
                return new Token(Kind.STRING, s.toString(), l, col);
            }
            s.append(c == '\r' ? '\n' : c);
            if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                advance();
            }
            advance();
        }
        // a string that is never closed runs to the end of the file
        return new Token(Kind.END, "", l, col);
    }

    private void advance() {
        if (pos >= text.length()) {
            return;
        }
        if (text.charAt(pos) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        pos++;
    }
}
