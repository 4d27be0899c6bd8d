package org.attune.core.scheme;

import java.util.Objects;
import org.attune.core.profile.AttuneProfile;

/**
 * A layer together with the scheme it belongs to: what a coding tier or an ELAN vocabulary of the
 * Attune profile stands for (e.g. {@code 3rs@2015/rupture}, vocabulary {@code 3rs-2015-rupture}).
 *
 * @param scheme the scheme
 * @param layer  one of its layers
 */
public record SchemeLayer(CodingScheme scheme, Layer layer) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param scheme the scheme
     * @param layer one of its layers
     */
    public SchemeLayer {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(layer, "layer");
    }

    /**
     * {@code id@version/layer}, the value of the {@code attune:layer:} header property.
     *
     * @return the layer's reference
     */
    public String ref() {
        return AttuneProfile.layerRef(scheme, layer);
    }

    /**
     * The CV_ID of the layer's ELAN vocabulary, e.g. {@code 3rs-2015-rupture}.
     *
     * @return the CV_ID of the layer's ELAN vocabulary, e.g
     */
    public String vocabularyId() {
        return AttuneProfile.vocabularyId(scheme, layer);
    }
}
