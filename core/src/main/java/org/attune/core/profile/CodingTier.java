package org.attune.core.profile;

/**
 * A tier holding one coder's codings of one scheme layer, with its dependent rating and note tiers.
 *
 * @param tierId       the coding tier
 * @param schemeRef    {@code id@version} of the scheme, or "" when unknown
 * @param layerId      the layer, or "" when unknown
 * @param vocabularyId the CV_ID bound to the tier
 * @param coder        the coder (ANNOTATOR, else the tier id)
 * @param ratingTierId the rating tier, or null
 * @param noteTierId   the note tier, or null
 */
public record CodingTier(String tierId, String schemeRef, String layerId, String vocabularyId, String coder,
                         String ratingTierId, String noteTierId) {
}
