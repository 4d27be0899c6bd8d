package org.attune.core.analysis.agreement;

/**
 * A confidence interval.
 *
 * @param lower      lower bound
 * @param upper      upper bound
 * @param confidence the confidence level, e.g. 0.95
 */
public record Interval(double lower, double upper, double confidence) {
}
