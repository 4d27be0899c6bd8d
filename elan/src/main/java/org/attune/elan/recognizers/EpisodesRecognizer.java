package org.attune.elan.recognizers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.attune.core.analysis.episodes.Episode;
import org.attune.core.analysis.episodes.Episodes;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.profile.Coding;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.elan.descriptor.Descriptor;
import org.attune.elan.descriptor.Param;
import org.attune.elan.protocol.OutputTiers;
import org.attune.elan.protocol.Params;
import org.attune.elan.protocol.RecognizerException;
import org.attune.elan.protocol.Report;

/**
 * "Attune episodes": pairs every rupture marker with the resolution strategies that follow it within the window
 * (or until the next marker of the same category), as tiers with one annotation per episode: the episode
 * ({@code C2 → R4 R5}), resolved or unresolved, and the time to the first resolution. A resolved episode spans
 * from the marker's start to the end of its last strategy, an unresolved one to the end of its window. Episodes
 * that overlap go to further tiers ({@code Attune_episode_2} ...). Rules: {@link Episodes}.
 */
public final class EpisodesRecognizer implements Recognizer {
    static final String ID = "attune-episodes";
    static final String WINDOW_SECONDS = "window_seconds";
    static final String OUTPUT = "episodes";
    static final List<String> COLUMNS = List.of("Attune_episode", "Attune_outcome", "Attune_time_to_resolution");
    static final String RESOLVED = "resolved";
    static final String UNRESOLVED = "unresolved";

    private final SchemeRegistry schemes;
    private final Descriptor descriptor;
    private final Param.Number window = new Param.Number(WINDOW_SECONDS,
            "Seconds after a marker in which a strategy resolves it", 1, 3600, 300, true);

    EpisodesRecognizer(SchemeRegistry schemes) {
        this.schemes = schemes;
        this.descriptor = new Descriptor(ID, "Attune episodes",
                "Rupture episodes: every rupture marker with the resolution strategies that follow it within the "
                        + "window (300 s by default) or until the next marker of the same category; per episode "
                        + "whether it was resolved and how long the first resolution took, as three new tiers.",
                List.of(Codings.RUPTURES_INPUT, Codings.RESOLUTIONS_INPUT, window,
                        Inputs.schemeParam(schemes),
                        new Param.TierOutput(OUTPUT, "Episode tiers")));
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }

    @Override
    public void run(Params params, Report report) throws RecognizerException, IOException {
        long windowMs = Inputs.duration(params, window, 1000L);
        CodingScheme scheme = Inputs.scheme(params, schemes);
        var output = Inputs.output(params, OUTPUT);
        report.progress(0.05, "Reading the tiers");
        List<Coding> codings = Codings.of(params, scheme, report);
        report.progress(0.5, "Pairing markers with strategies within " + SegmentSheet.clock(windowMs));
        List<Episode> episodes = Episodes.find(codings, windowMs);
        List<OutputTiers.Row> rows = new ArrayList<>();
        for (Episode e : episodes) {
            rows.add(row(e));
        }
        int groups = Inputs.writeInLanes(output, COLUMNS, rows, report);
        long resolved = episodes.stream().filter(Episode::resolved).count();
        List<Long> times = episodes.stream().map(Episode::timeToFirstResolution).filter(t -> t != null).sorted()
                .toList();
        String median = times.isEmpty() ? "-" : SegmentSheet.clock(times.get(times.size() / 2));
        report.info(episodes.size() + " episode(s): " + resolved + " resolved, " + (episodes.size() - resolved)
                + " unresolved; median time to first resolution " + median
                + (groups > 1 ? "; overlapping episodes are on " + groups + " sets of tiers" : "")
                + ".");
    }

    static OutputTiers.Row row(Episode e) {
        Coding r = e.rupture();
        String label;
        long end;
        String time;
        if (e.resolved()) {
            label = r.code() + " → " + e.resolutions().stream().map(Coding::code).collect(Collectors.joining(" "));
            end = Math.max(r.end(), e.resolutions().stream().mapToLong(Coding::end).max().orElse(r.end()));
            time = SegmentSheet.clock(e.timeToFirstResolution());
        } else {
            label = r.code() + " (no resolution)";
            end = Math.max(r.end(), e.windowEnd());
            time = "none within " + SegmentSheet.clock(e.windowEnd() - r.start());
        }
        return new OutputTiers.Row(r.start(), end, List.of(label, e.resolved() ? RESOLVED : UNRESOLVED, time));
    }
}
