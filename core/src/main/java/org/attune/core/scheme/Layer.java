package org.attune.core.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A coding layer of a scheme: the codes that go on one tier per coder (e.g. 3RS rupture markers, or
 * 3RS resolution strategies). Each layer becomes one ELAN controlled vocabulary.
 *
 * @param id     layer id (e.g. {@code rupture})
 * @param label  human label (e.g. {@code Rupture markers})
 * @param codes  the codes, in palette order
 * @param rated  whether codings on this layer carry a rating
 */
public record Layer(String id, String label, List<Code> codes, boolean rated) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id layer id (e.g. {@code rupture})
     * @param label human label (e.g. {@code Rupture markers})
     * @param codes the codes, in palette order
     * @param rated whether codings on this layer carry a rating
     */
    public Layer {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
        codes = List.copyOf(codes);
    }

    /**
     * The code with this id, its label, or "id label" (ignoring case).
     *
     * @param idOrLabel an identifier or a label
     * @return the code with this id, its label, or "id label" (ignoring case)
     */
    public Optional<Code> code(String idOrLabel) {
        return codes.stream().filter(c -> c.id().equalsIgnoreCase(idOrLabel == null ? "" : idOrLabel.strip()))
                .findFirst()
                .or(() -> codes.stream().filter(c -> c.matches(idOrLabel)).findFirst());
    }
}
