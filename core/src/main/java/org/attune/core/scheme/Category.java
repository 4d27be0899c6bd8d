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
    /**
     * The identifier of the withdrawal rupture category.
     */
    public static final String WITHDRAWAL = "withdrawal";
    /**
     * The identifier of the confrontation rupture category.
     */
    public static final String CONFRONTATION = "confrontation";
    /**
     * The identifier of the resolution category.
     */
    public static final String RESOLUTION = "resolution";

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id the category id (lower case, e.g. {@code withdrawal})
     * @param label a human label (e.g. {@code Withdrawal markers})
     */
    public Category {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
    }

    /**
     * Whether a category id is one of the two rupture categories.
     *
     * @param categoryId the category's identifier
     * @return whether a category id is one of the two rupture categories
     */
    public static boolean isRupture(String categoryId) {
        return WITHDRAWAL.equals(categoryId) || CONFRONTATION.equals(categoryId);
    }
}
