package org.attune.core.model;

import java.util.Objects;

/**
 * A LOCALE (input method locale of tiers).
 *
 * @param languageCode LANGUAGE_CODE
 * @param countryCode  COUNTRY_CODE or null
 * @param variant      VARIANT or null
 */
public record LocaleInfo(String languageCode, String countryCode, String variant) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param languageCode LANGUAGE_CODE
     * @param countryCode COUNTRY_CODE or null
     * @param variant VARIANT or null
     */
    public LocaleInfo {
        Objects.requireNonNull(languageCode, "languageCode");
    }
}
