package org.attune.core.analysis.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.attune.core.analysis.NotComputableException;

/**
 * Krippendorff's alpha for any number of coders, missing values allowed, at the nominal, ordinal, interval or
 * ratio level, computed from the coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability". Formulas: {@code docs/analysis.md}.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * Alpha of a units × coders table (null or blank = missing). At the nominal level values are compared as
     * text; at the other levels they must be numbers.
     *
     * @throws NotComputableException when no unit has two values, all pairable values are equal, or a value is
     *     negative at the ratio level
     * @throws IllegalArgumentException when a value is not a number at a numeric level (message names it)
     * @param units one list of values per unit, one value per coder
     * @param level the measurement level
     * @return alpha with its details
     */
    public static AlphaResult compute(List<List<String>> units, Level level) {
        // the distinct values, in order: numeric order for numeric levels, text order for nominal
        Comparator<String> order = level == Level.NOMINAL ? Comparator.naturalOrder()
                : Comparator.comparingDouble(KrippendorffAlpha::number);
        TreeSet<String> distinct = new TreeSet<>(order);
        List<List<String>> pairable = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            List<String> vs = new ArrayList<>();
            for (String v : units.get(u)) {
                if (Kappa.present(v)) {
                    String s = v.strip();
                    if (level != Level.NOMINAL) {
                        requireNumber(s, u);
                        if (level == Level.RATIO && number(s) < 0) {
                            throw new NotComputableException(AlphaResult.NAME, "at the ratio level values must be "
                                    + "0 or more (a ratio scale has a true zero), but unit " + (u + 1) + " has "
                                    + s + "; use --level interval for values that can be negative");
                        }
                        s = canonical(s);
                    }
                    vs.add(s);
                }
            }
            if (vs.size() >= 2) {
                pairable.add(vs);
                distinct.addAll(vs);
            }
        }
        if (pairable.isEmpty()) {
            throw new NotComputableException(AlphaResult.NAME, "no unit has values from two or more coders");
        }
        List<String> vals = new ArrayList<>(distinct);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vals.size(); i++) {
            index.put(vals.get(i), i);
        }
        int q = vals.size();
        double[][] o = new double[q][q];
        for (List<String> vs : pairable) {
            int m = vs.size();
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o[index.get(vs.get(i))][index.get(vs.get(j))] += 1.0 / (m - 1);
                    }
                }
            }
        }
        double[] nc = new double[q];
        double n = 0;
        for (int c = 0; c < q; c++) {
            for (int k = 0; k < q; k++) {
                nc[c] += o[c][k];
            }
            n += nc[c];
        }
        double[][] delta = differences(vals, nc, level);
        double dObs = 0;
        double dExp = 0;
        for (int c = 0; c < q; c++) {
            for (int k = 0; k < q; k++) {
                dObs += o[c][k] * delta[c][k];
                dExp += nc[c] * nc[k] * delta[c][k];
            }
        }
        dObs /= n;
        dExp /= n * (n - 1);
        if (dExp <= 1e-15) {
            throw new NotComputableException(AlphaResult.NAME, q == 1
                    ? "every pairable value is '" + vals.get(0) + "' (a single category, no variation)"
                    : "the values do not vary");
        }
        return new AlphaResult(level, 1 - dObs / dExp, dObs, dExp, pairable.size(), (int) Math.round(n));
    }

    /** The squared difference δ² between every two values. */
    private static double[][] differences(List<String> vals, double[] nc, Level level) {
        int q = vals.size();
        double[][] d = new double[q][q];
        for (int c = 0; c < q; c++) {
            for (int k = 0; k < q; k++) {
                if (c == k) {
                    continue;
                }
                switch (level) {
                    case NOMINAL -> d[c][k] = 1;
                    case ORDINAL -> {
                        int lo = Math.min(c, k);
                        int hi = Math.max(c, k);
                        double s = 0;
                        for (int g = lo; g <= hi; g++) {
                            s += nc[g];
                        }
                        s -= (nc[lo] + nc[hi]) / 2;
                        d[c][k] = s * s;
                    }
                    case INTERVAL -> {
                        double diff = number(vals.get(c)) - number(vals.get(k));
                        d[c][k] = diff * diff;
                    }
                    case RATIO -> {
                        double a = number(vals.get(c));
                        double b = number(vals.get(k));
                        double r = (a - b) / (a + b);
                        d[c][k] = a + b == 0 ? 0 : r * r;
                    }
                    default -> throw new IllegalStateException(level.toString());
                }
            }
        }
        return d;
    }

    private static void requireNumber(String s, int unit) {
        try {
            number(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unit " + (unit + 1) + ": '" + s
                    + "' is not a number (use --level nominal for categories)");
        }
    }

    private static double number(String s) {
        double d = Double.parseDouble(s.strip());
        if (!Double.isFinite(d)) {
            throw new NumberFormatException(s);
        }
        return d;
    }

    /** "2", "2.0" and "2.00" are the same value. */
    private static String canonical(String s) {
        return Double.toString(number(s));
    }
}
