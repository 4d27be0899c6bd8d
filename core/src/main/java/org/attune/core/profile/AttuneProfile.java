package org.attune.core.profile;

import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;

/**
 * The names of the Attune profile of EAF: how codings, ratings, notes, speaker roles and coders are
 * stored so that ELAN users see and edit the same codes. {@code docs/eaf-profile.md} is the contract;
 * this class is its single implementation of names.
 */
public final class AttuneProfile {

    /** Header property that marks a document as written in the Attune profile; value = profile version. */
    public static final String PROFILE_PROPERTY = "attune:profile";
    /** The profile version this code writes. */
    public static final String PROFILE_VERSION = "1";
    /** Header property prefix for speaker roles: {@code attune:role:<participant>} = patient|therapist|other. */
    public static final String ROLE_PROPERTY_PREFIX = "attune:role:";
    /** Header property prefix binding a vocabulary to a scheme layer: {@code attune:layer:<CV_ID>} = {@code id@version/layer}. */
    public static final String LAYER_PROPERTY_PREFIX = "attune:layer:";

    /** Linguistic type of rating tiers (Symbolic_Association, vocabulary {@link #RATING_CV_PREFIX}min-max). */
    public static final String RATING_TYPE_PREFIX = "attune-rating-";
    /** Prefix of the rating vocabulary's id, followed by {@code min-max}, e.g. {@code attune-rating-1-5}. */
    public static final String RATING_CV_PREFIX = "attune-rating-";
    /** Linguistic type of note tiers (Symbolic_Association, free text). */
    public static final String NOTE_TYPE = "attune-note";
    /** Linguistic type of speech tiers Attune creates. */
    public static final String SPEECH_TYPE = "attune-utterance";
    /**
     * Linguistic type of query hit tiers ({@code attune query --store}): top-level, time-aligned, free text, and
     * neither speech nor coding (their annotations are plain events).
     */
    public static final String HITS_TYPE = "attune-query-hits";

    private AttuneProfile() {
    }

    /**
     * The CV_ID (and linguistic type id) of a scheme layer, e.g. {@code 3rs-2015-rupture}.
     *
     * @param scheme the coding scheme
     * @param layer the scheme layer
     * @return the CV_ID (and linguistic type id) of a scheme layer, e.g
     */
    public static String vocabularyId(CodingScheme scheme, Layer layer) {
        return scheme.id() + "-" + scheme.version() + "-" + layer.id();
    }

    /**
     * The value of the {@link #LAYER_PROPERTY_PREFIX} property for a layer, e.g. {@code 3rs@2015/rupture}.
     *
     * @param scheme the coding scheme
     * @param layer the scheme layer
     * @return the value of the {@link #LAYER_PROPERTY_PREFIX} property for a layer, e.g
     */
    public static String layerRef(CodingScheme scheme, Layer layer) {
        return scheme.ref() + "/" + layer.id();
    }

    /**
     * The coding tier of a layer for a coder, e.g. {@code 3RS rupture (coder A)}.
     *
     * @param scheme the coding scheme
     * @param layer the scheme layer
     * @param coder the coder's name
     * @return the coding tier of a layer for a coder, e.g
     */
    public static String codingTierId(CodingScheme scheme, Layer layer, String coder) {
        return scheme.name() + " " + layer.id() + " (coder " + coder + ")";
    }

    /**
     * The rating tier under a coding tier, e.g. {@code 3RS rupture rating (coder A)}.
     *
     * @param scheme the coding scheme
     * @param layer the scheme layer
     * @param coder the coder's name
     * @return the rating tier under a coding tier, e.g
     */
    public static String ratingTierId(CodingScheme scheme, Layer layer, String coder) {
        return scheme.name() + " " + layer.id() + " rating (coder " + coder + ")";
    }

    /**
     * The note tier under a coding tier, e.g. {@code 3RS rupture note (coder A)}.
     *
     * @param scheme the coding scheme
     * @param layer the scheme layer
     * @param coder the coder's name
     * @return the note tier under a coding tier, e.g
     */
    public static String noteTierId(CodingScheme scheme, Layer layer, String coder) {
        return scheme.name() + " " + layer.id() + " note (coder " + coder + ")";
    }

    /**
     * Whether a linguistic type is that of a rating tier ({@code attune-rating-<min>-<max>}).
     *
     * @param linguisticTypeId the LINGUISTIC_TYPE_ID
     * @return whether a linguistic type is that of a rating tier ({@code attune-rating-<min>-<max>})
     */
    public static boolean isRatingType(String linguisticTypeId) {
        return linguisticTypeId != null && linguisticTypeId.startsWith(RATING_TYPE_PREFIX);
    }

    /**
     * Whether a linguistic type is that of a note tier.
     *
     * @param linguisticTypeId the LINGUISTIC_TYPE_ID
     * @return whether a linguistic type is that of a note tier
     */
    public static boolean isNoteType(String linguisticTypeId) {
        return NOTE_TYPE.equals(linguisticTypeId);
    }

    /**
     * The rating linguistic type (and vocabulary) id for a scale, e.g. {@code attune-rating-1-5}.
     *
     * @param min the minimum
     * @param max the maximum
     * @return the rating linguistic type (and vocabulary) id for a scale, e.g
     */
    public static String ratingTypeId(int min, int max) {
        return RATING_TYPE_PREFIX + min + "-" + max;
    }
}
