package org.attune.core.analysis.sequential;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.attune.core.analysis.NotComputableException;

/**
 * A table of transitions from given codes (rows) to target codes (columns), tallied over one or more sessions
 * (pairs never cross sessions), with GSEQ's statistics for each cell: transitional probability, expected
 * count, adjusted residual and Yule's Q (Bakeman &amp; Quera 2011). Formulas: {@code docs/analysis.md}.
 */
public final class LagTable {

    private static final String NAME = "lag sequential analysis";
    private final List<String> codes;
    private final long[][] counts;
    private final Tally tally;

    private LagTable(List<String> codes, long[][] counts, Tally tally) {
        this.codes = List.copyOf(codes);
        this.counts = counts;
        this.tally = tally;
    }

    /**
     * Tallies the sessions (pooled); pass one session for a per-session table.
     *
     * @param sessions the sessions
     * @param tally the tally
     * @return the table
     */
    public static LagTable of(List<EventSequence> sessions, Tally tally) {
        TreeSet<String> all = new TreeSet<>();
        sessions.forEach(s -> s.events().forEach(e -> all.add(e.code())));
        List<String> codes = new ArrayList<>(all);
        long[][] counts = new long[codes.size()][codes.size()];
        for (EventSequence s : sessions) {
            List<Event> ev = s.events();
            for (int i = 0; i < ev.size(); i++) {
                int g = codes.indexOf(ev.get(i).code());
                if (tally instanceof Tally.ByEvents byEvents) {
                    int j = i + byEvents.lag();
                    if (j < ev.size()) {
                        counts[g][codes.indexOf(ev.get(j).code())]++;
                    }
                } else if (tally instanceof Tally.ByTime byTime) {
                    Set<String> seen = new HashSet<>();
                    long from = ev.get(i).start();
                    for (int j = i + 1; j < ev.size(); j++) {
                        Event t = ev.get(j);
                        if (t.start() <= from) {
                            continue;
                        }
                        if (t.start() > from + byTime.windowMs()) {
                            break;
                        }
                        if (seen.add(t.code())) {
                            counts[g][codes.indexOf(t.code())]++;
                        }
                    }
                }
            }
        }
        return new LagTable(codes, counts, tally);
    }

    /**
     * The codes, in row and column order.
     *
     * @return the codes, in row and column order
     */
    public List<String> codes() {
        return codes;
    }

    /**
     * How the table was tallied.
     *
     * @return how it was tallied
     */
    public Tally tally() {
        return tally;
    }

    /**
     * The observed count of a cell (0 for codes that never occur).
     *
     * @param given the given (earlier) code
     * @param target the target (later) code
     * @return the observed count
     */
    public long count(String given, String target) {
        int g = codes.indexOf(given);
        int t = codes.indexOf(target);
        return g < 0 || t < 0 ? 0 : counts[g][t];
    }

    /**
     * The table total N.
     *
     * @return the table total N
     */
    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    /**
     * The statistics of one cell.
     *
     * @throws NotComputableException when nothing was tallied
     * @param given the given (earlier) code
     * @param target the target (later) code
     * @return the cell's statistics
     */
    public Cell cell(String given, String target) {
        long n = total();
        if (n == 0) {
            throw new NotComputableException(NAME, "no transitions were tallied (too few events for the lag)");
        }
        int g = codes.indexOf(given);
        int t = codes.indexOf(target);
        long x = g < 0 || t < 0 ? 0 : counts[g][t];
        long row = 0;
        long col = 0;
        for (int i = 0; i < codes.size(); i++) {
            row += g < 0 ? 0 : counts[g][i];
            col += t < 0 ? 0 : counts[i][t];
        }
        double e = row * (double) col / n;
        Double prob = row == 0 ? null : x / (double) row;
        double variance = e * (1 - row / (double) n) * (1 - col / (double) n);
        Double z = variance > 0 ? (x - e) / Math.sqrt(variance) : null;
        Double p = z == null ? null : 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(z));
        double a = x;
        double b = row - x;
        double c = col - x;
        double d = n - row - col + x;
        double denom = a * d + b * c;
        Double q = denom > 0 ? (a * d - b * c) / denom : null;
        return new Cell(given, target, x, row, col, n, prob, e, z, p, q);
    }

    /**
     * Every cell, row by row.
     *
     * @return the cells
     */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (String g : codes) {
            for (String t : codes) {
                out.add(cell(g, t));
            }
        }
        return out;
    }

    /**
     * A table from given counts (rows = given, columns = target, same codes), e.g. a published table.
     *
     * @param codes the codes
     * @param counts the counts
     * @return a table from given counts (rows = given, columns = target, same codes), e.g
     */
    public static LagTable ofCounts(List<String> codes, long[][] counts) {
        if (counts.length != codes.size()) {
            throw new IllegalArgumentException("one row per code");
        }
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != codes.size()) {
                throw new IllegalArgumentException("one column per code");
            }
            copy[i] = counts[i].clone();
        }
        return new LagTable(codes, copy, new Tally.ByEvents(1));
    }
}
