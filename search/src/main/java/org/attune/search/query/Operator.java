package org.attune.search.query;

/** How a constraint compares an attribute with its value. */
public enum Operator {
    /** The whole value, case-insensitive (for {@code text}: contains the phrase); for numbers, equal. */
    EQUALS("="),
    /** A regular expression found in the value (Java syntax, case-sensitive unless {@code (?i)}). */
    MATCHES("~"),
    /**
     * Less than: the value, as a number, is below the operand.
     */
    LESS("<"),
    /**
     * At most: the value, as a number, is below or equal to the operand.
     */
    AT_MOST("<="),
    /**
     * Greater than: the value, as a number, is above the operand.
     */
    GREATER(">"),
    /**
     * At least: the value, as a number, is above or equal to the operand.
     */
    AT_LEAST(">=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The operator as written.
     *
     * @return the operator as written
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Whether this is one of {@code < <= > >=}.
     *
     * @return whether this is one of {@code < <= > >=}
     */
    public boolean ordering() {
        return this == LESS || this == AT_MOST || this == GREATER || this == AT_LEAST;
    }

    /**
     * Whether {@code left OP right} holds for numbers.
     *
     * @param left the left
     * @param right the right
     * @return whether {@code left OP right} holds for numbers
     */
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
