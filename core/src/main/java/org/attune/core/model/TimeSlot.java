package org.attune.core.model;

import java.util.Objects;

/**
 * A TIME_SLOT: a point on the time line that annotations refer to.
 *
 * @param id    TIME_SLOT_ID
 * @param value TIME_VALUE in milliseconds, or null for an unaligned slot
 */
public record TimeSlot(String id, Long value) {
    public TimeSlot {
        Objects.requireNonNull(id, "id");
        if (value != null && value < 0) {
            throw new IllegalArgumentException("time slot " + id + " has a negative time " + value);
        }
    }

    public static TimeSlot aligned(String id, long ms) {
        return new TimeSlot(id, ms);
    }

    public static TimeSlot unaligned(String id) {
        return new TimeSlot(id, null);
    }

    public boolean isAligned() {
        return value != null;
    }
}
