package org.attune.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.search.query.Lexer.Kind;
import org.attune.search.query.Lexer.Token;

/**
 * A recursive-descent parser of the grammar in {@code docs/query-language.md}:
 * <pre>
 * query    = sequence END
 * sequence = overlap { ("->" | "!->") overlap [ "within" window ] }
 * overlap  = alt { "&amp;" alt } | alt "in" alt { "in" alt }
 * alt      = primary { "|" primary }
 * primary  = "(" sequence ")" | category | code | phrase | "[" constraint { [","] constraint } "]"
 * </pre>
 */
final class QueryParser {
    private static final Pattern WINDOW = Pattern.compile("([0-9]{1,12})(ms|s|m|h)?");

    private final String text;
    private final List<Token> tokens;
    private int next;
    private int depth;

    QueryParser(String text) {
        this.text = text;
        this.tokens = Lexer.tokens(text);
    }

    Query parse() {
        if (peek().kind() == Kind.END) {
            throw fail(peek(), "a query");
        }
        Query q = sequence();
        if (peek().kind() != Kind.END) {
            throw fail(peek(), q instanceof Sequence ? "'within' or end of query" : "'->', '!->', '&', 'in', '|' or end of query");
        }
        return q;
    }

    private Query sequence() {
        Token startTok = peek();
        Query head = overlap();
        List<Step> steps = new ArrayList<>();
        if (head instanceof Sequence s) {
            head = s.head();
            steps.addAll(s.steps());
        }
        while (peek().kind() == Kind.ARROW || peek().kind() == Kind.NOT_ARROW) {
            Token arrow = take();
            if (!steps.isEmpty() && steps.get(steps.size() - 1).negated()) {
                throw Lexer.error(arrow.line(), arrow.column(), "'!->' can only be the last step of a sequence");
            }
            boolean negated = arrow.kind() == Kind.NOT_ARROW;
            Token targetTok = peek();
            Query target = overlap();
            Window window = null;
            if (peek().kind() == Kind.WORD && peek().text().equalsIgnoreCase("within")) {
                take();
                window = window();
            }
            if (target instanceof Sequence inner) {
                // a parenthesised chain inside a chain: (B -> C) continues the chain from B
                if (negated) {
                    throw Lexer.error(targetTok.line(), targetTok.column(), "'!->' takes a single-event pattern");
                }
                if (window != null) {
                    throw Lexer.error(targetTok.line(), targetTok.column(),
                            "a window after a parenthesised sequence is ambiguous: put it inside the parentheses");
                }
                if (!steps.isEmpty() && steps.get(steps.size() - 1).negated()) {
                    throw Lexer.error(arrow.line(), arrow.column(), "'!->' can only be the last step of a sequence");
                }
                steps.add(new Step(false, inner.head(), null));
                steps.addAll(inner.steps());
                continue;
            }
            if (negated && !(target instanceof Element)) {
                throw Lexer.error(targetTok.line(), targetTok.column(), "'!->' takes a single-event pattern, not "
                        + (target instanceof Overlap ? "an overlap group" : "a containment group"));
            }
            steps.add(new Step(negated, target, window));
        }
        for (int i = 0; i < steps.size() - 1; i++) {
            if (steps.get(i).negated()) {
                throw Lexer.error(startTok.line(), startTok.column(), "'!->' can only be the last step of a sequence");
            }
        }
        return steps.isEmpty() ? head : new Sequence(head, steps);
    }

    /** Whether the next token joins a group: {@code &}, or the word {@code in} (a keyword only here). */
    private boolean atGroupOperator() {
        Token t = peek();
        return t.kind() == Kind.AMP || isIn(t);
    }

    private static boolean isIn(Token t) {
        return t.kind() == Kind.WORD && t.text().equalsIgnoreCase("in");
    }

    private Query overlap() {
        Token first = peek();
        Query q = alt();
        if (!atGroupOperator()) {
            return q;
        }
        boolean containment = isIn(peek());
        List<Element> members = new ArrayList<>();
        addGroupMember(members, q, first, containment);
        while (atGroupOperator()) {
            Token op = take();
            if (isIn(op) != containment) {
                throw Lexer.error(op.line(), op.column(), "'&' and 'in' cannot be mixed in one group");
            }
            Token t = peek();
            addGroupMember(members, alt(), t, containment);
        }
        return containment ? new Containment(members) : new Overlap(members);
    }

    private static void addGroupMember(List<Element> members, Query q, Token at, boolean containment) {
        if (q instanceof Element e) {
            members.add(e);
        } else if (!containment && q instanceof Overlap o) {
            members.addAll(o.members());
        } else if (containment && q instanceof Containment c) {
            members.addAll(c.members());
        } else if (containment) {
            throw Lexer.error(at.line(), at.column(),
                    "'in' joins single-event patterns or containment groups, not " + kind(q));
        } else {
            throw Lexer.error(at.line(), at.column(),
                    "'&' joins single-event patterns or overlap groups, not " + kind(q));
        }
    }

    private static String kind(Query q) {
        return q instanceof Sequence ? "sequences" : q instanceof Overlap ? "overlap groups" : "containment groups";
    }

    private Query alt() {
        Token first = peek();
        Query q = primary();
        if (peek().kind() != Kind.PIPE) {
            return q;
        }
        List<Element> alternatives = new ArrayList<>();
        addAlternative(alternatives, q, first);
        while (peek().kind() == Kind.PIPE) {
            take();
            Token t = peek();
            addAlternative(alternatives, primary(), t);
        }
        return new AnyOf(alternatives);
    }

