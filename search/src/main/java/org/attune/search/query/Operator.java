package org.attune.search.query;

/** How a constraint compares an attribute with its value. */
public enum Operator {
    /** The whole value, case-insensitive (for {@code text}: contains the phrase); for numbers, equal. */
    EQUALS("="),
    /** A regular expression found in the value (Java syntax, case-sensitive unless {@code (?i)}). */
    MATCHES("~"),
    LESS("<"),
    AT_MOST("<="),
    GREATER(">"),
    AT_LEAST(">=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written. */
    public String symbol() {
        return symbol;
    }

    /** Whether this is one of {@code < <= > >=}. */
    public boolean ordering() {
        return this == LESS || this == AT_MOST || this == GREATER || this == AT_LEAST;
    }

    /** Whether {@code left OP right} holds for numbers. */
    public boolean test(int left, int right) {
        switch (this) {
            case EQUALS: return left == right;
            case LESS: return left < right;
            case AT_MOST: return left <= right;
            case GREATER: return left > right;
            case AT_LEAST: return left >= right;
            default: throw new IllegalStateException(this + " does not compare numbers");
        }
    }
}
