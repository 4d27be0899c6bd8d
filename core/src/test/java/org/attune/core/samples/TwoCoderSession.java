package org.attune.core.samples;

import java.nio.file.Path;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.CodingEdits;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;

/**
 * The bundled two-coder sample ({@code samples/demo-two-coders.eaf}): the demo session coded by coder A (as in
 * {@link DemoSession}) and independently by coder B, who agrees on most moments, misses one withdrawal marker,
 * rates some ruptures differently, picks other codes twice and sees a late withdrawal A did not code. Invented
 * for Attune's agreement demo; no real patient.
 */
public final class TwoCoderSession {

    /** Coder B's codings: code id, start (s), end (s), rating. */
    private record Coded(String code, double start, double end, Integer rating) {
    }

    private static final List<Coded> CODER_B = List.of(
            new Coded("W2", 8.2, 10.0, 2),
            new Coded("W4", 31.0, 44.0, 2),
            new Coded("R7", 45.0, 52.0, null),
            new Coded("C3", 67.5, 82.0, 3),
            new Coded("R5", 83.0, 92.0, null),
            new Coded("R2", 99.0, 138.0, null),
            new Coded("C5", 230.0, 246.0, 5),
            new Coded("R4", 247.0, 256.0, null),
            new Coded("C1", 257.0, 276.0, 4),
            new Coded("R5", 277.0, 292.0, null),
            new Coded("R3", 298.0, 316.0, null),
            new Coded("R10", 331.0, 344.0, null),
            new Coded("W2", 397.0, 418.0, 1));

    private TwoCoderSession() {
    }

    /** The sample document. */
    public static AnnotationDocument create(CodingScheme scheme) {
        AnnotationDocument d = DemoSession.create(scheme);
        for (Coded c : CODER_B) {
            CodingEdits.Added added = CodingEdits.add(d, scheme, scheme.code(c.code()).orElseThrow(), "B",
                    Math.round(c.start() * 1000), Math.round(c.end() * 1000));
            d = added.document();
            if (c.rating() != null) {
                d = CodingEdits.setRating(d, added.annotationId(), c.rating());
            }
        }
        return d;
    }

    /** Writes the sample to {@code samples/demo-two-coders.eaf} (or the path given). */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "samples/demo-two-coders.eaf");
        Eaf.write(create(SchemeRegistry.builtIn().require("3rs@2015")), out);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
