package org.attune.core.scheme;

import java.util.Objects;

/**
 * The rating scale of a scheme's codings, e.g. 3RS significance 1-5.
 *
 * @param name  what is rated (e.g. {@code significance})
 * @param min   lowest rating
 * @param max   highest rating
 * @param lowLabel  meaning of the lowest rating ("" if none)
 * @param highLabel meaning of the highest rating ("" if none)
 */
public record RatingScale(String name, int min, int max, String lowLabel, String highLabel) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param name what is rated (e.g. {@code significance})
     * @param min lowest rating
     * @param max highest rating
     * @param lowLabel meaning of the lowest rating ("" if none)
     * @param highLabel meaning of the highest rating ("" if none)
     */
    public RatingScale {
        Objects.requireNonNull(name, "name");
        if (min > max) {
            throw new IllegalArgumentException("rating scale " + name + ": min " + min + " > max " + max);
        }
        lowLabel = lowLabel == null ? "" : lowLabel;
        highLabel = highLabel == null ? "" : highLabel;
    }

    /**
     * Whether the rating lies on this scale.
     *
     * @param rating the rating
     * @return whether it contains the value
     */
    public boolean contains(int rating) {
        return rating >= min && rating <= max;
    }
}
