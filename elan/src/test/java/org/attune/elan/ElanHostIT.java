package org.attune.elan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.core.eaf.Eaf;
import org.attune.elan.extension.ExtensionFolder;
import org.attune.elan.recognizers.Recognizers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged recognizer jar in an extension folder, discovered and started as separate processes the way ELAN
 * does it: run command split on blanks, {@code java} replaced by a Java home's, started in the extension folder,
 * parameters on standard input, report lines on standard output (standard error merged into it).
 */
class ElanHostIT {
    @TempDir
    Path tmp;
    private Map<String, ElanHost.Discovered> recognizers;
    private Path extensions;

    @BeforeEach
    void install() throws Exception {
        Path jar = Path.of(System.getProperty("attune.elan.jar", "target/attune-elan-0.1.0-SNAPSHOT-recognizer.jar"));
        assertThat(jar).as("the packaged recognizer jar").isRegularFile();
        // an installation path with a blank, as under C:\Program Files: the run command must not care
        extensions = Files.createDirectories(tmp.resolve("Program Files/ELAN_6.9/app/extensions"));
        ExtensionFolder.write(ExtensionFolder.extensionsFolder(tmp.resolve("Program Files/ELAN_6.9")),
                Recognizers.all(), ExtensionFolder.file(jar));
        recognizers = new HashMap<>();
        for (ElanHost.Discovered d : ElanHost.discover(extensions)) {
            recognizers.put(d.name(), d);
        }
        assertThat(recognizers).containsOnlyKeys("Attune 3RS segments", "Attune episodes", "Attune query");
    }

    @Test
    void theSegmentsRecognizerRunsAsAProcessAndElanReadsItsTiers() throws Exception {
        SessionTiers s = SessionTiers.of(2, tmp);
        ElanHost.Discovered d = recognizers.get("Attune 3RS segments");
        Path out = tmp.resolve("elan tmp/segments.xml");
        Files.createDirectories(out.getParent());
        ElanHost.Run run = ElanHost.runProcess(d, ElanHost.paramDocument(d, Map.of("ruptures", s.rupturesFile(),
                "resolutions", s.resolutionsFile(), "rupture_ratings", s.ratingsFile(), "segment_minutes", 10,
                "segments", out)));

        RecognizersTest.assertSucceeded(run);
        Map<String, List<ElanHost.Segment>> tiers = ElanHost.readOutput(out);
        assertThat(tiers).hasSize(6);
        assertThat(tiers.get("Attune_segment")).hasSize((int) ((s.lastEnd() + 599_999) / 600_000));
        assertThat(tiers.get("Attune_segment").get(0)).isEqualTo(new ElanHost.Segment(0, 600_000, "Segment 1"));
    }

    @Test
    void theEpisodesRecognizerRunsAsAProcess() throws Exception {
        SessionTiers s = SessionTiers.of(3, tmp);
        ElanHost.Discovered d = recognizers.get("Attune episodes");
        Path out = tmp.resolve("episodes.xml");
        ElanHost.Run run = ElanHost.runProcess(d, ElanHost.paramDocument(d, Map.of("ruptures", s.rupturesFile(),
                "resolutions", s.resolutionsFile(), "episodes", out)));

        RecognizersTest.assertSucceeded(run);
        Map<String, List<ElanHost.Segment>> tiers = ElanHost.readOutput(out);
        RecognizersTest.assertNoOverlapWithinATier(tiers);
        assertThat(tiers.entrySet().stream().filter(e -> e.getKey().startsWith("Attune_episode"))
                .mapToInt(e -> e.getValue().size()).sum()).isEqualTo(s.ruptures().size());
    }

    @Test
    void theQueryRecognizerRunsAsAProcessOnASavedDocument() throws Exception {
        SessionTiers s = SessionTiers.of(1, tmp);
        Path eaf = tmp.resolve("Session 1 & co.eaf");
        Eaf.write(s.document(), eaf);
        ElanHost.Discovered d = recognizers.get("Attune query");
        Path out = tmp.resolve("hits.xml");
        ElanHost.Run run = ElanHost.runProcess(d, ElanHost.paramDocument(d, Map.of("document", eaf,
                "query", "rupture & [role=patient]", "hits", out)));

        RecognizersTest.assertSucceeded(run);
        Map<String, List<ElanHost.Segment>> tiers = ElanHost.readOutput(out);
        RecognizersTest.assertNoOverlapWithinATier(tiers);
        assertThat(tiers.values().stream().mapToInt(List::size).sum()).isPositive();
        assertThat(tiers.values().stream().flatMap(List::stream)).allMatch(h -> h.label().contains(" & "));
    }

    @Test
    void aFailingRunEndsWithTheReasonAndFailedAndExitStatusOne() throws Exception {
        ElanHost.Discovered d = recognizers.get("Attune episodes");
        Path gone = tmp.resolve("gone.xml");
        ElanHost.Run run = ElanHost.runProcess(d, ElanHost.paramDocument(d, Map.of("ruptures", gone,
                "episodes", tmp.resolve("out.xml"))));

        assertThat(run.lines()).endsWith("ERROR: cannot read the ruptures tier: " + gone + ": no such file",
                "RESULT: FAILED.");
        assertThat(run.exit()).isEqualTo(1);
    }
}
