package org.attune.core.analysis.sequential;

/**
 * The statistics of one given→target cell of a lag table.
 *
 * @param given            the given (antecedent) code
 * @param target           the target (consequent) code
 * @param count            observed transitions x(g,t)
 * @param givenTotal       row total x(g,+)
 * @param targetTotal      column total x(+,t)
 * @param total            table total N
 * @param probability      transitional probability x(g,t) / x(g,+), or null when the given code never occurs
 * @param expected         expected count x(g,+) x(+,t) / N
 * @param adjustedResidual Allison–Liker / Haberman adjusted residual, or null when undefined (a row or column
 *                         holds every tally)
 * @param p                two-sided p of the adjusted residual under the standard normal, or null
 * @param yulesQ           Yule's Q of the 2×2 table given/not × target/not, or null when undefined
 */
public record Cell(String given, String target, long count, long givenTotal, long targetTotal, long total,
                   Double probability, double expected, Double adjustedResidual, Double p, Double yulesQ) {
}
