package org.attune.core.analysis.agreement;

/**
 * Krippendorff's alpha with the disagreements it comes from.
 *
 * @param level     the level of measurement
 * @param value     alpha = 1 − Do / De
 * @param observed  observed disagreement Do
 * @param expected  expected disagreement De
 * @param units     units with two or more values (pairable)
 * @param values    pairable values (n)
 */
public record AlphaResult(Level level, double value, double observed, double expected, int units, int values) {
    /** The statistic's printed name. */
    public static final String NAME = "Krippendorff's alpha";
}
