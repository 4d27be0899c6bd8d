package org.attune.core.analysis.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.attune.core.analysis.NotComputableException;

/**
 * ELAN-style time-based agreement: two raters' codes are linked when they overlap by at least a share of their
 * joint extent (default 60%), then compared in an agreement matrix with an "unmatched" row and column; the
 * modified kappa of Holle &amp; Rein (2015, EasyDIAg) estimates chance agreement by iterative proportional fitting
 * with the unmatched/unmatched cell as a structural zero. Formulas: {@code docs/analysis.md}.
 */
public final class TimedAgreement {

    /** ELAN's and EasyDIAg's default overlap criterion. */
    public static final double DEFAULT_OVERLAP = 0.6;

    private TimedAgreement() {
    }

    /**
     * Agreement with the default 60% overlap.
     *
     * @param a the first rater's codes
     * @param b the second rater's codes
     * @return the agreement
     */
    public static TimedAgreementResult compute(List<TimedCode> a, List<TimedCode> b) {
        return compute(a, b, DEFAULT_OVERLAP);
    }

    /**
     * Agreement of two raters' timed codes; {@code overlap} is the minimum intersection-over-union for a link.
     * Links are made greedily, largest overlap first; each code is linked at most once.
     *
     * @throws NotComputableException when neither rater coded anything
     * @param a the first rater's codes
     * @param b the second rater's codes
     * @param overlap the minimum intersection-over-union, in (0, 1]
     * @return the agreement
     */
    public static TimedAgreementResult compute(List<TimedCode> a, List<TimedCode> b, double overlap) {
        if (a.isEmpty() && b.isEmpty()) {
            throw new NotComputableException(TimedAgreementResult.NAME, "neither rater coded anything");
        }
        TreeSet<String> catSet = new TreeSet<>();
        a.forEach(c -> catSet.add(c.value()));
        b.forEach(c -> catSet.add(c.value()));
        List<String> cats = new ArrayList<>(catSet);
        int q = cats.size();
        int[][] m = new int[q + 1][q + 1];

        record Link(int i, int j, double ratio) {
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                double r = a.get(i).overlapRatio(b.get(j));
                if (r >= overlap && r > 0) {
                    links.add(new Link(i, j, r));
                }
            }
        }
        links.sort(Comparator.comparingDouble(Link::ratio).reversed().thenComparingInt(Link::i)
                .thenComparingInt(Link::j));
        boolean[] usedA = new boolean[a.size()];
        boolean[] usedB = new boolean[b.size()];
        int matched = 0;
        for (Link l : links) {
            if (!usedA[l.i()] && !usedB[l.j()]) {
                usedA[l.i()] = true;
                usedB[l.j()] = true;
                m[cats.indexOf(a.get(l.i()).value())][cats.indexOf(b.get(l.j()).value())]++;
                matched++;
            }
        }
        int unmatched = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!usedA[i]) {
                m[cats.indexOf(a.get(i).value())][q]++;
                unmatched++;
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (!usedB[j]) {
                m[q][cats.indexOf(b.get(j).value())]++;
                unmatched++;
            }
        }
        int total = matched + unmatched;
        int diagonal = 0;
        for (int i = 0; i < q; i++) {
            diagonal += m[i][i];
        }
        double raw = diagonal / (double) total;
        return new TimedAgreementResult(cats, m, matched, unmatched, raw, modifiedKappa(m, raw),
                matchedKappa(m, q));
    }

    /** Kappa with chance agreement from the IPF-fitted matrix whose unmatched/unmatched cell is zero. */
    private static Double modifiedKappa(int[][] m, double raw) {
        int size = m.length;
        double[] rows = new double[size];
        double[] cols = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                rows[i] += m[i][j];
                cols[j] += m[i][j];
                total += m[i][j];
            }
        }
        double[][] fit = new double[size][size];
        for (double[] r : fit) {
            java.util.Arrays.fill(r, 1);
        }
        fit[size - 1][size - 1] = 0;
        for (int iter = 0; iter < 10_000; iter++) {
            double change = Math.max(scale(fit, rows, true), scale(fit, cols, false));
            if (change < 1e-12) {
                break;
            }
        }
        double chance = 0;
        for (int i = 0; i < size - 1; i++) {
            chance += fit[i][i];
        }
        chance /= total;
        if (chance >= 1 - 1e-12) {
            return null;
        }
        return (raw - chance) / (1 - chance);
    }

    /** One IPF step: scales each row (or column) of {@code fit} to its target total; returns the largest change. */
    private static double scale(double[][] fit, double[] targets, boolean rows) {
        int size = fit.length;
        double change = 0;
        for (int a = 0; a < size; a++) {
            double s = 0;
            for (int b = 0; b < size; b++) {
                s += rows ? fit[a][b] : fit[b][a];
            }
            for (int b = 0; b < size; b++) {
                int i = rows ? a : b;
                int j = rows ? b : a;
                double v = s == 0 ? 0 : fit[i][j] * targets[a] / s;
                change = Math.max(change, Math.abs(v - fit[i][j]));
                fit[i][j] = v;
            }
        }
        return change;
    }

    private static Double matchedKappa(int[][] m, int q) {
        List<String> ra = new ArrayList<>();
        List<String> rb = new ArrayList<>();
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                for (int c = 0; c < m[i][j]; c++) {
                    ra.add(String.valueOf(i));
                    rb.add(String.valueOf(j));
                }
            }
        }
        try {
            return Kappa.cohen(ra, rb).value();
        } catch (NotComputableException e) {
            return null;
        }
    }
}
