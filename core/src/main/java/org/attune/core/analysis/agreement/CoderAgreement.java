package org.attune.core.analysis.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attune.core.analysis.NotComputableException;
import org.attune.core.analysis.segments.Segment;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.profile.Coding;
import org.attune.core.scheme.Category;

/**
 * Agreement of two or more coders of the same session, from their codings:
 * <ul>
 *   <li>per category and per code, presence in each segment: Cohen's kappa (two coders) or Fleiss' kappa (more);
 *       per category also Krippendorff's alpha (nominal);</li>
 *   <li>withdrawal and confrontation significance per segment (0 where a coder coded no such marker): the six
 *       ICCs with 95% intervals and Krippendorff's alpha (ordinal and interval);</li>
 *   <li>per layer and pair of coders, time-based agreement: codes matched by ≥ 60% overlap, modified kappa
 *       after Holle &amp; Rein.</li>
 * </ul>
 * Statistics that cannot be computed (e.g. a code nobody used) appear with a null value and the reason.
 */
public final class CoderAgreement {

    private CoderAgreement() {
    }

    /**
     * The agreement report.
     *
     * @param byCoder    coder → that coder's codings of the session
     * @param sessionEnd the session's end, ms
     * @param segmentMs  the segment length, ms
     * @return the agreement report
     */
    public static List<AgreementRow> compute(Map<String, List<Coding>> byCoder, long sessionEnd, long segmentMs) {
        if (byCoder.size() < 2) {
            throw new NotComputableException("Inter-rater agreement", "it needs two or more coders, found "
                    + byCoder.size() + (byCoder.isEmpty() ? "" : " (" + String.join(", ", byCoder.keySet()) + ")"));
        }
        long end = sessionEnd;
        for (List<Coding> cs : byCoder.values()) {
            for (Coding c : cs) {
                end = Math.max(end, c.end());
            }
        }
        List<String> coders = new ArrayList<>(byCoder.keySet());
        Map<String, SegmentSheet> sheets = new LinkedHashMap<>();
        for (String coder : coders) {
            sheets.put(coder, SegmentSheet.of(byCoder.get(coder), List.of(), end, segmentMs, List.of()));
        }
        int segments = sheets.get(coders.get(0)).segments().size();
        List<AgreementRow> rows = new ArrayList<>();

        // presence per category and per code
        Set<String> codes = new LinkedHashSet<>();
        Map<String, String> categoryOf = new LinkedHashMap<>();
        byCoder.values().forEach(cs -> cs.stream().filter(CoderAgreement::relevant).sorted(
                java.util.Comparator.comparing(Coding::category).thenComparing(Coding::code)).forEach(c -> {
                    codes.add(c.code());
                    categoryOf.putIfAbsent(c.code(), c.category());
                }));
        for (String category : List.of(Category.WITHDRAWAL, Category.CONFRONTATION, Category.RESOLUTION)) {
            List<List<String>> units = new ArrayList<>();
            for (int s = 0; s < segments; s++) {
                List<String> unit = new ArrayList<>();
                for (String coder : coders) {
                    Segment seg = sheets.get(coder).segments().get(s);
                    boolean present = seg.codes().keySet().stream()
                            .anyMatch(code -> category.equals(categoryOf.get(code)));
                    unit.add(present ? "present" : "absent");
                }
                units.add(unit);
            }
            rows.add(presence(category + " (segment presence)", units, coders.size()));
            rows.add(alpha(category + " (segment presence)", units, Level.NOMINAL));
        }
        for (String code : codes) {
            List<List<String>> units = new ArrayList<>();
            for (int s = 0; s < segments; s++) {
                List<String> unit = new ArrayList<>();
                for (String coder : coders) {
                    unit.add(sheets.get(coder).segments().get(s).count(code) > 0 ? "present" : "absent");
                }
                units.add(unit);
            }
            rows.add(presence("code " + code + " (segment presence)", units, coders.size()));
        }

        // significance ratings
        for (String category : List.of(Category.WITHDRAWAL, Category.CONFRONTATION)) {
            String target = category + " significance";
            Double[][] table = new Double[segments][coders.size()];
            List<List<String>> units = new ArrayList<>();
            for (int s = 0; s < segments; s++) {
                List<String> unit = new ArrayList<>();
                for (int j = 0; j < coders.size(); j++) {
                    Segment seg = sheets.get(coders.get(j)).segments().get(s);
                    Integer r = category.equals(Category.WITHDRAWAL) ? seg.withdrawalSignificance()
                            : seg.confrontationSignificance();
                    table[s][j] = r == null ? 0.0 : r.doubleValue();
                    unit.add(String.valueOf(r == null ? 0 : r));
                }
                units.add(unit);
            }
            try {
                IccResult icc = Icc.compute(table);
                for (IccForm f : icc.forms()) {
                    rows.add(new AgreementRow(target, f.kind(), f.value(), f.interval(),
                            icc.targets() + " segments, k = " + icc.raters() + " coders"));
                }
            } catch (NotComputableException e) {
                rows.add(new AgreementRow(target, "ICC", null, null, e.getMessage()));
            }
            rows.add(alpha(target, units, Level.ORDINAL));
            rows.add(alpha(target, units, Level.INTERVAL));
        }

        // time-based, per layer and pair of coders
        Set<String> layers = new LinkedHashSet<>();
        byCoder.values().forEach(cs -> cs.stream().filter(CoderAgreement::relevant).forEach(c -> layers.add(
                c.layerId())));
        for (String layer : layers) {
            for (int i = 0; i < coders.size(); i++) {
                for (int j = i + 1; j < coders.size(); j++) {
                    List<TimedCode> a = timed(byCoder.get(coders.get(i)), layer);
                    List<TimedCode> b = timed(byCoder.get(coders.get(j)), layer);
                    String target = "layer " + layer + ", coders " + coders.get(i) + "/" + coders.get(j);
                    try {
                        TimedAgreementResult t = TimedAgreement.compute(a, b);
                        rows.add(new AgreementRow(target, TimedAgreementResult.NAME, t.modifiedKappa(), null,
                                String.format(Locale.ROOT, "%d matched, %d unmatched, raw agreement %.3f%s",
                                        t.matched(), t.unmatched(), t.rawAgreement(),
                                        t.modifiedKappa() == null ? "; chance agreement is 1" : "")));
                    } catch (NotComputableException e) {
                        rows.add(new AgreementRow(target, TimedAgreementResult.NAME, null, null, e.getMessage()));
                    }
                }
            }
        }
        return rows;
    }

