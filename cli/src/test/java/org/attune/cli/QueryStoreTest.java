package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.Tier;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.search.event.Event;
import org.attune.search.event.Match;
import org.attune.search.event.MatchLabels;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attune query FILE 'Q' --store TIER}. */
class QueryStoreTest {
    private static final String RUPTURES = "rupture";
    private static final String CHAIN = "rupture -> resolution within 60s";

    @TempDir
    Path dir;

    @Test
    void eachHitSpansTheFirstElementLabelledAsTheQueryRecognizerLabelsIt() throws IOException {
        Path file = copy("s.eaf");
        CliRun run = CliRun.of("query", file.toString(), RUPTURES, "--store", "Hits");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("stored 6 match(es) of rupture in " + file + " as tier Hits");
        List<Match> expected = reference(Samples.demoSession(), RUPTURES);
        AnnotationDocument doc = Eaf.read(file).document();
        assertThat(hits(doc, "Hits")).containsExactlyElementsOf(expected.stream().map(m -> {
            Event first = m.events().get(0);
            return first.start() + "-" + first.end() + " " + MatchLabels.of(Query.parse(RUPTURES), m);
        }).toList());
        assertThat(doc.tier("Hits").orElseThrow().participant()).isNull();
    }

    @Test
    void theFileValidatesKeepsABackupAndStillReadsAsTheSameSession() throws IOException {
        Path file = copy("s.eaf");
        byte[] before = Files.readAllBytes(file);
        assertThat(CliRun.of("query", file.toString(), CHAIN, "--store", "Hits").exitCode()).isZero();
        assertThat(Eaf.validate(file)).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("s.eaf.bak"))).isEqualTo(before);
        SessionView was = SessionView.of(Eaf.read(Samples.demoSession()).document(), SchemeRegistry.builtIn()::find);
        SessionView now = SessionView.of(Eaf.read(file).document(), SchemeRegistry.builtIn()::find);
        assertThat(now.speakers()).as("the hit tier is no speaker").isEqualTo(was.speakers());
        assertThat(now.utterances()).hasSameSizeAs(was.utterances());
        assertThat(now.codings()).hasSameSizeAs(was.codings());
        // the annotator opens it as it opened the original: same speakers, utterances and codings, no warnings
        var opened = org.attune.annotator.files.DocumentFiles.open(file);
        assertThat(opened).isInstanceOf(org.attune.annotator.files.DocumentFiles.Loaded.class);
        var loaded = (org.attune.annotator.files.DocumentFiles.Loaded) opened;
        assertThat(loaded.warnings()).isEmpty();
        var annotator = new org.attune.annotator.session.AnnotationSession(loaded.document(), file,
                SchemeRegistry.builtIn(), "A");
        assertThat(annotator.view().speakers()).isEqualTo(was.speakers());
        assertThat(annotator.view().utterances()).hasSameSizeAs(was.utterances());
        assertThat(annotator.visibleCodings()).hasSameSizeAs(was.codings());
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Hits").contains("attune-query-hits");
        CliRun validate = CliRun.of("validate", file.toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        CliRun again = CliRun.of("query", file.toString(), RUPTURES, "--count");
        assertThat(again.out().strip()).as("the codings are untouched").isEqualTo("6");
    }

    @Test
    void overlappingHitsGoToFurtherTiersAsTheRecognizerPutsThem() throws IOException {
        Path file = copy("s.eaf");
        List<Match> expected = reference(Samples.demoSession(), CHAIN);
        CliRun run = CliRun.of("query", file.toString(), CHAIN, "--store", "Hits");
        assertThat(run.exitCode()).as(run.err()).isZero();
        AnnotationDocument doc = Eaf.read(file).document();
        List<Tier> lanes = doc.tiers().stream().filter(t -> t.id().matches("Hits(_\\d+)?")).toList();
        assertThat(lanes.size()).isGreaterThan(1);
        assertThat(lanes.stream().mapToInt(t -> t.annotations().size()).sum()).isEqualTo(expected.size());
        DocumentIndex index = DocumentIndex.of(doc);
        for (Tier t : lanes) {
            long reach = -1;
            for (Annotation a : t.annotations()) {
                var span = index.span(a).orElseThrow();
                assertThat(span.start()).as("no overlap on %s", t.id()).isGreaterThanOrEqualTo(reach);
                reach = span.end();
            }
        }
    }

    @Test
    void anExistingTierIsRefusedAndTheFileLeftAsItWas() throws IOException {
        Path file = copy("s.eaf");
        assertThat(CliRun.of("query", file.toString(), RUPTURES, "--store", "Hits").exitCode()).isZero();
        byte[] stored = Files.readAllBytes(file);
        CliRun again = CliRun.of("query", file.toString(), "W2", "--store", "Hits");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("attune: " + file + ": tier 'Hits' exists already; --force replaces it");
        assertThat(Files.readAllBytes(file)).isEqualTo(stored);
    }

    @Test
    void evenForceDoesNotReplaceSpeechOrCodingTiers() throws IOException {
        Path file = copy("s.eaf");
        byte[] before = Files.readAllBytes(file);
        CliRun onSpeech = CliRun.of("query", file.toString(), "W2", "--store", "Patient", "--force");
        assertThat(onSpeech.exitCode()).isEqualTo(1);
        assertThat(onSpeech.err()).contains("tier 'Patient' holds the speech of P; even --force does not replace it");
        CliRun onCodings = CliRun.of("query", file.toString(), "W2", "--store", "3RS rupture (coder A)", "--force");
        assertThat(onCodings.exitCode()).isEqualTo(1);
        assertThat(onCodings.err()).contains("holds codings");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void forceReplacesTheTierAndDropsLanesItNoLongerNeeds() throws IOException {
        Path file = copy("s.eaf");
        assertThat(CliRun.of("query", file.toString(), CHAIN, "--store", "Hits").exitCode()).isZero();
        CliRun replaced = CliRun.of("query", file.toString(), "W2", "--store", "Hits", "--force");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        AnnotationDocument doc = Eaf.read(file).document();
        assertThat(doc.tiers().stream().map(Tier::id).filter(id -> id.startsWith("Hits")).toList())
                .containsExactly("Hits");
        assertThat(hits(doc, "Hits")).hasSize(2).allMatch(h -> h.contains("W2 Minimal response"));
        assertThat(Eaf.validate(file)).isEmpty();
        AnnotationDocument original = Eaf.read(Samples.demoSession()).document();
        assertThat(doc.timeSlots().size()).as("the replaced hits' time slots are gone")
                .isEqualTo(original.timeSlots().size() + 4);
    }

    @Test
    void aFolderIsRefusedWithoutForceAndNothingIsWritten() throws IOException {
        Path file = copy("a.eaf");
        byte[] before = Files.readAllBytes(file);
        CliRun run = CliRun.of("query", dir.toString(), RUPTURES, "--store", "Hits");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(dir + " is a folder").contains("--force").doesNotContain("Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("a.eaf.bak"))).isFalse();
    }

    @Test
    void aFolderWithForceGivesEverySessionTheTierEvenWithoutHits() throws IOException {
        copy("a.eaf");
        Files.createDirectories(dir.resolve("sub"));
        Files.copy(Samples.dir().resolve("demo-two-coders.eaf"), dir.resolve("sub/b.eaf"));
        String q = "[text=\"waste of time\"]";
        CliRun run = CliRun.of("query", dir.toString(), q, "--store", "Hits", "--force");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : List.of("a.eaf", "sub/b.eaf")) {
            Path f = dir.resolve(name);
            AnnotationDocument doc = Eaf.read(f).document();
            assertThat(doc.tier("Hits")).as(name).isPresent();
            assertThat(hits(doc, "Hits")).hasSize(reference(f, q).size());
            assertThat(Eaf.validate(f)).isEmpty();
        }
        CliRun found = CliRun.of("query", dir.toString(), "[tier=Hits]", "--by-session", "--format", "csv");
        assertThat(found.exitCode()).as(found.err()).isZero();
        assertThat(found.out()).startsWith("session,matches\na.eaf,1\n");
    }

    @Test
    void aFolderSessionThatCannotTakeTheTierIsNamedTheOthersAreWrittenAndTheExitCodeIsOne() throws IOException {
        copy("a.eaf");
        copy("b.eaf");
        CliRun run = CliRun.of("query", dir.toString(), "W2", "--store", "Patient", "--force");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a.eaf: tier 'Patient' holds the speech of P").contains("b.eaf: tier 'Patient'");
        assertThat(run.out()).contains("2 session(s) left unchanged");
        copy("c.eaf");
        Files.delete(dir.resolve("a.eaf"));
        Files.delete(dir.resolve("b.eaf"));
        CliRun ok = CliRun.of("query", dir.toString(), "W2", "--store", "Hits", "--force");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("c.eaf: 2 match(es) as tier Hits").contains("in 1 session(s) as tier Hits\n");
    }

    @Test
    void storeWithAnOutputOptionOrForceWithoutStoreIsAUsageError() {
        String file = Samples.demoSession().toString();
        CliRun withCount = CliRun.of("query", file, RUPTURES, "--store", "Hits", "--count");
        assertThat(withCount.exitCode()).isEqualTo(2);
        assertThat(withCount.err()).contains("--store").contains("--count");
        CliRun force = CliRun.of("query", file, RUPTURES, "--force");
        assertThat(force.exitCode()).isEqualTo(2);
        assertThat(force.err()).contains("--force goes with --store");
        CliRun missing = CliRun.of("query", dir.resolve("none.eaf").toString(), RUPTURES, "--store", "Hits");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
    }

    private Path copy(String name) throws IOException {
        Path to = dir.resolve(name);
        Files.copy(Samples.demoSession(), to);
        return to;
    }

    private static List<String> hits(AnnotationDocument doc, String tier) {
        DocumentIndex index = DocumentIndex.of(doc);
        List<String> out = new ArrayList<>();
        for (Annotation a : doc.tier(tier).orElseThrow().annotations()) {
            var span = index.span(a).orElseThrow();
            out.add(span.start() + "-" + span.end() + " " + ((AlignableAnnotation) a).value());
        }
        return out;
    }

    private static List<Match> reference(Path file, String q) throws IOException {
        return ReferenceEvaluator.evaluate(Query.parse(q), SessionEvents.of(file.getFileName().toString(),
                Eaf.read(file).document(), SchemeRegistry.builtIn()::find));
    }
}
