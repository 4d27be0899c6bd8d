package org.attune.core.model;

import java.util.Optional;

/** The four tier constraints ELAN defines. */
public enum Stereotype {
    /** Time-aligned children that together fill the parent's interval without gaps. */
    TIME_SUBDIVISION("Time_Subdivision", true, "Time subdivision of parent annotation's time interval, no time gaps allowed within this interval"),
    /** Ordered symbolic children of a parent annotation, not aligned to time. */
    SYMBOLIC_SUBDIVISION("Symbolic_Subdivision", false, "Symbolic subdivision of a parent annotation. Annotations refering to the same parent are ordered"),
    /** One symbolic child per parent annotation (e.g. a rating or a translation). */
    SYMBOLIC_ASSOCIATION("Symbolic_Association", false, "1-1 association with a parent annotation"),
    /** Time-aligned children that lie within a parent annotation, gaps allowed. */
    INCLUDED_IN("Included_In", true, "Time alignable annotations within the parent annotation's time interval, gaps are allowed");

    private final String xmlName;
    private final boolean timeAlignable;
    private final String description;

    Stereotype(String xmlName, boolean timeAlignable, String description) {
        this.xmlName = xmlName;
        this.timeAlignable = timeAlignable;
        this.description = description;
    }

    /**
     * The name used in EAF files (STEREOTYPE, CONSTRAINTS).
     *
     * @return the name used in EAF files (STEREOTYPE, CONSTRAINTS)
     */
    public String xmlName() {
        return xmlName;
    }

    /**
     * Whether tiers of this constraint hold time-aligned annotations.
     *
     * @return whether tiers of this constraint hold time-aligned annotations
     */
    public boolean timeAlignable() {
        return timeAlignable;
    }

    /**
     * The description ELAN writes for the CONSTRAINT element.
     *
     * @return the description ELAN writes for the CONSTRAINT element
     */
    public String description() {
        return description;
    }

    /**
     * The stereotype with this CONSTRAINT STEREOTYPE name as written in EAF, if any.
     *
     * @param name the name
     * @return the from xml name
     */
    public static Optional<Stereotype> fromXmlName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Stereotype s : values()) {
            if (s.xmlName.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
