package org.attune.core.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A versioned coding scheme: 3RS 2015, 3RS 2022, CIS-R, or one a lab defines.
 *
 * @param id          scheme id, lower case, used as a query prefix (e.g. {@code 3rs})
 * @param version     version (e.g. {@code 2015})
 * @param name        short display name, used in tier names (e.g. {@code 3RS})
 * @param title       full title (e.g. {@code Rupture Resolution Rating System})
 * @param description one paragraph in the project's own words ("" if none)
 * @param categories  the categories its codes use
 * @param layers      the coding layers (one tier per layer per coder)
 * @param rating      the rating scale of codings, or null when codings are not rated
 */
public record CodingScheme(String id, String version, String name, String title, String description,
                           List<Category> categories, List<Layer> layers, RatingScale rating) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id scheme id, lower case, used as a query prefix (e.g. {@code 3rs})
     * @param version version (e.g. {@code 2015})
     * @param name short display name, used in tier names (e.g. {@code 3RS})
     * @param title full title (e.g. {@code Rupture Resolution Rating System})
     * @param description one paragraph in the project's own words ("" if none)
     * @param categories the categories its codes use
     * @param layers the coding layers (one tier per layer per coder)
     * @param rating the rating scale of codings, or null when codings are not rated
     */
    public CodingScheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        name = name == null ? id : name;
        title = title == null ? name : title;
        description = description == null ? "" : description;
        categories = List.copyOf(categories);
        layers = List.copyOf(layers);
    }

    /**
     * {@code id@version}, e.g. {@code 3rs@2015}.
     *
     * @return the scheme's reference
     */
    public String ref() {
        return id + "@" + version;
    }

    /**
     * The layer with this identifier, if any.
     *
     * @param layerId the layer id
     * @return the layer
     */
    public Optional<Layer> layer(String layerId) {
        return layers.stream().filter(l -> l.id().equals(layerId)).findFirst();
    }

    /**
     * All codes of all layers, in order.
     *
     * @return the codes, in order
     */
    public Stream<Code> codes() {
        return layers.stream().flatMap(l -> l.codes().stream());
    }

    /**
     * The code with this id or label, on any layer.
     *
     * @param idOrLabel an identifier or a label
     * @return the code with this id or label, on any layer
     */
    public Optional<Code> code(String idOrLabel) {
        return layers.stream().map(l -> l.code(idOrLabel)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The layer holding a code.
     *
     * @param code the code
     * @return the layer holding a code
     */
    public Optional<Layer> layerOf(Code code) {
        return layers.stream().filter(l -> l.codes().contains(code)).findFirst();
    }

    /**
     * The category with this identifier, if any.
     *
     * @param categoryId the category's identifier
     * @return the category
     */
    public Optional<Category> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }
}
