package org.attune.core.analysis.agreement;

import java.util.List;

/**
 * Time-based agreement of two raters after Holle &amp; Rein (2015), as ELAN computes it.
 *
 * @param categories      the categories, in matrix order; the matrix has one more row and column: unmatched
 * @param matrix          agreement matrix, rows = rater A, columns = rater B, last row/column = no match
 * @param matched         pairs of codes matched by overlap
 * @param unmatched       codes of either rater without a match
 * @param rawAgreement    agreeing matched pairs / all (matched pairs + unmatched codes)
 * @param modifiedKappa   kappa over the whole matrix, chance agreement by iterative proportional fitting with the
 *                        unmatched/unmatched cell a structural zero (Holle &amp; Rein); null when not computable
 * @param matchedKappa    Cohen's kappa of the matched pairs only; null when not computable
 */
public record TimedAgreementResult(List<String> categories, int[][] matrix, int matched, int unmatched,
                                   double rawAgreement, Double modifiedKappa, Double matchedKappa) {
    /** The statistic's printed name. */
    public static final String NAME = "modified kappa (Holle & Rein)";

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param categories the categories, in matrix order; the matrix has one more row and column: unmatched
     * @param matrix agreement matrix, rows = rater A, columns = rater B, last row/column = no match
     * @param matched pairs of codes matched by overlap
     * @param unmatched codes of either rater without a match
     * @param rawAgreement agreeing matched pairs / all (matched pairs + unmatched codes)
     * @param modifiedKappa kappa over the whole matrix, chance agreement by iterative proportional fitting with the
     * @param matchedKappa Cohen's kappa of the matched pairs only; null when not computable
     */
    public TimedAgreementResult {
        categories = List.copyOf(categories);
    }
}
