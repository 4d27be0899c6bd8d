package org.attune.search.query;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One attribute constraint of a {@link Constraints} element.
 *
 * @param attribute the attribute
 * @param operator  how it is compared
 * @param value     the value as written (a number for {@link Attribute#RATING}, a regular expression for
 *                  {@link Operator#MATCHES})
 */
public record Constraint(Attribute attribute, Operator operator, String value) {
    public Constraint {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        String problem = problem(attribute, operator, value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The rating this constraint compares with ({@link Attribute#RATING} only). */
    public int number() {
        return Integer.parseInt(value);
    }

    /** The compiled regular expression ({@link Operator#MATCHES} only). */
    public Pattern pattern() {
        return PATTERNS.computeIfAbsent(value, Pattern::compile);
    }

    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

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
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                return "bad regular expression: " + e.getDescription();
            }
        }
        return null;
    }
}
