package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.search.index.CorpusIndex;
import org.attune.search.index.IndexProgress;
import org.attune.search.index.UpdateReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attune query} and {@code attune index} while another program updates the same index (here another
 * {@link CorpusIndex}, held in the middle of its update; Lucene's locks treat it as another process).
 */
class IndexConcurrencyTest {
    private static final String QUERY = "rupture !-> resolution within 30s";

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void aQueryDuringAnotherProgramsUpdateAnswersFromTheLastCompletedIndexAndSaysSo() throws Exception {
        copySample("a.eaf");
        copySample("sub/b.eaf");
        assertThat(CliRun.of("index", dir.toString()).exitCode()).isZero();
        String two = CliRun.of("query", dir.toString(), QUERY, "--count").out().strip();
        copySample("c.eaf");
        try (CorpusIndex other = CorpusIndex.open(dir, null, SchemeRegistry.builtIn()::find)) {
            Future<UpdateReport> running = heldUpdate(other);

            CliRun during = CliRun.of("query", dir.toString(), QUERY, "--count");
            assertThat(during.exitCode()).as(during.err()).isZero();
            assertThat(during.out().strip()).as("the last completed index").isEqualTo(two);
            assertThat(during.err()).contains("another program is updating")
                    .contains("searching the last completed index (1 file(s) new, changed or removed since)");

            CliRun impatient = CliRun.of("index", dir.toString(), "--wait", "500ms");
            assertThat(impatient.exitCode()).isEqualTo(1);
            assertThat(impatient.err()).contains("another program is updating this index and did not finish within 500ms");

            release.countDown();
            assertThat(running.get(5, TimeUnit.MINUTES).added()).isEqualTo(1);
        }
        CliRun after = CliRun.of("query", dir.toString(), QUERY, "--count");
        assertThat(after.err()).doesNotContain("indexing").doesNotContain("another program");
        assertThat(Long.parseLong(after.out().strip())).isEqualTo(Long.parseLong(two) / 2 * 3);
    }

    @Test
    void aSecondIndexRunWaitsForTheFirstAndThenFindsNothingLeftToDo() throws Exception {
        copySample("a.eaf");
        assertThat(CliRun.of("index", dir.toString()).exitCode()).isZero();
        copySample("b.eaf");
        try (CorpusIndex other = CorpusIndex.open(dir, null, SchemeRegistry.builtIn()::find)) {
            Future<UpdateReport> running = heldUpdate(other);
            Running second = start("index", dir.toString());
            second.awaitErr("waiting for it to finish");
            assertThat(second.result.isDone()).isFalse();
            release.countDown();
            running.get(5, TimeUnit.MINUTES);
            CliRun r = second.result.get(5, TimeUnit.MINUTES);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("2 sessions").contains("(0 new, 0 changed, 0 removed, 2 unchanged");
        }
    }

    @Test
    void aQueryOfACorpusWhoseFirstIndexIsBeingBuiltWaitsForIt() throws Exception {
        copySample("a.eaf");
        copySample("b.eaf");
        try (CorpusIndex other = CorpusIndex.open(dir, null, SchemeRegistry.builtIn()::find)) {
            Future<UpdateReport> running = heldUpdate(other);
            Running query = start("query", dir.toString(), QUERY, "--count");
            query.awaitErr("waiting for it to finish");
            release.countDown();
            running.get(5, TimeUnit.MINUTES);
            CliRun r = query.result.get(5, TimeUnit.MINUTES);
            assertThat(r.exitCode()).as(r.err()).isZero();
            String one = CliRun.of("query", Samples.demoSession().toString(), QUERY, "--count").out().strip();
            assertThat(Long.parseLong(r.out().strip())).isEqualTo(2 * Long.parseLong(one));
        }
    }

    @Test
    void indexAndQueryOfAFolderWithoutSessionsSayThereAreNoEafFiles() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a session");
        for (CliRun r : new CliRun[] {CliRun.of("index", dir.toString()), CliRun.of("query", dir.toString(), "C2")}) {
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("attune: " + dir + ": no .eaf files in this folder\n");
        }
        assertThat(dir.resolve(CorpusIndex.DEFAULT_FOLDER)).doesNotExist();
    }

    /** Starts an update of {@code index}; returns once it is under way. It finishes when {@link #release} opens. */
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
        assertThat(inside.await(5, TimeUnit.MINUTES)).as("the other update started").isTrue();
        return f;
    }

    /** A command running on another thread, whose error output can be watched. */
    private record Running(StringWriter err, Future<CliRun> result) {
        void awaitErr(String text) throws InterruptedException {
            for (int i = 0; i < 3000 && !err.toString().contains(text); i++) {
                Thread.sleep(100);
            }
            assertThat(err.toString()).contains(text);
        }
    }

    private Running start(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Callable<CliRun> run = () -> {
            int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new CliRun(code, out.toString(), err.toString());
        };
        return new Running(err, pool.submit(run));
    }

    private void copySample(String name) throws IOException {
        Path to = dir.resolve(name);
        Files.createDirectories(to.getParent());
        Files.copy(Samples.demoSession(), to);
    }
}
