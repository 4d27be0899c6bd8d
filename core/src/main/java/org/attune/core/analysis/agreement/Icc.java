package org.attune.core.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.FDistribution;
import org.attune.core.analysis.NotComputableException;

/**
 * Intraclass correlations in the six forms of Shrout &amp; Fleiss (1979): ICC(1,1), ICC(2,1), ICC(3,1) for a single
 * rater and ICC(1,k), ICC(2,k), ICC(3,k) for the mean of k raters, each with its F test and a confidence interval
 * (Shrout &amp; Fleiss 1979; McGraw &amp; Wong 1996; the ICC(2,·) interval with Satterthwaite's degrees of freedom).
 * Formulas: {@code docs/analysis.md}.
 */
public final class Icc {

    private static final String NAME = "ICC";

    private Icc() {
    }

    /**
     * The six ICCs with 95% confidence intervals.
     *
     * @param ratings the ratings
     * @return the six ICCs with 95% confidence intervals
     */
    public static IccResult compute(Double[][] ratings) {
        return compute(ratings, 0.95);
    }

    /**
     * The six ICCs of a table with one row per target and one column per rater; null = missing. Targets with a
     * missing rating are left out (listwise, as SPSS and R's psych do) and counted in {@link IccResult#dropped()}.
     *
     * @throws NotComputableException with fewer than two complete targets or two raters, or without variance
     * @param ratings the ratings
     * @param confidence the confidence level
     * @return the six ICCs of a table with one row per target and one column per rater; null = missing
     */
    public static IccResult compute(Double[][] ratings, double confidence) {
        List<double[]> rows = new ArrayList<>();
        int k = ratings.length == 0 ? 0 : ratings[0].length;
        int dropped = 0;
        for (Double[] row : ratings) {
            if (row.length != k) {
                throw new IllegalArgumentException("rows have different lengths");
            }
            boolean complete = true;
            double[] r = new double[k];
            for (int j = 0; j < k; j++) {
                if (row[j] == null || !Double.isFinite(row[j])) {
                    complete = false;
                } else {
                    r[j] = row[j];
                }
            }
            if (complete) {
                rows.add(r);
            } else {
                dropped++;
            }
        }
        if (k < 2) {
            throw new NotComputableException(NAME, "it needs at least two raters (columns), found " + k);
        }
        int n = rows.size();
        if (n < 2) {
            throw new NotComputableException(NAME, "it needs at least two targets rated by every rater, found " + n
                    + (dropped > 0 ? " (" + dropped + " left out for missing ratings)" : ""));
        }
        return fromRows(rows, k, dropped, confidence);
    }

