package org.attune.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A GROUP_REF_LINK grouping any number of annotations or links.
 *
 * @param id      REF_LINK_ID
 * @param refs    REFS, in order
 * @param name    REF_LINK_NAME or null
 * @param extRef  EXT_REF or null
 * @param langRef LANG_REF or null
 * @param cveRef  CVE_REF or null
 * @param refType REF_TYPE or null
 * @param value   text content
 */
public record GroupRefLink(String id, List<String> refs, String name, String extRef, String langRef, String cveRef,
                           String refType, String value) implements RefLink {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id REF_LINK_ID
     * @param refs REFS, in order
     * @param name REF_LINK_NAME or null
     * @param extRef EXT_REF or null
     * @param langRef LANG_REF or null
     * @param cveRef CVE_REF or null
     * @param refType REF_TYPE or null
     * @param value text content
     */
    public GroupRefLink {
        Objects.requireNonNull(id, "id");
        refs = List.copyOf(refs);
        value = value == null ? "" : value;
    }
}
