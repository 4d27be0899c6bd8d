package org.attune.search.query;

import java.util.Objects;

/**
 * One attribute constraint of a {@link Constraints} element.
 *
 * @param attribute the attribute
 * @param operator  how it is compared
 * @param value     the value as written (a number for {@link Attribute#RATING}, a regular expression in RE2
 *                  syntax for {@link Operator#MATCHES}: see docs/query-language.md)
 */
public record Constraint(Attribute attribute, Operator operator, String value) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param attribute the attribute
     * @param operator how it is compared
     * @param value the value as written (a number for {@link Attribute#RATING}, a regular expression in RE2
     */
    public Constraint {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        String problem = problem(attribute, operator, value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /**
     * The rating this constraint compares with ({@link Attribute#RATING} only).
     *
     * @return the rating this constraint compares with ({@link Attribute#RATING} only)
     */
    public int number() {
        return Integer.parseInt(value);
    }

    /**
     * Whether this constraint's regular expression is found anywhere in {@code text} ({@link Operator#MATCHES}
     * only). It runs in time linear in the length of the text, whatever the expression.
     *
     * @param text the text
     * @return whether this constraint's regular expression is found anywhere in {@code text} ({@link Operator#MATCHES} only)
     */
    public boolean foundIn(CharSequence text) {
        if (operator != Operator.MATCHES) {
            throw new IllegalStateException("not a regular expression: " + this);
        }
        return Regex.of(value).foundIn(text);
    }

    /** What is wrong with this combination, or null when it is fine. */
    static String problem(Attribute attribute, Operator operator, String value) {
        if (attribute.numeric()) {
            if (operator == Operator.MATCHES) {
                return "'" + attribute.key() + "' is a number: use =, <, <=, > or >=";
            }
            if (!value.matches("-?[0-9]{1,9}")) {
                return "'" + attribute.key() + "' needs a whole number, not '" + value + "'";
            }
            return null;
        }
        if (operator.ordering()) {
            return "'" + attribute.key() + "' is text: use = or ~";
        }
        if (operator == Operator.MATCHES) {
            Regex.Problem p = Regex.problem(value);
            return p == null ? null : p.message();
        }
        return null;
    }
}
