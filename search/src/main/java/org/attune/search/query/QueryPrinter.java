package org.attune.search.query;

import java.util.StringJoiner;

/** Writes a query in canonical syntax; {@code Query.parse(print(q))} equals {@code q}. */
final class QueryPrinter {
    private QueryPrinter() {
    }

    static String print(Query q) {
        if (q instanceof Sequence s) {
            StringBuilder sb = new StringBuilder(print(s.head()));
            for (Step step : s.steps()) {
                sb.append(step.negated() ? " !-> " : " -> ").append(print(step.target()));
                if (step.window() != null) {
                    sb.append(" within ").append(window(step.window()));
                }
            }
            return sb.toString();
        }
        if (q instanceof Overlap o) {
            StringJoiner j = new StringJoiner(" & ");
            o.members().forEach(m -> j.add(print(m)));
            return j.toString();
        }
        if (q instanceof Containment c) {
            StringJoiner j = new StringJoiner(" in ");
            c.members().forEach(m -> j.add(print(m)));
            return j.toString();
        }
        if (q instanceof AnyOf a) {
            StringJoiner j = new StringJoiner(" | ");
            a.alternatives().forEach(m -> j.add(print(m)));
            return j.toString();
        }
        if (q instanceof CodeRef c) {
            return c.scheme() == null ? c.code() : c.scheme() + ":" + c.code();
        }
        if (q instanceof CategoryRef c) {
            return c.name().keyword();
        }
        if (q instanceof Phrase p) {
            return quote(p.text());
        }
        Constraints cs = (Constraints) q;
        StringJoiner j = new StringJoiner(" ", "[", "]");
        for (Constraint c : cs.constraints()) {
            j.add(c.attribute().key() + c.operator().symbol() + value(c.value()));
        }
        return j.toString();
    }


    private static String window(Window w) {
        if (w instanceof TimeWindow t) {
            return t.amount() + t.unit().symbol();
        }
        int n = ((UtteranceWindow) w).count();
        return n + (n == 1 ? " utterance" : " utterances");
    }

    private static String value(String v) {
        return Lexer.isWord(v) ? v : quote(v);
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
