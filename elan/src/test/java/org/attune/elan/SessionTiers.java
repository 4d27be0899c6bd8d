package org.attune.elan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.synth.SessionGenerator;

/** A generated coded session and the tier files ELAN would write for its first coder's coding tiers. */
record SessionTiers(AnnotationDocument document, List<Coding> ruptures, List<Coding> resolutions, Path rupturesFile,
                    Path resolutionsFile, Path ratingsFile) {

    static final SchemeRegistry SCHEMES = SchemeRegistry.builtIn();

    static SessionTiers of(int number, Path dir) throws Exception {
        AnnotationDocument doc = new SessionGenerator(SessionGenerator.Options.seed(20261122)).session(number);
        SessionView view = SessionView.of(doc, SCHEMES::find);
        List<Coding> mine = view.codings().stream().filter(c -> c.coder().equals(SessionGenerator.FIRST_CODER))
                .toList();
        List<Coding> ruptures = mine.stream().filter(c -> Category.isRupture(c.category())).toList();
        List<Coding> resolutions = mine.stream().filter(c -> Category.RESOLUTION.equals(c.category())).toList();
        Path r = Files.writeString(dir.resolve("ruptures-" + number + ".xml"), ElanHost.tierFile("Ruptures A",
                ruptures.stream().map(c -> new ElanHost.Segment(c.start(), c.end(), c.label())).toList()));
        Path s = Files.writeString(dir.resolve("resolutions-" + number + ".xml"), ElanHost.tierFile("Resolutions A",
                resolutions.stream().map(c -> new ElanHost.Segment(c.start(), c.end(), c.label())).toList()));
        Path ratings = Files.writeString(dir.resolve("ratings-" + number + ".xml"), ElanHost.tierFile("Rating A",
                ruptures.stream().filter(c -> c.rating() != null)
                        .map(c -> new ElanHost.Segment(c.start(), c.end(), c.rating().toString())).toList()));
        return new SessionTiers(doc, ruptures, resolutions, r, s, ratings);
    }

    long lastEnd() {
        return java.util.stream.Stream.concat(ruptures.stream(), resolutions.stream()).mapToLong(Coding::end).max()
                .orElse(0);
    }
}
