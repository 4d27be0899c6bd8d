package org.attune.core.profile;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.core.model.TimeSpan;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;

/**
 * How a value written by hand on a tier (in ELAN, without the Attune profile) is read as a code of a scheme, the one
 * reading shared by the ELAN recognizers and the search's {@code --codes-on}. A value names a code by its id, its
 * label or "id label", ignoring case and extra blanks: {@code C2}, {@code Patient rejects therapist intervention}
 * and {@code C2  patient rejects therapist intervention} all mean C2. A rating is the number a rating value starts
 * with ({@code 4}, {@code 4 strong}); a coding's rating is the rating annotation with its span, else the one
 * overlapping it most.
 */
public final class ValueCodes {
    private static final Pattern RATING = Pattern.compile("^\\s*(\\d{1,2})\\b");

    private ValueCodes() {
    }

    /**
     * The code a value names.
     *
     * @param scheme the scheme
     * @param value  the value, as written (null: none)
     * @return the code of the scheme the value names by id, label or "id label", if any
     */
    public static Optional<Code> code(CodingScheme scheme, String value) {
        String v = normalise(value);
        return v.isEmpty() ? Optional.empty() : scheme.code(v);
    }

    /**
     * A value with its blanks collapsed to single spaces and stripped, as it is matched and reported.
     *
     * @param value the value (null: none)
     * @return the value with runs of blanks as one space, stripped ("" for null)
     */
    public static String normalise(String value) {
        return value == null ? "" : value.replaceAll("\\s+", " ").strip();
    }

    /**
     * The rating a rating value gives: the one- or two-digit number it starts with.
     *
     * @param value the rating value (null: none)
     * @return the rating, if the value starts with a number
     */
    public static Optional<Integer> rating(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = RATING.matcher(value);
        return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /**
     * The rating annotation of a coding: the one with the coding's span, else the one overlapping it most (the
     * first of equals), else none.
     *
     * @param <T>     the type of the rating annotations
     * @param coding  the coding's span
     * @param ratings the rating annotations, in their tier's order
     * @param span    the span of a rating annotation
     * @return the coding's rating annotation, if any
     */
    public static <T> Optional<T> ratingOf(TimeSpan coding, List<T> ratings, Function<T, TimeSpan> span) {
        T best = null;
        long bestOverlap = 0;
        for (T r : ratings) {
            TimeSpan s = span.apply(r);
            if (s.start() == coding.start() && s.end() == coding.end()) {
                return Optional.of(r);
            }
            long overlap = Math.min(s.end(), coding.end()) - Math.max(s.start(), coding.start());
            if (overlap > bestOverlap) {
                best = r;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }
}