    private static IccResult fromRows(List<double[]> x, int k, int dropped, double confidence) {
        int n = x.size();
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double v = x.get(i)[j];
                grand += v;
                rowMean[i] += v / k;
                colMean[j] += v / n;
            }
        }
        grand /= (double) n * k;
        double sst = 0;
        for (double[] r : x) {
            for (double v : r) {
                sst += (v - grand) * (v - grand);
            }
        }
        double ssb = 0;
        for (double m : rowMean) {
            ssb += k * (m - grand) * (m - grand);
        }
        double ssj = 0;
        for (double m : colMean) {
            ssj += n * (m - grand) * (m - grand);
        }
        double sse = Math.max(0, sst - ssb - ssj);
        double ssw = Math.max(0, sst - ssb);
        double bms = ssb / (n - 1);
        double wms = ssw / (n * (k - 1.0));
        double jms = ssj / (k - 1);
        double ems = sse / ((n - 1.0) * (k - 1));
        if (sst <= tiny(grand, n * k)) {
            throw new NotComputableException(NAME, "all ratings are equal (no variance)");
        }
        if (bms <= tiny(grand, n * k)) {
            throw new NotComputableException(NAME, "the targets do not differ (no variance between targets)");
        }
        double alpha = 1 - confidence;
        List<IccForm> forms = new ArrayList<>();

        // model 1: one-way random
        double df1 = n - 1;
        double dfw = n * (k - 1.0);
        double f1 = bms / wms;
        double icc11 = (bms - wms) / (bms + (k - 1) * wms);
        double icc1k = (bms - wms) / bms;
        Interval ci11 = null;
        Interval ci1k = null;
        if (wms > 0) {
            Interval[] ci = fIntervals(f1, df1, dfw, k, confidence);
            ci11 = ci[0];
            ci1k = ci[1];
        }
        double p1 = wms > 0 ? upperTail(f1, df1, dfw) : 0;

        // models 2 and 3: two-way
        double dfe = (n - 1.0) * (k - 1);
        double f3 = bms / ems;
        double p3 = ems > 0 ? upperTail(f3, df1, dfe) : 0;
        double icc21 = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
        double icc2k = (bms - ems) / (bms + (jms - ems) / n);
        double icc31 = (bms - ems) / (bms + (k - 1) * ems);
        double icc3k = (bms - ems) / bms;
        Interval ci21 = null;
        Interval ci2k = null;
        Interval ci31 = null;
        Interval ci3k = null;
        if (ems > 0) {
            Interval[] ci = fIntervals(f3, df1, dfe, k, confidence);
            ci31 = ci[0];
            ci3k = ci[1];
            // ICC(2,1): Satterthwaite's degrees of freedom for the denominator (McGraw & Wong 1996, Table 7)
            double a = k * icc21 / (n * (1 - icc21));
            double b = 1 + k * icc21 * (n - 1) / (n * (1 - icc21));
            double v = Math.pow(a * jms + b * ems, 2)
                    / (Math.pow(a * jms, 2) / (k - 1) + Math.pow(b * ems, 2) / dfe);
            if (Double.isFinite(v) && v > 0) {
                double fStarL = fQuantile(1 - alpha / 2, df1, v);
                double fStarU = fQuantile(1 - alpha / 2, v, df1);
                double c = k * jms + (k * n - k - n) * ems;
                double lower = n * (bms - fStarL * ems) / (fStarL * c + n * bms);
                double upper = n * (fStarU * bms - ems) / (c + n * fStarU * bms);
                ci21 = new Interval(lower, upper, confidence);
                ci2k = new Interval(spearmanBrown(lower, k), spearmanBrown(upper, k), confidence);
            }
        }
        forms.add(new IccForm("ICC(1,1)", "ICC(1,1)", 1, false, icc11, f1, df1, dfw, p1, ci11));
        forms.add(new IccForm("ICC(2,1)", "ICC(2,1)", 2, false, icc21, f3, df1, dfe, p3, ci21));
        forms.add(new IccForm("ICC(3,1)", "ICC(3,1)", 3, false, icc31, f3, df1, dfe, p3, ci31));
        forms.add(new IccForm("ICC(1," + k + ")", "ICC(1,k)", 1, true, icc1k, f1, df1, dfw, p1, ci1k));
        forms.add(new IccForm("ICC(2," + k + ")", "ICC(2,k)", 2, true, icc2k, f3, df1, dfe, p3, ci2k));
        forms.add(new IccForm("ICC(3," + k + ")", "ICC(3,k)", 3, true, icc3k, f3, df1, dfe, p3, ci3k));
        return new IccResult(n, k, dropped, bms, wms, jms, ems, forms);
    }

    /**
     * The single-rater and k-rater intervals of models 1 and 3 from the F ratio (Shrout &amp; Fleiss 1979):
     * FL = F / F(1-α/2; df1, df2), FU = F · F(1-α/2; df2, df1).
     */
    private static Interval[] fIntervals(double f, double df1, double df2, int k, double confidence) {
        double alpha = 1 - confidence;
        double fl = f / fQuantile(1 - alpha / 2, df1, df2);
        double fu = f * fQuantile(1 - alpha / 2, df2, df1);
        return new Interval[] {
            new Interval((fl - 1) / (fl + k - 1), (fu - 1) / (fu + k - 1), confidence),
            new Interval(1 - 1 / fl, 1 - 1 / fu, confidence)};
    }

    private static double spearmanBrown(double r, int k) {
        return k * r / (1 + (k - 1) * r);
    }

    private static double tiny(double scale, int count) {
        return 1e-12 * Math.max(1, scale * scale) * count;
    }

    static double fQuantile(double p, double df1, double df2) {
        return FDistribution.of(df1, df2).inverseCumulativeProbability(p);
    }

    static double upperTail(double f, double df1, double df2) {
        return FDistribution.of(df1, df2).survivalProbability(f);
    }
}
