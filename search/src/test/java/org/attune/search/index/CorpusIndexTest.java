package org.attune.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Tier;
import org.attune.core.testing.Interop;
import org.attune.search.event.Match;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.query.Query;
import org.attune.search.testing.RandomSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexTest {

    @TempDir
    Path dir;

    @Test
    void anUpdateTouchesOnlyNewChangedAndDeletedFilesAndSearchFollowsTheCorpus() throws IOException {
        List<Path> files = RandomSessions.corpus(new Random(7), dir, 4);
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            assertThat(index.staleFiles()).isPositive();
            UpdateReport first = index.update(IndexProgress.none());
            assertThat(first.added()).isEqualTo(4);
            assertThat(index.staleFiles()).isZero();
            assertThat(index.update(IndexProgress.none()).changedAnything()).isFalse();

            Eaf.write(RandomSessions.session(new Random(99)), files.get(0));
            Files.setLastModifiedTime(files.get(0), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            Files.delete(files.get(1));
            Eaf.write(RandomSessions.session(new Random(100)), dir.resolve("new.eaf"));
            assertThat(index.staleFiles()).isEqualTo(3);

            UpdateReport second = index.update(IndexProgress.none());
            assertThat(List.of(second.added(), second.changed(), second.removed(), second.unchanged()))
                    .containsExactly(1, 1, 1, 2);
            assertThat(index.sessions()).containsExactly("new.eaf", "s0.eaf", "s3.eaf", "sub/s2.eaf");
            Query q = Query.parse("rupture -> resolution within 2s");
            assertThat(index.search(q)).isEqualTo(ReferenceEvaluator.evaluate(q, CorpusIndexDifferentialTest.readAll(dir)));
        }
    }

    @Test
    void searchesRunOnTheExecutorTheIndexIsOpenedWith() throws IOException {
        java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.Executor counting = r -> {
            tasks.incrementAndGet();
            pool.execute(r);
        };
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find, counting)) {
            // one update per file: several segments, so that a search has several slices to run in parallel
            for (int i = 0; i < 12; i++) {
                Eaf.write(RandomSessions.session(new Random(i)), dir.resolve("s" + i + ".eaf"));
                index.update(IndexProgress.none());
            }
            Query q = Query.parse("rupture");
            List<Match> found = index.search(q);
            assertThat(found).isEqualTo(ReferenceEvaluator.evaluate(q, CorpusIndexDifferentialTest.readAll(dir)));
            assertThat(tasks.get()).as("tasks given to the injected executor").isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAnExecutorSearchesRunOnTheCallingThread() throws IOException {
        RandomSessions.corpus(new Random(5), dir, 3);
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find, null)) {
            index.update(IndexProgress.none());
            Query q = Query.parse("withdrawal -> resolution within 60s");
            assertThat(index.search(q)).isEqualTo(ReferenceEvaluator.evaluate(q, CorpusIndexDifferentialTest.readAll(dir)));
        }
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithItsPositionAndTheRestIsIndexed() throws IOException {
        RandomSessions.corpus(new Random(3), dir, 2);
        Files.writeString(dir.resolve("broken.eaf"), "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>\n  <TIER\n");
        List<String> heard = new ArrayList<>();
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            UpdateReport report = index.update(new IndexProgress() {
                @Override
                public void failed(String session, String message) {
                    heard.add(session);
                }
            });
            assertThat(report.failures()).singleElement().asString().matches(".*broken\\.eaf:\\d+:\\d+: .*");
            assertThat(heard).containsExactly("broken.eaf");
            assertThat(index.sessions()).containsExactly("s0.eaf", "s1.eaf");
            assertThat(index.failures()).hasSize(1);
            assertThat(index.update(IndexProgress.none()).changedAnything()).as("not retried until it changes").isFalse();
        }
    }

    @Test
    void valuesTooLongForATermAreStillFoundByEqualityAndByRegularExpression() throws IOException {
        String longValue = "x".repeat(5_000) + " the end";
        AnnotationDocument d = RandomSessions.session(new Random(1));
        Tier gaze = d.tier("Gaze P").orElseThrow();
        var first = (org.attune.core.model.AlignableAnnotation) d.tier("Patient").orElseThrow().annotations().get(0);
        var longOne = org.attune.core.model.AlignableAnnotation.of("long1", first.timeSlotRef1(), first.timeSlotRef2(), longValue);
        List<org.attune.core.model.Annotation> annotations = new ArrayList<>(gaze.annotations());
        annotations.add(longOne);
        List<Tier> tiers = new ArrayList<>(d.tiers());
        tiers.set(tiers.indexOf(gaze), gaze.withAnnotations(annotations));
        Eaf.write(d.withTiers(tiers), dir.resolve("long.eaf"));
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            index.update(IndexProgress.none());
            for (String q : List.of("[value=\"" + longValue.toUpperCase() + "\"]", "[value~\"end$\"]", "[value~\"^(x{1000}){4}\"]")) {
                List<Match> hits = index.search(Query.parse(q));
                assertThat(hits).as(q).extracting(m -> m.events().get(0).id()).containsExactly("long1");
            }
        }
    }

    @Test
    void withCodesOnEveryTierTheIndexOfTheInteropCorpusAnswersAsTheReferenceEvaluatorDoes(@TempDir Path indexDir)
            throws IOException {
        Path corpus = Interop.require().resolve("eaf");
        org.attune.search.event.CodesOn all = org.attune.search.event.CodesOn.parse(".*");
        List<SessionEvents> reference = new ArrayList<>();
        for (Path f : Interop.files("eaf", ".eaf")) {
            reference.add(SessionEvents.of(f.getFileName().toString(), Eaf.read(f).document(),
                    RandomSessions.SCHEMES::find, all));
        }
        try (CorpusIndex index = CorpusIndex.open(corpus, indexDir, RandomSessions.SCHEMES::find, null, all)) {
            assertThat(index.update(IndexProgress.none()).failures()).isEmpty();
            assertThat(index.eventCount()).isEqualTo(reference.stream().mapToLong(s -> s.events().size()).sum());
            for (String text : List.of("rupture", "[code~\".\"] -> [value~\"e$\"] within 2s", "[rating>=1]",
                    "[value~\"^[A-Z]\"] -> [value~\"e$\"] within 2s", "\"the\" -> \"and\" within 3 utterances",
                    "[role=other] & [value~\"^.{0,3}$\"]")) {
                Query q = Query.parse(text);
                assertThat(index.search(q)).as(text).isEqualTo(ReferenceEvaluator.evaluate(q, reference));
            }
        }
    }

    @Test
    void theIndexOfTheInteropCorpusAnswersAsTheReferenceEvaluatorDoes(@TempDir Path indexDir) throws IOException {
        Path corpus = Interop.require().resolve("eaf");
        List<SessionEvents> reference = new ArrayList<>();
        for (Path f : Interop.files("eaf", ".eaf")) {
            reference.add(SessionEvents.of(f.getFileName().toString(), Eaf.read(f).document(), RandomSessions.SCHEMES::find));
        }
        int nonEmpty = 0;
        try (CorpusIndex index = CorpusIndex.open(corpus, indexDir, RandomSessions.SCHEMES::find)) {
            UpdateReport report = index.update(IndexProgress.none());
            assertThat(report.failures()).isEmpty();
            assertThat(index.eventCount()).isEqualTo(reference.stream().mapToLong(s -> s.events().size()).sum());
            for (String text : List.of("[tier~\"(?i)gest\"]", "[value~\"^[A-Z]\"] -> [value~\"e$\"] within 2s",
                    "[value=\"x\"] & [tier~\"\"]", "\"the\" -> \"and\" within 3 utterances",
                    "[value~\"a\"] !-> [value~\"o\"] within 500ms", "[role=other] & [value~\"^.{0,3}$\"]",
                    "[value~\"^.{0,3}$\"] in [tier~\"(?i)gest\"]", "[value~\"e\"] in [role=other] in [tier~\"(?i)gest\"]",
                    "[tier~\"(?i)gest\"] in [role=other] -> [value~\"o\"] in [role=other] within 2s")) {
                Query q = Query.parse(text);
                List<Match> expected = ReferenceEvaluator.evaluate(q, reference);
                nonEmpty += expected.isEmpty() ? 0 : 1;
                if (text.contains(" in ")) {
                    assertThat(expected).as("containment on real files finds something: %s", text).isNotEmpty();
                }
                assertThat(index.search(q)).as(text).isEqualTo(expected);
                Map<String, Long> bySession = index.countBySession(q);
                assertThat(bySession.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected.size());
                for (org.attune.search.event.GroupKey key : org.attune.search.event.GroupKey.values()) {
                    assertThat(index.countBy(q, key)).as("%s --group-by %s", text, key).isEqualTo(key.count(expected));
                }
            }
            for (SessionEvents s : reference) {
                assertThat(index.sessionLengths().getOrDefault(s.session(), 0L)).as(s.session())
                        .isEqualTo(s.events().stream().mapToLong(org.attune.search.event.Event::end).max().orElse(0));
            }
        }
        assertThat(nonEmpty).as("queries with matches").isGreaterThanOrEqualTo(5);
        assertThat(Files.exists(corpus.resolve(CorpusIndex.DEFAULT_FOLDER))).as("the interop folder is not written to").isFalse();
    }

    @Test
    void anIndexOfAnotherVersionIsRebuiltByTheNextUpdate() throws IOException {
        RandomSessions.corpus(new Random(5), dir, 2);
        Path indexDir = dir.resolve(CorpusIndex.DEFAULT_FOLDER);
        try (var writer = new org.apache.lucene.index.IndexWriter(org.apache.lucene.store.FSDirectory.open(indexDir),
                new org.apache.lucene.index.IndexWriterConfig())) {
            writer.addDocument(new org.apache.lucene.document.Document());
            writer.setLiveCommitData(Map.of("attune.format", "attune-index-0").entrySet());
            writer.commit();
        }
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            assertThat(index.staleFiles()).isPositive();
            assertThat(index.update(IndexProgress.none()).added()).isEqualTo(2);
            Query q = Query.parse("rupture | resolution");
            assertThat(index.search(q)).isEqualTo(ReferenceEvaluator.evaluate(q, CorpusIndexDifferentialTest.readAll(dir)));
        }
    }

    @Test
    void aDamagedIndexIsRebuiltAndTheCorpusFilesAreLeftAlone() throws IOException {
        List<Path> files = RandomSessions.corpus(new Random(6), dir, 2);
        Path indexDir = dir.resolve(CorpusIndex.DEFAULT_FOLDER);
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            index.update(IndexProgress.none());
        }
        try (var listing = Files.list(indexDir)) {
            for (Path p : listing.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(p, "garbage");
            }
        }
        byte[] before = Files.readAllBytes(files.get(0));
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            assertThat(index.staleFiles()).isPositive();
            assertThat(index.update(IndexProgress.none()).added()).isEqualTo(2);
            Query q = Query.parse("rupture -> resolution");
            assertThat(index.search(q)).isEqualTo(ReferenceEvaluator.evaluate(q, CorpusIndexDifferentialTest.readAll(dir)));
        }
        assertThat(Files.readAllBytes(files.get(0))).isEqualTo(before);
    }

    @Test
    void searchingBeforeAnyUpdateSaysHowToBuildTheIndex() throws IOException {
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            assertThatThrownBy(() -> index.search(Query.parse("C1"))).hasMessageContaining("attune index");
        }
    }
}
