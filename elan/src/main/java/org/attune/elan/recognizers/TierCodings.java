package org.attune.elan.recognizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.core.profile.Coding;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;
import org.attune.elan.protocol.Report;
import org.attune.elan.protocol.Span;

/**
 * Turns the annotations of the tiers ELAN passed into codings. ELAN does not say which tier it passed, only its
 * annotations, so a value is matched to a code of the scheme by id or label, ignoring case and extra blanks:
 * {@code C2}, {@code Patient rejects therapist intervention} and {@code C2 Patient rejects therapist intervention}
 * all mean C2. A value that names no code is left out and reported. Ratings come from an optional tier of ratings
 * (a dependent tier in ELAN): the rating annotation with the coding's span, or the one overlapping it most.
 */
final class TierCodings {
    private static final Pattern RATING = Pattern.compile("^\\s*(\\d{1,2})\\b");
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
            String value = s.value().replaceAll("\\s+", " ").strip();
            Optional<Code> code = scheme.code(value);
            if (code.isEmpty()) {
                if (!value.isEmpty()) {
                    unknown.add("'" + value + "' (line " + s.line() + ")");
                }
                continue;
            }
            Code c = code.get();
            String layer = scheme.layerOf(c).map(Layer::id).orElse("");
            Integer rating = null;
            Optional<Span> r = ratingOf(s, ratings);
            if (r.isPresent()) {
                Matcher m = RATING.matcher(r.get().value());
                if (m.find()) {
                    rating = Integer.valueOf(m.group(1));
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

    /** The rating annotation of a coding: the one with its span, else the one overlapping it most. */
    private static Optional<Span> ratingOf(Span coding, List<Span> ratings) {
        Span best = null;
        long bestOverlap = 0;
        for (Span r : ratings) {
            if (r.start() == coding.start() && r.end() == coding.end()) {
                return Optional.of(r);
            }
            long overlap = Math.min(r.end(), coding.end()) - Math.max(r.start(), coding.start());
            if (overlap > bestOverlap) {
                best = r;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }
}
