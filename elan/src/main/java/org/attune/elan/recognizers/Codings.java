package org.attune.elan.recognizers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attune.core.profile.Coding;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.CodingScheme;
import org.attune.elan.descriptor.Param;
import org.attune.elan.protocol.Params;
import org.attune.elan.protocol.RecognizerException;
import org.attune.elan.protocol.Report;
import org.attune.elan.protocol.Span;

/** The codings of the {@code ruptures} and {@code resolutions} tiers (and their ratings) that ELAN passed. */
final class Codings {
    static final String RUPTURES = "ruptures";
    static final String RESOLUTIONS = "resolutions";
    static final String RUPTURE_RATINGS = "rupture_ratings";
    static final String RESOLUTION_RATINGS = "resolution_ratings";

    /** The tier of rupture markers, which every recognizer of codings needs. */
    static final Param.TierInput RUPTURES_INPUT = new Param.TierInput(RUPTURES,
            "Tier with the rupture markers (e.g. W1, C2)", false);
    /** The tier of resolution strategies (a session may have none). */
    static final Param.TierInput RESOLUTIONS_INPUT = new Param.TierInput(RESOLUTIONS,
            "Tier with the resolution strategies (e.g. R4)", true);

    private Codings() {
    }

    static List<Coding> of(Params params, CodingScheme scheme, Report report) throws RecognizerException {
        List<Span> ruptures = Inputs.tier(params, RUPTURES, "the ruptures tier");
        List<Span> resolutions = Inputs.optionalTier(params, RESOLUTIONS, "the resolutions tier");
        List<Span> ruptureRatings = Inputs.optionalTier(params, RUPTURE_RATINGS,
                "the rupture ratings tier");
        List<Span> resolutionRatings = Inputs.optionalTier(params, RESOLUTION_RATINGS,
                "the resolution ratings tier");
        List<Coding> codings = new ArrayList<>();
        List<Coding> r = TierCodings.read(ruptures, ruptureRatings, RUPTURES,
                "the ruptures tier", scheme, report);
        List<Coding> s = TierCodings.read(resolutions, resolutionRatings, RESOLUTIONS,
                "the resolutions tier", scheme, report);
        codings.addAll(r);
        codings.addAll(s);
        long markers = codings.stream().filter(c -> Category.isRupture(c.category())).count();
        long strategies = codings.stream().filter(c -> Category.RESOLUTION.equals(c.category())).count();
        if (markers == 0 && strategies == 0) {
            throw new RecognizerException("none of the " + (ruptures.size() + resolutions.size())
                    + " annotations of the chosen tiers names a " + scheme.name() + " rupture marker or resolution "
                    + "strategy: choose the tiers that hold the codes (values such as C2 or "
                    + "'Patient rejects therapist intervention')");
        }
        long misplaced = r.stream().filter(c -> !Category.isRupture(c.category())).count()
                + s.stream().filter(c -> !Category.RESOLUTION.equals(c.category())).count();
        if (misplaced > 0) {
            report.info("Note: " + misplaced + " code(s) are on the other tier than their category suggests; "
                    + "each is counted by its category.");
        }
        report.info("Read " + markers + " rupture markers and " + strategies + " resolution strategies.");
        codings.sort(Comparator.comparingLong(Coding::start).thenComparingLong(Coding::end));
        return codings;
    }
}
