package org.attune.core.model;

import java.util.Objects;

/**
 * A TIME_SLOT: a point on the time line that annotations refer to.
 *
 * @param id    TIME_SLOT_ID
 * @param value TIME_VALUE in milliseconds, or null for an unaligned slot
 */
public record TimeSlot(String id, Long value) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param id TIME_SLOT_ID
     * @param value TIME_VALUE in milliseconds, or null for an unaligned slot
     */
    public TimeSlot {
        Objects.requireNonNull(id, "id");
        if (value != null && value < 0) {
            throw new IllegalArgumentException("time slot " + id + " has a negative time " + value);
        }
    }

    /**
     * A time slot with a time value.
     *
     * @param id the identifier
     * @param ms the time, in milliseconds
     * @return the slot
     */
    public static TimeSlot aligned(String id, long ms) {
        return new TimeSlot(id, ms);
    }

    /**
     * A time slot without a time value (ELAN places it between its aligned neighbours).
     *
     * @param id the identifier
     * @return the slot
     */
    public static TimeSlot unaligned(String id) {
        return new TimeSlot(id, null);
    }

    /**
     * Whether the slot has a time value.
     *
     * @return whether aligned
     */
    public boolean isAligned() {
        return value != null;
    }
}
