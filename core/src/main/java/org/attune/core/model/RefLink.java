package org.attune.core.model;

/** A referential link: a {@link CrossRefLink} between two elements or a {@link GroupRefLink} of many. */
public sealed interface RefLink permits CrossRefLink, GroupRefLink {
    /**
     * REF_LINK_ID.
     *
     * @return the id
     */
    String id();

    /**
     * REF_LINK_NAME or null.
     *
     * @return the name
     */
    String name();

    /**
     * EXT_REF or null.
     *
     * @return the ext ref
     */
    String extRef();

    /**
     * LANG_REF or null.
     *
     * @return the lang ref
     */
    String langRef();

    /**
     * CVE_REF or null.
     *
     * @return the cve ref
     */
    String cveRef();

    /**
     * REF_TYPE or null.
     *
     * @return the ref type
     */
    String refType();

    /**
     * The element's text content ("" if empty).
     *
     * @return the element's text content ("" if empty)
     */
    String value();
}
