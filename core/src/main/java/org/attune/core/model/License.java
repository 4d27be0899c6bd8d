package org.attune.core.model;

/**
 * A LICENSE element.
 *
 * @param url  LICENSE_URL or null
 * @param text the licence text ("" if empty)
 */
public record License(String url, String text) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param url LICENSE_URL or null
     * @param text the licence text ("" if empty)
     */
    public License {
        text = text == null ? "" : text;
    }
}
