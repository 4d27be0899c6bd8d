package org.attune.elan.descriptor;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What ELAN needs to know about one recognizer: the CMDI descriptor's content.
 *
 * @param id      the recognizer's id (the {@code recognizer} element's text), also the argument of the run command
 * @param name    the unique name ELAN shows (the {@code info} attribute)
 * @param summary one paragraph for the help page
 * @param params  the parameters, in the order ELAN shows and sends them
 */
public record Descriptor(String id, String name, String summary, List<Param> params) {
    public Descriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        summary = summary == null ? "" : summary;
        params = List.copyOf(params);
        Set<String> ids = new HashSet<>();
        for (Param p : params) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException(id + ": parameter " + p.id() + " declared twice");
            }
        }
    }

    /** The parameter with this id. */
    public Param param(String paramId) {
        return params.stream().filter(p -> p.id().equals(paramId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no parameter " + paramId));
    }
}
