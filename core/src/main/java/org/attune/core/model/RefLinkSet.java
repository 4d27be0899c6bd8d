package org.attune.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A REF_LINK_SET: a named set of referential links between annotations (or links).
 *
 * @param id      LINK_SET_ID
 * @param name    LINK_SET_NAME or null
 * @param extRef  EXT_REF or null
 * @param langRef LANG_REF or null
 * @param cvRef   CV_REF or null
 * @param links   the CROSS_REF_LINK and GROUP_REF_LINK elements, in order
 */
public record RefLinkSet(String id, String name, String extRef, String langRef, String cvRef, List<RefLink> links) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id LINK_SET_ID
     * @param name LINK_SET_NAME or null
     * @param extRef EXT_REF or null
     * @param langRef LANG_REF or null
     * @param cvRef CV_REF or null
     * @param links the CROSS_REF_LINK and GROUP_REF_LINK elements, in order
     */
    public RefLinkSet {
        Objects.requireNonNull(id, "id");
        links = List.copyOf(links);
    }
}
