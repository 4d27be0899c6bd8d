package org.attune.core.model;

import java.util.Objects;

/**
 * A CROSS_REF_LINK between two annotations or links.
 *
 * @param id             REF_LINK_ID
 * @param ref1           REF1
 * @param ref2           REF2
 * @param directionality DIRECTIONALITY ({@code undirected}, {@code unidirectional}, {@code bidirectional}) or null
 * @param name           REF_LINK_NAME or null
 * @param extRef         EXT_REF or null
 * @param langRef        LANG_REF or null
 * @param cveRef         CVE_REF or null
 * @param refType        REF_TYPE or null
 * @param value          text content
 */
public record CrossRefLink(String id, String ref1, String ref2, String directionality, String name, String extRef,
                           String langRef, String cveRef, String refType, String value) implements RefLink {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id REF_LINK_ID
     * @param ref1 REF1
     * @param ref2 REF2
     * @param directionality DIRECTIONALITY ({@code undirected}, {@code unidirectional}, {@code bidirectional}) or null
     * @param name REF_LINK_NAME or null
     * @param extRef EXT_REF or null
     * @param langRef LANG_REF or null
     * @param cveRef CVE_REF or null
     * @param refType REF_TYPE or null
     * @param value text content
     */
    public CrossRefLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref1, "ref1");
        Objects.requireNonNull(ref2, "ref2");
        value = value == null ? "" : value;
    }
}
