package org.attune.core.profile;

import java.util.Optional;
import org.attune.core.scheme.CodingScheme;

/** Finds a coding scheme by reference ({@code id@version}, or {@code id}); a scheme registry's {@code find}. */
@FunctionalInterface
public interface SchemeLookup {
    Optional<CodingScheme> find(String ref);

    /** A lookup that knows no scheme (codings are then described by what the document itself says). */
    static SchemeLookup none() {
        return ref -> Optional.empty();
    }
}
