/**
 * From codes to findings: the statistics Attune computes from coded sessions. Sub-packages by feature:
 * {@code episodes} (rupture–resolution episodes), {@code segments} (3RS segment sheets), {@code summary}
 * (counts and rates per session and corpus), {@code agreement} (inter-rater reliability) and
 * {@code sequential} (lag-sequential analysis). Definitions and formulas: {@code docs/analysis.md}.
 *
 * <p>Statistics that cannot be computed from the data throw {@link org.attune.core.analysis.NotComputableException}
 * with a message naming the statistic and the reason; no result holds NaN.
 */
package org.attune.core.analysis;
