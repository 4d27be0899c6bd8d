package org.attune.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.attune.core.eaf.Eaf;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.synth.SessionGenerator;
import org.attune.search.event.Match;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.index.CorpusIndex;
import org.attune.search.index.IndexProgress;
import org.attune.search.index.UpdateReport;
import org.attune.search.query.Query;

/**
 * The corpus-search benchmark: index build and query latency on generated corpora, against reading every file
 * and running the reference evaluator (what ELAN's multi-file search and pympi scripts do). Prints figures and
 * ratios; asserts nothing. Run (see README):
 * <pre>
 * mvn -q -B install -DskipTests
 * mvn -q -B -pl search test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx512m -cp %classpath org.attune.search.bench.SearchBenchmark target/bench 1000 10000"
 * </pre>
 */
public final class SearchBenchmark {
    private static final SchemeRegistry SCHEMES = SchemeRegistry.builtIn();
    private static final int RUNS = 30;
    private static final int WARMUP = 5;

    /** The fixed query set: name, query. */
    static final String[][] QUERIES = {
        {"sequence by time", "confrontation -> R4 within 60s"},
        {"sequence by utterances", "withdrawal -> resolution within 3 utterances"},
        {"negation", "withdrawal !-> resolution within 5m"},
        {"phrase with role", "[role=patient text=\"waste of time\"]"},
        {"overlap", "\"this isn't helping\" & confrontation"},
        {"rating filter", "[category=rupture rating>=4 coder=A]"},
        {"chain of three", "confrontation -> R4 within 60s -> withdrawal within 5m"},
        {"alternation", "C3 | C5 | W4 -> R4 | R5 within 90s"},
        {"broad chain of three", "rupture -> resolution within 2m -> rupture within 10m"},
        {"regex on any tier", "[tier~\"resolution\" value~\"^Therapist (invites|acknowledges)\"]"},
    };

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args.length > 0 ? args[0] : "target/bench");
        int[] sizes = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000};
        System.out.printf(Locale.ROOT, "Attune search benchmark — %s, %d cores, max heap %d MB%n",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<String[]> rows = new ArrayList<>();
        for (int n : sizes) {
            Path corpus = base.resolve("corpus-" + n);
            generate(corpus, n);
            rows.addAll(run(corpus, n, Integer.getInteger("bench.parseRuns", n <= 1_000 ? 3 : 1)));
        }
        System.out.println();
        System.out.println("| sessions | query | matches | engine p50 ms | engine p95 ms | parse-every-file p50 ms | p95 ms | speed-up (p50) |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    private static void generate(Path corpus, int n) throws Exception {
        Files.createDirectories(corpus);
        SessionGenerator g = new SessionGenerator(SessionGenerator.Options.seed(1));
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Path f = corpus.resolve(SessionGenerator.fileName(i));
            if (!Files.exists(f)) {
                int number = i;
                jobs.add(pool.submit(() -> {
                    Files.write(f, Eaf.toBytes(g.session(number), Eaf.Check.NONE));
                    return null;
                }));
            }
        }
        for (Future<?> j : jobs) {
            j.get();
        }
        pool.shutdown();
        if (!jobs.isEmpty()) {
            System.out.printf(Locale.ROOT, "generated %d sessions in %s%n", jobs.size(), corpus);
        }
    }

    private static List<String[]> run(Path corpus, int n, int parseRuns) throws IOException, InterruptedException {
        long corpusBytes;
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".eaf")).sorted().limit(n).toList();
        }
        corpusBytes = 0;
        for (Path f : files) {
            corpusBytes += Files.size(f);
        }
        Path indexDir = corpus.resolveSibling("index-" + n);
        deleteTree(indexDir);
        HeapSampler heap = new HeapSampler();
        List<String[]> rows = new ArrayList<>();
        try (CorpusIndex index = CorpusIndex.open(corpus, indexDir, SCHEMES::find)) {
            System.gc();
            heap.start();
            UpdateReport r = index.update(IndexProgress.none());
            long peak = heap.finish();
            long indexBytes = size(indexDir);
            System.out.printf(Locale.ROOT, "%n%,d sessions: corpus %,.1f MB, %,d events%n", n, corpusBytes / 1e6, r.events());
            System.out.printf(Locale.ROOT, "  index build %.1f s = %,.0f events/s = %.1f MB/s of EAF; index %,.1f MB = %.2f x corpus; "
                    + "peak heap in use %,d MB (sampled every 10 ms; -Xmx %,d MB)%n", r.millis() / 1000.0, r.events() / (r.millis() / 1000.0),
                    corpusBytes / 1e6 / (r.millis() / 1000.0), indexBytes / 1e6, (double) indexBytes / corpusBytes,
                    peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
            for (String[] q : QUERIES) {
                Query query = Query.parse(q[1]);
                long[] engine = new long[RUNS];
                List<Match> result = null;
                for (int i = 0; i < WARMUP + RUNS; i++) {
                    long t0 = System.nanoTime();
                    result = index.search(query);
                    if (i >= WARMUP) {
                        engine[i - WARMUP] = System.nanoTime() - t0;
                    }
                }
                long[] parse = new long[parseRuns];
                for (int i = 0; i < parseRuns; i++) {
                    long t0 = System.nanoTime();
                    List<Match> reference = parseEveryFile(query, corpus, files);
                    parse[i] = System.nanoTime() - t0;
                    if (!reference.equals(result)) {
                        throw new AssertionError("the index and the reference evaluator disagree on " + q[1]);
                    }
                }
                Arrays.sort(engine);
                Arrays.sort(parse);
                double e50 = ms(percentile(engine, 50));
                double e95 = ms(percentile(engine, 95));
                double p50 = parseRuns == 0 ? Double.NaN : ms(percentile(parse, 50));
                double p95 = parseRuns == 0 ? Double.NaN : ms(percentile(parse, 95));
                rows.add(new String[] {String.format(Locale.ROOT, "%,d", n), q[0] + ": `" + q[1].replace("|", "\\|") + "`",
                    String.format(Locale.ROOT, "%,d", result.size()), fmt(e50), fmt(e95), fmt(p50), fmt(p95),
                    String.format(Locale.ROOT, "%,.0f×", p50 / e50)});
                System.out.printf(Locale.ROOT, "  %-24s %,8d matches  engine p50 %8s ms p95 %8s ms  parse-every-file p50 %9s ms  x%,.0f%n",
                        q[0], result.size(), fmt(e50), fmt(e95), fmt(p50), p50 / e50);
            }
        }
        return rows;
    }

    /** Read every EAF, then the reference evaluator: the path without an index. */
    private static List<Match> parseEveryFile(Query query, Path corpus, List<Path> files) throws IOException {
        List<Match> out = new ArrayList<>();
        for (Path f : files) {
            SessionEvents s = SessionEvents.of(corpus.relativize(f).toString(), Eaf.read(f).document(), SCHEMES::find);
            out.addAll(ReferenceEvaluator.evaluate(query, s));
        }
        return out;
    }

    private static long percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String fmt(double ms) {
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%,.0f", ms);
    }

    /** Samples the heap in use while indexing runs; the peak is what the index build needed at most. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
