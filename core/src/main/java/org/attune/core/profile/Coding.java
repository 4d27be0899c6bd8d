package org.attune.core.profile;

import java.util.Objects;

/**
 * One coded moment: a code of a scheme layer on a coder's tier, with its span, rating and note.
 *
 * @param tierId       the coding tier
 * @param annotationId the coding annotation's id
 * @param schemeRef    the scheme, {@code id@version} (e.g. {@code 3rs@2015}), or "" when unknown
 * @param layerId      the scheme layer (e.g. {@code rupture}), or "" when unknown
 * @param code         the code id (e.g. {@code C2}); the raw annotation value when it matches no code
 * @param label        the code's label (the annotation value)
 * @param category     the code's category (e.g. {@code confrontation}), or "" when unknown
 * @param start        start, ms
 * @param end          end, ms
 * @param rating       the rating, or null when not rated
 * @param coder        the coder (the tier's ANNOTATOR)
 * @param note         the coder's note ("" when none)
 */
public record Coding(String tierId, String annotationId, String schemeRef, String layerId, String code,
                     String label, String category, long start, long end, Integer rating, String coder,
                     String note) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param tierId the coding tier
     * @param annotationId the coding annotation's id
     * @param schemeRef the scheme, {@code id@version} (e.g. {@code 3rs@2015}), or "" when unknown
     * @param layerId the scheme layer (e.g. {@code rupture}), or "" when unknown
     * @param code the code id (e.g. {@code C2}); the raw annotation value when it matches no code
     * @param label the code's label (the annotation value)
     * @param category the code's category (e.g. {@code confrontation}), or "" when unknown
     * @param start start, ms
     * @param end end, ms
     * @param rating the rating, or null when not rated
     * @param coder the coder (the tier's ANNOTATOR)
     * @param note the coder's note ("" when none)
     */
    public Coding {
        Objects.requireNonNull(tierId, "tierId");
        Objects.requireNonNull(annotationId, "annotationId");
        schemeRef = schemeRef == null ? "" : schemeRef;
        layerId = layerId == null ? "" : layerId;
        code = code == null ? "" : code;
        label = label == null ? "" : label;
        category = category == null ? "" : category;
        coder = coder == null ? "" : coder;
        note = note == null ? "" : note;
    }

    /**
     * The scheme id part of {@link #schemeRef()} (e.g. {@code 3rs}).
     *
     * @return the scheme id part of {@link #schemeRef()} (e.g
     */
    public String schemeId() {
        int at = schemeRef.indexOf('@');
        return at < 0 ? schemeRef : schemeRef.substring(0, at);
    }
}
