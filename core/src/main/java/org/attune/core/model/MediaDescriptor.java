package org.attune.core.model;

/**
 * A MEDIA_DESCRIPTOR: a media file linked to the document.
 *
 * @param mediaUrl         MEDIA_URL (absolute URL; "" when a file had none)
 * @param relativeMediaUrl RELATIVE_MEDIA_URL or null
 * @param mimeType         MIME_TYPE ("" when a file had none)
 * @param timeOrigin       TIME_ORIGIN (offset in ms) or null
 * @param extractedFrom    EXTRACTED_FROM or null
 */
public record MediaDescriptor(String mediaUrl, String relativeMediaUrl, String mimeType, Long timeOrigin,
                              String extractedFrom) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param mediaUrl MEDIA_URL (absolute URL; "" when a file had none)
     * @param relativeMediaUrl RELATIVE_MEDIA_URL or null
     * @param mimeType MIME_TYPE ("" when a file had none)
     * @param timeOrigin TIME_ORIGIN (offset in ms) or null
     * @param extractedFrom EXTRACTED_FROM or null
     */
    public MediaDescriptor {
        mediaUrl = mediaUrl == null ? "" : mediaUrl;
        mimeType = mimeType == null ? "" : mimeType;
    }
}
