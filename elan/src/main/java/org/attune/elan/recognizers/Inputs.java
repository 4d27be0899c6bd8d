package org.attune.elan.recognizers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.elan.descriptor.Param;
import org.attune.elan.protocol.OutputTiers;
import org.attune.elan.protocol.Params;
import org.attune.elan.protocol.RecognizerException;
import org.attune.elan.protocol.Report;
import org.attune.elan.protocol.Span;
import org.attune.elan.protocol.TierFile;

/** Reading the parameters the recognizers share: tiers, output file, scheme. */
final class Inputs {
    static final String SCHEME = "scheme";

    private Inputs() {
    }

    /** The {@code scheme} parameter: the rupture schemes of the registry as choices, 3RS by default. */
    static Param.Choice schemeParam(SchemeRegistry schemes) {
        List<String> choices = new ArrayList<>();
        choices.add("3rs");
        for (CodingScheme s : schemes.all()) {
            boolean ruptures = s.codes().anyMatch(c -> Category.isRupture(c.category()));
            if (ruptures && !choices.contains(s.ref())) {
                choices.add(s.ref());
            }
        }
        return new Param.Choice(SCHEME, "Coding scheme of the tier values (3rs = the 2015 manual)", "3rs", choices);
    }

    static CodingScheme scheme(Params params, SchemeRegistry schemes) throws RecognizerException {
        String ref = params.text(SCHEME).orElse("3rs");
        return schemes.find(ref).orElseThrow(() -> new RecognizerException("parameter scheme: no coding scheme '"
                + ref + "'; known: " + String.join(", ", schemes.all().stream().map(CodingScheme::ref).toList())));
    }

    /** A required tier input's spans. */
    static List<Span> tier(Params params, String id, String label) throws RecognizerException {
        Path file = params.text(id).map(Path::of).orElseThrow(() -> new RecognizerException("no tier was chosen for '" + id
                + "': choose " + label + " in ELAN's recognizer panel"));
        return TierFile.read(file, label);
    }

    /** An optional tier input's spans (none when not chosen). */
    static List<Span> optionalTier(Params params, String id, String label) throws RecognizerException {
        Optional<String> file = params.text(id);
        return file.isEmpty() ? List.of() : TierFile.read(Path.of(file.get()), label);
    }

    /** The output file. */
    static Path output(Params params, String id) throws RecognizerException {
        return params.text(id).map(Path::of).orElseThrow(() -> new RecognizerException("no output file for '" + id
                + "': give ELAN a file name for it"));
    }

    /** A whole number of milliseconds from a number parameter in {@code unitMs}, checked against its range. */
    static long duration(Params params, Param.Number p, long unitMs) throws RecognizerException {
        double v = params.number(p.id(), p.defaultValue());
        if (v < p.min() || v > p.max()) {
            throw new RecognizerException("parameter " + p.id() + ": " + plain(v) + " is outside " + plain(p.min())
                    + " to " + plain(p.max()));
        }
        return Math.round(v * unitMs);
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The last step every recognizer shares: rows that may overlap spread over as few groups of tiers as needed,
     * written to the output file, with the progress line; returns how many groups there are.
     */
    static int writeInLanes(Path output, List<String> columns, List<OutputTiers.Row> rows, Report report)
            throws IOException {
        List<OutputTiers.Group> groups = OutputTiers.inLanes(columns, rows);
        report.progress(0.9, "Writing " + groups.size() * columns.size() + " tier(s)");
        OutputTiers.write(output, groups);
        return groups.size();
    }
}
