package org.attune.core.scheme;

import java.util.Objects;

/**
 * A category of codes. Categories are data; the ones the query language knows by name are
 * {@link #WITHDRAWAL}, {@link #CONFRONTATION} (together: ruptures) and {@link #RESOLUTION}.
 *
 * @param id    the category id (lower case, e.g. {@code withdrawal})
 * @param label a human label (e.g. {@code Withdrawal markers})
 */
public record Category(String id, String label) {
    public static final String WITHDRAWAL = "withdrawal";
    public static final String CONFRONTATION = "confrontation";
    public static final String RESOLUTION = "resolution";

    public Category {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
    }

    /** Whether a category id is one of the two rupture categories. */
    public static boolean isRupture(String categoryId) {
        return WITHDRAWAL.equals(categoryId) || CONFRONTATION.equals(categoryId);
    }
}