    private static boolean relevant(Coding c) {
        return Category.isRupture(c.category()) || Category.RESOLUTION.equals(c.category());
    }

    private static List<TimedCode> timed(List<Coding> codings, String layer) {
        return codings.stream().filter(c -> relevant(c) && c.layerId().equals(layer))
                .map(c -> new TimedCode(c.start(), c.end(), c.code())).toList();
    }

    private static AgreementRow presence(String target, List<List<String>> units, int coders) {
        String note = units.size() + " segments, " + coders + " coders";
        try {
            KappaResult k;
            if (coders == 2) {
                k = Kappa.cohen(units.stream().map(u -> u.get(0)).toList(), units.stream().map(u -> u.get(1)).toList());
            } else {
                k = Kappa.fleiss(units);
            }
            return new AgreementRow(target, k.name(), k.value(), null, note);
        } catch (NotComputableException e) {
            return new AgreementRow(target, coders == 2 ? Kappa.COHEN : Kappa.FLEISS, null, null, e.getMessage());
        }
    }

    private static AgreementRow alpha(String target, List<List<String>> units, Level level) {
        try {
            AlphaResult a = KrippendorffAlpha.compute(units, level);
            return new AgreementRow(target, AlphaResult.NAME, a.value(), null,
                    level.id() + "; " + a.units() + " segments, " + a.values() + " values");
        } catch (NotComputableException e) {
            return new AgreementRow(target, AlphaResult.NAME, null, null, level.id() + "; " + e.getMessage());
        }
    }
}