    private static void addAlternative(List<Element> alternatives, Query q, Token at) {
        if (q instanceof Containment) {
            throw Lexer.error(at.line(), at.column(), "'|' joins single-event patterns, not containment groups");
        }
        if (!(q instanceof Element e)) {
            throw Lexer.error(at.line(), at.column(), "'|' joins single-event patterns, not overlap groups or sequences");
        }
        alternatives.addAll(e.alternatives());
    }

    private Query primary() {
        Token t = peek();
        switch (t.kind()) {
            case LPAREN: {
                take();
                if (++depth > 200) {
                    throw Lexer.error(t.line(), t.column(), "parentheses nested too deeply");
                }
                Query q = sequence();
                depth--;
                expect(Kind.RPAREN, q instanceof Sequence ? "'within', '->' or ')'" : "'->', '!->', '&', 'in', '|' or ')'");
                return q;
            }
            case STRING:
                take();
                if (Words.of(t.text()).isEmpty()) {
                    throw Lexer.error(t.line(), t.column(), "a phrase needs at least one word");
                }
                return new Phrase(t.text());
            case LBRACKET:
                return constraints();
            case WORD:
                return wordAtom();
            default:
                throw fail(t, "a code, a category, a \"phrase\", '[' or '('");
        }
    }

    private Element wordAtom() {
        Token t = take();
        String w = t.text();
        if (peek().kind() == Kind.COLON) {
            take();
            Token code = peek();
            if (code.kind() != Kind.WORD) {
                throw fail(code, "a code after '" + w + ":'");
            }
            take();
            return new CodeRef(w, code.text());
        }
        if (w.equalsIgnoreCase("within")) {
            throw Lexer.error(t.line(), t.column(), "'within' belongs after the target of '->' or '!->'");
        }
        for (CategoryRef.Name n : CategoryRef.Name.values()) {
            if (n.keyword().equalsIgnoreCase(w)) {
                return new CategoryRef(n);
            }
        }
        return new CodeRef(null, w);
    }

    private Constraints constraints() {
        Token open = take();
        List<Constraint> list = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.RBRACKET) {
                if (list.isEmpty()) {
                    throw fail(t, "an attribute (" + attributeNames() + ")");
                }
                take();
                return new Constraints(list);
            }
            if (t.kind() == Kind.COMMA && !list.isEmpty()) {
                take();
                continue;
            }
            if (t.kind() != Kind.WORD) {
                throw fail(t, list.isEmpty() ? "an attribute (" + attributeNames() + ")" : "an attribute or ']'");
            }
            take();
            Optional<Attribute> attr = Attribute.of(t.text());
            if (attr.isEmpty()) {
                throw Lexer.error(t.line(), t.column(),
                        "unknown attribute '" + t.text() + "': expected one of " + attributeNames());
            }
            Token op = peek();
            if (op.kind() != Kind.OP) {
                throw fail(op, "'=', '~', '<', '<=', '>' or '>='");
            }
            take();
            Token v = peek();
            if (v.kind() != Kind.WORD && v.kind() != Kind.STRING) {
                throw fail(v, "a value");
            }
            take();
            Operator operator = operator(op.text());
            if (operator == Operator.MATCHES && !attr.get().numeric()) {
                Regex.Problem p = Regex.problem(v.text());
                if (p != null) {
                    Lexer.Position at = Lexer.position(text, v, p.offset());
                    throw Lexer.error(at.line(), at.column(), p.message());
                }
            }
            String problem = Constraint.problem(attr.get(), operator, v.text());
            if (problem != null) {
                throw Lexer.error(v.line(), v.column(), problem);
            }
            list.add(new Constraint(attr.get(), operator, v.text()));
        }
    }

    private Window window() {
        Token t = peek();
        if (t.kind() != Kind.WORD) {
            throw fail(t, "a window such as 60s, 2m or 3 utterances");
        }
        Matcher m = WINDOW.matcher(t.text());
        if (!m.matches()) {
            throw fail(t, "a window such as 60s, 2m or 3 utterances");
        }
        take();
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2);
        if (unit == null) {
            Token u = peek();
            String word = u.kind() == Kind.WORD ? u.text().toLowerCase(Locale.ROOT) : "";
            if (word.equals("utterance") || word.equals("utterances")) {
                take();
                if (amount > Integer.MAX_VALUE) {
                    throw Lexer.error(t.line(), t.column(), "window too large");
                }
                return new UtteranceWindow((int) amount);
            }
            if (word.equals("ms") || word.equals("s") || word.equals("m") || word.equals("h")) {
                take();
                unit = word;
            } else {
                throw fail(u, "a unit: ms, s, m, h or utterances");
            }
        }
        TimeWindow.Unit tu = TimeWindow.Unit.valueOf(unit.toUpperCase(Locale.ROOT));
        if (amount > 1_000_000_000L) {
            throw Lexer.error(t.line(), t.column(), "window too large");
        }
        return new TimeWindow(amount, tu);
    }

    private static Operator operator(String symbol) {
        for (Operator o : Operator.values()) {
            if (o.symbol().equals(symbol)) {
                return o;
            }
        }
        throw new IllegalStateException(symbol);
    }

    private static String attributeNames() {
        StringBuilder sb = new StringBuilder();
        for (Attribute a : Attribute.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(a.key());
        }
        return sb.toString();
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token t = tokens.get(next);
        if (t.kind() != Kind.END) {
            next++;
        }
        return t;
    }

    private void expect(Kind kind, String expected) {
        if (peek().kind() != kind) {
            throw fail(peek(), expected);
        }
        take();
    }

    private static QuerySyntaxException fail(Token found, String expected) {
        return Lexer.error(found.line(), found.column(), "expected " + expected + ", found " + found.shown());
    }
}
