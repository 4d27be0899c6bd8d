package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.attune.core.analysis.episodes.Episode;
import org.attune.core.analysis.episodes.EpisodeLinks;
import org.attune.core.analysis.episodes.Episodes;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.Coding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune episodes FILE [--store]}: rupture episodes, optionally stored as ELAN cross links. */
@Command(name = "episodes", mixinStandardHelpOptions = true,
        description = "Rupture episodes: each rupture marker with the resolution strategies that follow it "
                    + "within the window (until the next rupture of the same category). --store writes them into the "
                    + "file as ELAN cross-reference links (REF_LINK_SET), which a coder can then correct in ELAN; once "
                    + "stored, the links decide the pairing.")
final class EpisodesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    SchemeOptions schemes;
    @Parameters(index = "0", paramLabel = "FILE.eaf")
    Path file;
    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "Episode window (default: ${DEFAULT-VALUE}).")
    long windowMs;
    @Option(names = "--store", description = "Recompute the episodes by the window and store them in the file "
            + "(replacing stored ones; the old file is kept as FILE.bak).")
    boolean store;

    @Override
    public Integer call() throws IOException {
        SessionFiles.Loaded s = SessionFiles.load(List.of(file), schemes.registry()).get(0);
        AnnotationDocument doc = s.view().document();
        PrintWriter out = spec.commandLine().getOut();
        if (s.view().coders().isEmpty()) {
            throw new Failures.UserError(file + ": no codings in the Attune profile");
        }
        for (String coder : s.view().coders()) {
            List<Coding> mine = s.view().codings().stream().filter(c -> c.coder().equals(coder)).toList();
            var stored = store ? java.util.Optional.<java.util.Map<String, List<String>>>empty()
                    : EpisodeLinks.read(doc, coder);
            List<Episode> eps = Episodes.find(mine, windowMs, stored);
            out.printf("coder %s: %d ruptures, %d resolved%s%n", coder, eps.size(),
                    eps.stream().filter(Episode::resolved).count(), stored.isPresent() ? " (stored links)" : "");
            List<List<?>> rows = new ArrayList<>();
            for (Episode e : eps) {
                rows.add(List.of(e.rupture().code(), SegmentSheet.clock(e.rupture().start()),
                        SegmentSheet.clock(e.windowEnd()),
                        e.resolutions().isEmpty() ? "unresolved"
                                : String.join(" ", e.resolutions().stream().map(Coding::code).toList()),
                        e.timeToFirstResolution() == null ? "-" : Output.f1(e.timeToFirstResolution() / 1000.0) + " s",
                        e.highestStage() == null ? "-" : e.highestStage()));
            }
            if (!rows.isEmpty()) {
                out.print(Output.table(List.of("rupture", "start", "window end", "strategies", "to first resolution",
                        "highest stage"), rows));
            }
            doc = EpisodeLinks.store(doc, coder, eps);
        }
        if (store) {
            Eaf.write(doc, file);
            out.println("stored the episodes in " + file + " (REF_LINK_SET per coder)");
        }
        out.flush();
        return 0;
    }
}
