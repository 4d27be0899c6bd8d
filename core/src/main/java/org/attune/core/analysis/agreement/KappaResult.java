package org.attune.core.analysis.agreement;

import java.util.List;

/**
 * A kappa coefficient with the agreement it comes from.
 *
 * @param name       the statistic, {@code Cohen's kappa} or {@code Fleiss' kappa}
 * @param value      kappa
 * @param observed   observed agreement (Po, or Fleiss' mean P)
 * @param expected   chance agreement (Pe)
 * @param units      units (subjects) compared
 * @param raters     raters per unit
 * @param categories the categories seen, in order
 */
public record KappaResult(String name, double value, double observed, double expected, int units, int raters,
                          List<String> categories) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param name the statistic, {@code Cohen's kappa} or {@code Fleiss' kappa}
     * @param value kappa
     * @param observed observed agreement (Po, or Fleiss' mean P)
     * @param expected chance agreement (Pe)
     * @param units units (subjects) compared
     * @param raters raters per unit
     * @param categories the categories seen, in order
     */
    public KappaResult {
        categories = List.copyOf(categories);
    }
}
