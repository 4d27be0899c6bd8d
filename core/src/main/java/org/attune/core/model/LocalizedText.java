package org.attune.core.model;

/**
 * A text in a language (a vocabulary's DESCRIPTION).
 *
 * @param langRef LANG_REF
 * @param text    the text ("" if empty)
 */
public record LocalizedText(String langRef, String text) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param langRef LANG_REF
     * @param text the text ("" if empty)
     */
    public LocalizedText {
        text = text == null ? "" : text;
    }
}
