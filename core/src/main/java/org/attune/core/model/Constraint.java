package org.attune.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A CONSTRAINT declaration.
 *
 * @param stereotype  STEREOTYPE (e.g. {@code Time_Subdivision})
 * @param description DESCRIPTION or null
 */
public record Constraint(String stereotype, String description) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param stereotype STEREOTYPE (e.g. {@code Time_Subdivision})
     * @param description DESCRIPTION or null
     */
    public Constraint {
        Objects.requireNonNull(stereotype, "stereotype");
    }

    /**
     * The four constraints ELAN declares in every document it writes.
     *
     * @return the four constraints ELAN declares in every document it writes
     */
    public static List<Constraint> standard() {
        return Arrays.stream(Stereotype.values()).map(s -> new Constraint(s.xmlName(), s.description())).toList();
    }
}
