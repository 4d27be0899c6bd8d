package org.attune.core.model;

/**
 * A LINKED_FILE_DESCRIPTOR: a secondary file (time series, other annotations) linked to the document.
 *
 * @param linkUrl         LINK_URL ("" when a file had none)
 * @param relativeLinkUrl RELATIVE_LINK_URL or null
 * @param mimeType        MIME_TYPE ("" when a file had none)
 * @param timeOrigin      TIME_ORIGIN or null
 * @param associatedWith  ASSOCIATED_WITH or null
 */
public record LinkedFileDescriptor(String linkUrl, String relativeLinkUrl, String mimeType, Long timeOrigin,
                                   String associatedWith) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param linkUrl LINK_URL ("" when a file had none)
     * @param relativeLinkUrl RELATIVE_LINK_URL or null
     * @param mimeType MIME_TYPE ("" when a file had none)
     * @param timeOrigin TIME_ORIGIN or null
     * @param associatedWith ASSOCIATED_WITH or null
     */
    public LinkedFileDescriptor {
        linkUrl = linkUrl == null ? "" : linkUrl;
        mimeType = mimeType == null ? "" : mimeType;
    }
}
