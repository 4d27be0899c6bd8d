package org.attune.core.analysis.agreement;

/**
 * One of the six intraclass correlations of Shrout &amp; Fleiss (1979), with its F test and confidence interval.
 *
 * @param name     the form as Shrout &amp; Fleiss write it, with k spelled out, e.g. {@code ICC(2,1)}, {@code ICC(3,4)}
 * @param kind     the generic name, e.g. {@code ICC(2,1)} or {@code ICC(2,k)}
 * @param model    1 = one-way random, 2 = two-way random, 3 = two-way mixed (consistency)
 * @param average  whether it is the reliability of the mean of the k raters (else of a single rater)
 * @param value    the estimate
 * @param f        the F statistic testing ICC = 0
 * @param df1      numerator degrees of freedom
 * @param df2      denominator degrees of freedom
 * @param p        the p-value of the F test (upper tail)
 * @param interval the confidence interval, or null when it cannot be computed (no residual variance)
 */
public record IccForm(String name, String kind, int model, boolean average, double value, double f, double df1,
                      double df2, double p, Interval interval) {
}
