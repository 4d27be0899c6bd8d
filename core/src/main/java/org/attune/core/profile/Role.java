package org.attune.core.profile;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The role of a speaker in a therapy session. */
public enum Role {
    /** The patient (client). */
    PATIENT,
    /** The therapist (counsellor, clinician, interviewer). */
    THERAPIST,
    /** Anyone else. */
    OTHER;

    private static final Set<String> PATIENT_NAMES = Set.of("patient", "client", "pt", "p", "cl", "pat");
    private static final Set<String> THERAPIST_NAMES = Set.of("therapist", "counsellor", "counselor", "clinician",
            "t", "th", "ther", "interviewer");

    /**
     * The lower-case name written in the profile ({@code patient}, {@code therapist}, {@code other}).
     *
     * @return the lower-case name written in the profile ({@code patient}, {@code therapist}, {@code other})
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a profile value ({@code patient}, {@code therapist}, {@code other}; any case).
     *
     * @param value the value
     * @return a profile value ({@code patient}, {@code therapist}, {@code other}; any case)
     */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Role r : values()) {
            if (r.id().equalsIgnoreCase(value.strip())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * A guess from a speaker or tier name, for files that do not record roles: "Patient", "client", "P" are
     * patients; "Therapist", "counsellor", "T" are therapists. "C" is left alone: it means client in some
     * transcripts and counsellor in others. Anything else is {@link #OTHER}.
     *
     * @param name the name
     * @return a guess from a speaker or tier name, for files that do not record roles: "Patient", "client", "P" are patients; "Therapist", "counsellor", "T" are therapists
     */
    public static Role guess(String name) {
        if (name == null) {
            return OTHER;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        String first = n.split("[\\s_\\-:.()0-9]+", 2)[0];
        if (PATIENT_NAMES.contains(n) || PATIENT_NAMES.contains(first)) {
            return PATIENT;
        }
        if (THERAPIST_NAMES.contains(n) || THERAPIST_NAMES.contains(first)) {
            return THERAPIST;
        }
        return OTHER;
    }
}
