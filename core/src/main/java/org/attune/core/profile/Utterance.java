package org.attune.core.profile;

import java.util.Objects;

/**
 * One annotation of a speech tier: who said what, when.
 *
 * @param tierId       the speech tier
 * @param annotationId the annotation's id
 * @param speaker      the tier's participant (or the tier id when it has none)
 * @param role         the speaker's role
 * @param start        start, ms
 * @param end          end, ms
 * @param text         what was said
 */
public record Utterance(String tierId, String annotationId, String speaker, Role role, long start, long end,
                        String text) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param tierId the speech tier
     * @param annotationId the annotation's id
     * @param speaker the tier's participant (or the tier id when it has none)
     * @param role the speaker's role
     * @param start start, ms
     * @param end end, ms
     * @param text what was said
     */
    public Utterance {
        Objects.requireNonNull(tierId, "tierId");
        Objects.requireNonNull(annotationId, "annotationId");
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
    }
}
