package org.attune.elan.recognizers;

import java.util.List;
import java.util.Optional;
import org.attune.core.scheme.SchemeRegistry;

/** Attune's ELAN recognizers, all in one extension folder. */
public final class Recognizers {

    private Recognizers() {
    }

    /** The three recognizers, with the built-in coding schemes: segments, episodes, query. */
    public static List<Recognizer> all() {
        return all(SchemeRegistry.builtIn());
    }

    /** The three recognizers, knowing the given schemes. */
    public static List<Recognizer> all(SchemeRegistry schemes) {
        return List.of(new SegmentsRecognizer(schemes), new EpisodesRecognizer(schemes), new QueryRecognizer(schemes));
    }

    /** The recognizer with this id. */
    public static Optional<Recognizer> find(String id) {
        return all().stream().filter(r -> r.descriptor().id().equals(id)).findFirst();
    }
}
