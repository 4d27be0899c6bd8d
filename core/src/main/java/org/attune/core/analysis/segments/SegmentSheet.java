package org.attune.core.analysis.segments;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attune.core.profile.Coding;
import org.attune.core.scheme.Category;

/**
 * The 3RS segment sheet of one coder's codings: the session cut into segments (5 minutes by default), per
 * segment the markers and strategies present, the withdrawal and confrontation significance (the highest rating
 * coded in the segment, which the coder may override) and the resolution rating; and session-level globals.
 * A coding belongs to every segment it overlaps. Rules: {@code docs/analysis.md}.
 *
 * @param segmentMs the segment length, ms
 * @param codeOrder the code columns, in order (the scheme's markers then strategies, then any other code)
 * @param segments  the rows
 */
public record SegmentSheet(long segmentMs, List<String> codeOrder, List<Segment> segments) {

    /** The default segment length of the 3RS manual: five minutes. */
    public static final long DEFAULT_SEGMENT_MS = 5 * 60_000L;

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param segmentMs the segment length, ms
     * @param codeOrder the code columns, in order (the scheme's markers then strategies, then any other code)
     * @param segments the rows
     */
    public SegmentSheet {
        codeOrder = List.copyOf(codeOrder);
        segments = List.copyOf(segments);
    }

    /**
     * The sheet of one coder's codings.
     *
     * @param codings    the codings (one coder)
     * @param codeOrder  code columns to show even when unused (e.g. every code of the scheme), may be empty
     * @param sessionEnd the session's end, ms; the last segment ends there (it may be shorter)
     * @param segmentMs  the segment length, ms
     * @param overrides  the coder's rating adjustments
     * @return the sheet of one coder's codings
     */
    public static SegmentSheet of(List<Coding> codings, List<String> codeOrder, long sessionEnd, long segmentMs,
                                  List<SegmentOverride> overrides) {
        if (segmentMs <= 0) {
            throw new IllegalArgumentException("the segment length must be positive, got " + segmentMs + " ms");
        }
        long end = sessionEnd;
        for (Coding c : codings) {
            end = Math.max(end, c.end());
        }
        Set<String> columns = new LinkedHashSet<>(codeOrder);
        codings.stream().filter(c -> relevant(c)).map(Coding::code).sorted().forEach(columns::add);
        List<Segment> rows = new ArrayList<>();
        int n = (int) Math.max(1, (end + segmentMs - 1) / segmentMs);
        for (int i = 0; i < n; i++) {
            long s = i * segmentMs;
            long e = Math.min(end, s + segmentMs);
            if (i == n - 1 && e <= s) {
                e = s + segmentMs;
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            Integer w = null;
            Integer conf = null;
            Integer res = null;
            for (Coding c : codings) {
                if (!relevant(c) || !overlaps(c, s, e)) {
                    continue;
                }
                counts.merge(c.code(), 1, Integer::sum);
                if (c.rating() != null) {
                    switch (c.category()) {
                        case Category.WITHDRAWAL -> w = max(w, c.rating());
                        case Category.CONFRONTATION -> conf = max(conf, c.rating());
                        case Category.RESOLUTION -> res = max(res, c.rating());
                        default -> { }
                    }
                }
            }
            for (SegmentOverride o : overrides) {
                if (o.segment() == i + 1) {
                    w = o.withdrawalSignificance() != null ? o.withdrawalSignificance() : w;
                    conf = o.confrontationSignificance() != null ? o.confrontationSignificance() : conf;
                    res = o.resolutionRating() != null ? o.resolutionRating() : res;
                }
            }
            rows.add(new Segment(i + 1, s, e, counts, w, conf, res));
        }
        return new SegmentSheet(segmentMs, new ArrayList<>(columns), rows);
    }

    private static boolean relevant(Coding c) {
        return Category.isRupture(c.category()) || Category.RESOLUTION.equals(c.category());
    }

    private static boolean overlaps(Coding c, long s, long e) {
        if (c.start() == c.end()) {
            return c.start() >= s && c.start() < e;
        }
        return c.start() < e && c.end() > s;
    }

    private static Integer max(Integer a, int b) {
        return a == null ? b : Math.max(a, b);
    }

    /**
     * Session global: the highest withdrawal significance of any segment, or null.
     *
     * @return the global withdrawal significance
     */
    public Integer globalWithdrawalSignificance() {
        return highest(Segment::withdrawalSignificance);
    }

    /**
     * Session global: the highest confrontation significance of any segment, or null.
     *
     * @return the global confrontation significance
     */
    public Integer globalConfrontationSignificance() {
        return highest(Segment::confrontationSignificance);
    }

    /**
     * Session global: the mean resolution rating of the segments that have one, or null.
     *
     * @return the global resolution rating
     */
    public Double globalResolutionRating() {
        return segments.stream().filter(s -> s.resolutionRating() != null)
                .mapToInt(Segment::resolutionRating).average().stream().boxed().findFirst().orElse(null);
    }

    /**
     * Session global: in how many segments a code occurs.
     *
     * @param code the code's id
     * @return the number of segments
     */
    public int segmentsWith(String code) {
        return (int) segments.stream().filter(s -> s.count(code) > 0).count();
    }

    private Integer highest(java.util.function.Function<Segment, Integer> f) {
        Integer out = null;
        for (Segment s : segments) {
            Integer v = f.apply(s);
            if (v != null) {
                out = out == null ? v : Math.max(out, v);
            }
        }
        return out;
    }

    /**
     * The sheet as CSV, one row per segment: {@code segment, start, end}, one column per code (how many codings
     * of it the segment has), {@code withdrawal_significance, confrontation_significance, resolution_rating};
     * times as {@code m:ss}; an empty cell is "not rated".
     *
     * @return the sheet as CSV, one row per segment: {@code segment, start, end}, one column per code (how many codings of it the segment has), {@code withdrawal_significance, confrontation_significance, resolution_rating}; times as {@code m:ss}; an empty cell is "not rated"
     */
    public String toCsv() {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("segment", "start", "end"));
        header.addAll(codeOrder);
        header.addAll(List.of("withdrawal_significance", "confrontation_significance", "resolution_rating"));
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            for (Segment s : segments) {
                List<Object> row = new ArrayList<>(List.of(s.number(), clock(s.start()), clock(s.end())));
                for (String c : codeOrder) {
                    row.add(s.count(c));
                }
                row.add(blank(s.withdrawalSignificance()));
                row.add(blank(s.confrontationSignificance()));
                row.add(blank(s.resolutionRating()));
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Object blank(Integer v) {
        return v == null ? "" : v;
    }

    /**
     * {@code m:ss}.
     *
     * @param ms the time, in milliseconds
     * @return the time as minutes and seconds
     */
    public static String clock(long ms) {
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
