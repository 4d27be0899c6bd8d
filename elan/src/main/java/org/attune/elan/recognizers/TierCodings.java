package org.attune.elan.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.core.model.TimeSpan;
import org.attune.core.profile.Coding;
import org.attune.core.profile.ValueCodes;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;
import org.attune.elan.protocol.Report;
import org.attune.elan.protocol.Span;

/**
 * Turns the annotations of the tiers ELAN passed into codings. ELAN does not say which tier it passed, only its
 * annotations, so a value is read as a code of the scheme as {@link ValueCodes} reads it (id or label, ignoring
 * case and extra blanks; the search's {@code --codes-on} reads plain tiers the same way). A value that names no
 * code is left out and reported. Ratings come from an optional tier of ratings (a dependent tier in ELAN): the
 * rating annotation with the coding's span, or the one overlapping it most.
 */
final class TierCodings {
    private static final int SHOWN = 5;

    private TierCodings() {
    }

    /**
     * The codings of a tier's spans, in the tier's order.
     *
     * @param spans   the tier's annotations
     * @param ratings the annotations of its ratings tier (may be empty)
     * @param tierId  the name the codings get (e.g. {@code ruptures})
     * @param label   what the tier is, for the report
     */
    static List<Coding> read(List<Span> spans, List<Span> ratings, String tierId, String label, CodingScheme scheme,
                             Report report) {
        List<Coding> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int badRatings = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            String value = ValueCodes.normalise(s.value());
            Optional<Code> code = ValueCodes.code(scheme, value);
            if (code.isEmpty()) {
                if (!value.isEmpty()) {
                    unknown.add("'" + value + "' (line " + s.line() + ")");
                }
                continue;
            }
            Code c = code.get();
            String layer = scheme.layerOf(c).map(Layer::id).orElse("");
            Integer rating = null;
            Optional<Span> r = ValueCodes.ratingOf(span(s), ratings, TierCodings::span);
            if (r.isPresent()) {
                Optional<Integer> n = ValueCodes.rating(r.get().value());
                if (n.isPresent()) {
                    rating = n.get();
                } else if (!r.get().value().isBlank()) {
                    badRatings++;
                }
            }
            out.add(new Coding(tierId, tierId + "-" + (i + 1), scheme.ref(), layer, c.id(), c.label(), c.category(),
                    s.start(), s.end(), rating, "ELAN", ""));
        }
        if (!unknown.isEmpty()) {
            report.info("Left out " + unknown.size() + " value(s) of " + label + " that name no " + scheme.name()
                    + " code: " + String.join(", ", unknown.subList(0, Math.min(SHOWN, unknown.size())))
                    + (unknown.size() > SHOWN ? ", ..." : ""));
        }
        if (badRatings > 0) {
            report.info("Ignored " + badRatings + " rating(s) of " + label + " that are not a number");
        }
        return out;
    }

    private static TimeSpan span(Span s) {
        return new TimeSpan(s.start(), s.end(), false);
    }
}
