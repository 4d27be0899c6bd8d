package org.attune.core.profile;

import java.util.Optional;
import org.attune.core.scheme.CodingScheme;

/** Finds a coding scheme by reference ({@code id@version}, or {@code id}); a scheme registry's {@code find}. */
@FunctionalInterface
public interface SchemeLookup {
    /**
     * The scheme with this identifier or name, if any.
     *
     * @param ref the reference (an identifier or label)
     * @return the scheme, or empty when there is none
     */
    Optional<CodingScheme> find(String ref);

    /**
     * A lookup that knows no scheme (codings are then described by what the document itself says).
     *
     * @return a lookup that knows no scheme (codings are then described by what the document itself says)
     */
    static SchemeLookup none() {
        return ref -> Optional.empty();
    }
}
