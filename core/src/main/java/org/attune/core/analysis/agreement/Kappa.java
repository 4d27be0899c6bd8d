package org.attune.core.analysis.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.attune.core.analysis.NotComputableException;

/**
 * Cohen's kappa (Cohen 1960) for two raters and Fleiss' kappa (Fleiss 1971) for two or more raters who each
 * put every unit into one nominal category. Formulas: {@code docs/analysis.md}.
 */
public final class Kappa {

    /** The statistic's printed name. */
    public static final String COHEN = "Cohen's kappa";
    /** The statistic's printed name. */
    public static final String FLEISS = "Fleiss' kappa";

    private Kappa() {
    }

    /**
     * Cohen's kappa of two raters' categories for the same units (position i = unit i). Units where either
     * rater has no category (null or blank) are left out.
     *
     * @throws NotComputableException without units, or when chance agreement is 1 (both used one same category)
     * @param a the first rater's categories
     * @param b the second rater's categories
     * @return kappa with its details
     */
    public static KappaResult cohen(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("the two raters rated " + a.size() + " and " + b.size() + " units");
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (present(a.get(i)) && present(b.get(i))) {
                pairs.add(new String[] {a.get(i).strip(), b.get(i).strip()});
            }
        }
        int n = pairs.size();
        if (n == 0) {
            throw new NotComputableException(COHEN, "no unit has a category from both raters");
        }
        TreeSet<String> cats = new TreeSet<>();
        Map<String, Integer> rowTotals = new LinkedHashMap<>();
        Map<String, Integer> colTotals = new LinkedHashMap<>();
        int agree = 0;
        for (String[] p : pairs) {
            cats.add(p[0]);
            cats.add(p[1]);
            rowTotals.merge(p[0], 1, Integer::sum);
            colTotals.merge(p[1], 1, Integer::sum);
            if (p[0].equals(p[1])) {
                agree++;
            }
        }
        double po = agree / (double) n;
        double pe = 0;
        for (String c : cats) {
            pe += rowTotals.getOrDefault(c, 0) / (double) n * (colTotals.getOrDefault(c, 0) / (double) n);
        }
        if (pe >= 1 - 1e-12) {
            throw new NotComputableException(COHEN, "both raters used the single category '" + cats.first()
                    + "' for every unit, so chance agreement is 1");
        }
        return new KappaResult(COHEN, (po - pe) / (1 - pe), po, pe, n, 2, List.copyOf(cats));
    }

    /**
     * Fleiss' kappa of a units × raters table of categories; every unit must have the same number (≥ 2) of
     * ratings. Units without any rating are left out.
     *
     * @throws NotComputableException when units have different numbers of ratings, fewer than two raters, or a
     *                                single category overall
     * @param units one list of ratings per unit
     * @return kappa with its details
     */
    public static KappaResult fleiss(List<List<String>> units) {
        List<String> cats = new ArrayList<>(new TreeSet<>(units.stream().flatMap(List::stream)
                .filter(Kappa::present).map(String::strip).toList()));
        List<int[]> counts = new ArrayList<>();
        for (List<String> unit : units) {
            int[] c = new int[cats.size()];
            for (String v : unit) {
                if (present(v)) {
                    c[cats.indexOf(v.strip())]++;
                }
            }
            counts.add(c);
        }
        return fleissCounts(counts, cats);
    }

    /**
     * Fleiss' kappa from counts: row i, column j = how many raters put unit i into category j.
     *
     * @param categories the category names (for the result), one per column
     * @param counts one row of category counts per unit
     * @return kappa with its details
     */
    public static KappaResult fleissCounts(List<int[]> counts, List<String> categories) {
        List<int[]> rows = counts.stream().filter(r -> sum(r) > 0).toList();
        if (rows.isEmpty()) {
            throw new NotComputableException(FLEISS, "no unit has a rating");
        }
        int m = sum(rows.get(0));
        for (int i = 0; i < rows.size(); i++) {
            if (sum(rows.get(i)) != m) {
                throw new NotComputableException(FLEISS, "every unit needs the same number of ratings (unit "
                        + (i + 1) + " has " + sum(rows.get(i)) + ", unit 1 has " + m
                        + "); use Krippendorff's alpha for missing ratings");
            }
        }
        if (m < 2) {
            throw new NotComputableException(FLEISS, "it needs at least two raters per unit");
        }
        int n = rows.size();
        int q = rows.get(0).length;
        double[] p = new double[q];
        double meanP = 0;
        for (int[] r : rows) {
            double s = 0;
            for (int j = 0; j < q; j++) {
                s += (double) r[j] * r[j];
                p[j] += r[j];
            }
            meanP += (s - m) / (m * (m - 1.0));
        }
        meanP /= n;
        double pe = 0;
        for (int j = 0; j < q; j++) {
            p[j] /= (double) n * m;
            pe += p[j] * p[j];
        }
        if (pe >= 1 - 1e-12) {
            throw new NotComputableException(FLEISS, "all ratings are in a single category, so chance agreement is 1");
        }
        return new KappaResult(FLEISS, (meanP - pe) / (1 - pe), meanP, pe, n, m, categories);
    }

    private static int sum(int[] r) {
        int s = 0;
        for (int v : r) {
            s += v;
        }
        return s;
    }

    static boolean present(String v) {
        return !Objects.requireNonNullElse(v, "").isBlank();
    }
}
