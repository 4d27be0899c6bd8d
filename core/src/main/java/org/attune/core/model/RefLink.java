package org.attune.core.model;

/** A referential link: a {@link CrossRefLink} between two elements or a {@link GroupRefLink} of many. */
public sealed interface RefLink permits CrossRefLink, GroupRefLink {
    /** REF_LINK_ID. */
    String id();

    /** REF_LINK_NAME or null. */
    String name();

    /** EXT_REF or null. */
    String extRef();

    /** LANG_REF or null. */
    String langRef();

    /** CVE_REF or null. */
    String cveRef();

    /** REF_TYPE or null. */
    String refType();

    /** The element's text content ("" if empty). */
    String value();
}
