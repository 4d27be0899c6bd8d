package org.attune.core.analysis.agreement;

/**
 * One line of an agreement report: a statistic computed for one thing coders rated.
 *
 * @param target    what was rated, e.g. {@code code W2 (segment presence)}, {@code withdrawal significance}
 * @param statistic the statistic's name as printed, e.g. {@code Cohen's kappa}, {@code ICC(2,1)}
 * @param value     the value, or null when it cannot be computed
 * @param interval  its confidence interval, or null
 * @param note      what the value rests on (units, raters), or why it cannot be computed
 */
public record AgreementRow(String target, String statistic, Double value, Interval interval, String note) {
}
