package org.attune.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.attune.core.eaf.Eaf;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.query.Query;
import org.attune.search.testing.RandomSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@link CorpusIndex} instances on one folder stand for two programs (Lucene's locks are per process and per
 * JVM alike): a search during another's update sees the last completed index, and a second update waits for the
 * first and then does only what is left.
 */
class CorpusIndexConcurrencyTest {
    private static final Query Q = Query.parse("[value~\"o\"] | rupture -> resolution within 2s");

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    /** Starts an update of {@code index} and returns once it is under way; it finishes when {@link #release} opens. */
    private Future<UpdateReport> heldUpdate(CorpusIndex index) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        Future<UpdateReport> f = pool.submit(() -> index.update(new IndexProgress() {
            @Override
            public void indexed(String session, int events) {
                inside.countDown();
                try {
                    release.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        assertThat(inside.await(5, TimeUnit.MINUTES)).as("the update started").isTrue();
        return f;
    }

    private void change(List<Path> files) throws IOException {
        for (Path f : files) {
            Eaf.write(RandomSessions.session(new Random(f.hashCode() + 1)), f);
            Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        }
    }

    @Test
    void aSearchDuringAnotherProgramsUpdateAnswersFromTheLastCompletedIndex() throws Exception {
        List<Path> files = RandomSessions.corpus(new Random(11), dir, 6);
        try (CorpusIndex writer = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            writer.update(IndexProgress.none());
            var before = ReferenceEvaluator.evaluate(Q, CorpusIndexDifferentialTest.readAll(dir));
            change(files.subList(0, 4));
            var after = ReferenceEvaluator.evaluate(Q, CorpusIndexDifferentialTest.readAll(dir));
            assertThat(after).as("the change is visible to the query").isNotEqualTo(before);

            Future<UpdateReport> running = heldUpdate(writer);
            try (CorpusIndex reader = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
                assertThat(reader.isSearchable()).isTrue();
                assertThat(reader.staleFiles()).isEqualTo(4);
                assertThat(reader.search(Q)).isEqualTo(before);
                assertThatThrownBy(() -> reader.update(IndexProgress.none(), Duration.ZERO))
                        .isInstanceOf(IndexBusyException.class)
                        .hasMessageContaining("another program is updating this index");
                assertThat(reader.search(Q)).as("still searchable after the refused update").isEqualTo(before);

                release.countDown();
                assertThat(running.get(5, TimeUnit.MINUTES).changed()).isEqualTo(4);
            }
            try (CorpusIndex reader = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
                assertThat(reader.staleFiles()).isZero();
                assertThat(reader.search(Q)).isEqualTo(after);
            }
        }
    }

    @Test
    void aSecondUpdateWaitsForTheFirstAndThenDoesOnlyWhatIsLeft() throws Exception {
        List<Path> files = RandomSessions.corpus(new Random(12), dir, 5);
        try (CorpusIndex first = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find);
             CorpusIndex second = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            first.update(IndexProgress.none());
            change(files.subList(0, 3));
            Future<UpdateReport> running = heldUpdate(first);

            CountDownLatch waiting = new CountDownLatch(1);
            Future<UpdateReport> queued = pool.submit(() -> second.update(new IndexProgress() {
                @Override
                public void waiting(Duration atMost) {
                    waiting.countDown();
                }
            }, Duration.ofMinutes(5)));
            assertThat(waiting.await(5, TimeUnit.MINUTES)).as("the second update says it waits").isTrue();
            assertThat(queued.isDone()).isFalse();

            release.countDown();
            assertThat(running.get(5, TimeUnit.MINUTES).changed()).isEqualTo(3);
            UpdateReport left = queued.get(5, TimeUnit.MINUTES);
            assertThat(left.changedAnything()).as("the first did everything").isFalse();
            assertThat(left.unchanged()).isEqualTo(5);
            // no session indexed twice
            var expected = ReferenceEvaluator.evaluate(Q, CorpusIndexDifferentialTest.readAll(dir));
            assertThat(second.search(Q)).isEqualTo(expected);
            assertThat(second.sessions()).hasSize(5);
            assertThat(second.eventCount()).isEqualTo(CorpusIndexDifferentialTest.readAll(dir).stream()
                    .mapToLong(s -> s.events().size()).sum());
        }
    }

    @Test
    void anUpdateThatCannotWaitLongEnoughSaysAnotherProgramIsUpdating() throws Exception {
        List<Path> files = RandomSessions.corpus(new Random(13), dir, 3);
        try (CorpusIndex first = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find);
             CorpusIndex second = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            first.update(IndexProgress.none());
            change(files.subList(0, 1));
            Future<UpdateReport> running = heldUpdate(first);
            assertThatThrownBy(() -> second.update(IndexProgress.none(), Duration.ofMillis(300)))
                    .isInstanceOf(IndexBusyException.class)
                    .hasMessage(second.folder() + ": another program is updating this index and did not finish "
                            + "within 300ms; try again when it has finished");
            release.countDown();
            assertThat(running.get(5, TimeUnit.MINUTES).changed()).isEqualTo(1);
        }
    }
}
