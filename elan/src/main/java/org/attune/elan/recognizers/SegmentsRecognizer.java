package org.attune.elan.recognizers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.attune.core.analysis.segments.Segment;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.profile.Coding;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.elan.descriptor.Descriptor;
import org.attune.elan.descriptor.Param;
import org.attune.elan.protocol.OutputTiers;
import org.attune.elan.protocol.Params;
import org.attune.elan.protocol.RecognizerException;
import org.attune.elan.protocol.Report;

/**
 * "Attune 3RS segments": the 3RS segment sheet of the rupture and resolution tiers, as tiers with one annotation
 * per segment: the markers present, the strategies present, the withdrawal and confrontation significance (the
 * highest rating coded in the segment) and the resolution rating. Segments run from 0 to the end of the last
 * coding. Rules: {@link SegmentSheet}.
 */
public final class SegmentsRecognizer implements Recognizer {
    static final String ID = "attune-segments";
    static final String SEGMENT_MINUTES = "segment_minutes";
    static final String OUTPUT = "segments";
    /** The tiers written, one per column. */
    static final List<String> COLUMNS = List.of("Attune_segment", "Attune_markers", "Attune_strategies",
            "Attune_withdrawal_significance", "Attune_confrontation_significance", "Attune_resolution_rating");
    static final String NONE = "none";
    static final String NOT_RATED = "not rated";

    private final SchemeRegistry schemes;
    private final Descriptor descriptor;
    private final Param.Number minutes = new Param.Number(SEGMENT_MINUTES, "Segment length in minutes (3RS: 5)",
            0.5, 60, 5, false);

    SegmentsRecognizer(SchemeRegistry schemes) {
        this.schemes = schemes;
        this.descriptor = new Descriptor(ID, "Attune 3RS segments",
                "The 3RS segment sheet of a coded session: the session cut into segments (5 minutes by default) and, "
                        + "per segment, the rupture markers and resolution strategies present, the withdrawal and "
                        + "confrontation significance (the highest rating coded in the segment) and the resolution "
                        + "rating, as six new tiers.",
                List.of(Codings.RUPTURES_INPUT, Codings.RESOLUTIONS_INPUT,
                        new Param.TierInput(Codings.RUPTURE_RATINGS, "Ratings of the markers (1-5; optional dependent tier)",
                                true),
                        new Param.TierInput(Codings.RESOLUTION_RATINGS,
                                "Ratings of the strategies (1-5; optional dependent tier)", true),
                        minutes,
                        Inputs.schemeParam(schemes),
                        new Param.TierOutput(OUTPUT, "Segment sheet tiers")));
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }

    @Override
    public void run(Params params, Report report) throws RecognizerException, IOException {
        long segmentMs = Inputs.duration(params, minutes, 60_000L);
        CodingScheme scheme = Inputs.scheme(params, schemes);
        var output = Inputs.output(params, OUTPUT);
        report.progress(0.05, "Reading the tiers");
        List<Coding> codings = Codings.of(params, scheme, report);
        report.progress(0.5, "Cutting the session into segments of " + SegmentSheet.clock(segmentMs));
        SegmentSheet sheet = SegmentSheet.of(codings, codeOrder(scheme), 0, segmentMs, List.of());
        Map<String, String> categories = new HashMap<>();
        codings.forEach(c -> categories.putIfAbsent(c.code(), c.category()));
        List<OutputTiers.Row> rows = new ArrayList<>();
        for (Segment s : sheet.segments()) {
            rows.add(new OutputTiers.Row(s.start(), s.end(), List.of("Segment " + s.number(),
                    codes(sheet, s, categories, true), codes(sheet, s, categories, false),
                    rating(s.withdrawalSignificance()),
                    rating(s.confrontationSignificance()), rating(s.resolutionRating()))));
        }
        report.progress(0.9, "Writing " + COLUMNS.size() + " tiers");
        OutputTiers.write(output, List.of(new OutputTiers.Group(COLUMNS, rows)));
        long withMarkers = sheet.segments().stream().filter(s -> !codes(sheet, s, categories, true).equals(NONE))
                .count();
        Double meanResolution = sheet.globalResolutionRating();
        report.info(String.format(Locale.ROOT, "%d segments of %s: markers in %d; session withdrawal significance %s, "
                        + "confrontation significance %s, mean resolution rating %s.", sheet.segments().size(),
                SegmentSheet.clock(segmentMs), withMarkers, rating(sheet.globalWithdrawalSignificance()),
                rating(sheet.globalConfrontationSignificance()),
                meanResolution == null ? NOT_RATED : String.format(Locale.ROOT, "%.1f", meanResolution)));
    }

    /** The scheme's markers then strategies, so that codes show in scheme order. */
    private static List<String> codeOrder(CodingScheme scheme) {
        return scheme.codes().filter(c -> Category.isRupture(c.category()) || Category.RESOLUTION.equals(c.category()))
                .map(Code::id).toList();
    }

    /** The markers (or strategies) of a segment in the sheet's code order (the scheme's), "C2 W1x2"; "none" when there are none. */
    static String codes(SegmentSheet sheet, Segment s, Map<String, String> categories, boolean markers) {
        List<String> out = new ArrayList<>();
        for (String code : sheet.codeOrder()) {
            int n = s.count(code);
            String category = categories.getOrDefault(code, "");
            boolean isMarker = Category.isRupture(category);
            boolean isStrategy = Category.RESOLUTION.equals(category);
            if (n > 0 && (markers ? isMarker : isStrategy)) {
                out.add(n > 1 ? code + "x" + n : code);
            }
        }
        return out.isEmpty() ? NONE : String.join(" ", out);
    }

    private static String rating(Integer r) {
        return r == null ? NOT_RATED : r.toString();
    }
}
