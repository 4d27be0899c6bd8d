package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attune.core.eaf.Eaf;
import org.attune.core.io.AtomicFiles;
import org.attune.core.model.AnnotationDocument;
import org.attune.synth.SessionGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune generate OUT_DIR}: a corpus of synthetic, 3RS-coded sessions. */
@Command(name = "generate", mixinStandardHelpOptions = true, showDefaultValues = true,
        description = {"Write a corpus of synthetic therapy sessions (invented text, 45-60 minutes, 400-700 "
                + "utterances each), coded with 3RS 2015 by coder A and, for a share of the sessions, coder B: "
                + "OUT_DIR/session-00001.eaf, session-00002.eaf, ...",
            "The same seed always gives the same files, and the first N sessions do not depend on how many are "
                + "made: 1,000 sessions are the first 1,000 of 10,000. See docs/generator.md."})
final class GenerateCommand implements Callable<Integer> {

    /** The most sessions whose zero-padded names still sort in order. */
    static final int MAX_SESSIONS = 99_999;
    /** Names of the files and folders a previous run made, removed by {@code --force}. */
    private static final Pattern SESSION_FILE = Pattern.compile("session-\\d{5,}\\.eaf(\\.bak)?");
    private static final Pattern PART_FOLDER = Pattern.compile("part-\\d{4,}");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT_DIR", description = "The folder to write (created if missing).")
    Path outDir;

    @Option(names = "--sessions", paramLabel = "N", defaultValue = "10", description = "How many sessions.")
    int sessions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The corpus seed.")
    long seed;

    @Option(names = "--coders", paramLabel = "1|2|P", defaultValue = "0.3",
            description = "1: coder A only; 2: coders A and B on every session; a probability P between 0 and 1 "
                    + "(e.g. 0.3): the share of sessions that coder B codes too.")
    String coders;

    @Option(names = "--per-folder", paramLabel = "K", defaultValue = "0",
            description = "Put K sessions in each sub-folder part-0001, part-0002, ... (0: all in OUT_DIR).")
    int perFolder;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads to generate with (default: the number of processors, at most 2). "
                    + "The files do not depend on it.")
    Integer threads;

    @Option(names = "--validate",
            description = "Check every file against the EAF 3.0 schema as it is written (about 3 times slower).")
    boolean validate;

    @Option(names = "--force",
            description = "Write into a folder that is not empty, first removing session files (and part-NNNN "
                    + "folders) an earlier run made there. Other files are left alone.")
    boolean force;

    @Override
    public Integer call() throws IOException, InterruptedException {
        SessionGenerator.Options options = new SessionGenerator.Options(seed, secondCoder());
        if (sessions < 1 || sessions > MAX_SESSIONS) {
            throw new Failures.UserError("--sessions must be between 1 and " + MAX_SESSIONS + ", got " + sessions);
        }
        if (perFolder < 0) {
            throw new Failures.UserError("--per-folder must be 0 or more, got " + perFolder);
        }
        int workers = threads == null ? Math.min(2, Runtime.getRuntime().availableProcessors()) : threads;
        if (workers < 1) {
            throw new Failures.UserError("--threads must be 1 or more, got " + workers);
        }
        int removed = prepare();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (removed > 0) {
            err.println("attune: removed " + removed + " session files of an earlier run from " + outDir);
        }
        long started = System.nanoTime();
        long bytes = write(new SessionGenerator(options), workers, err);
        double seconds = (System.nanoTime() - started) / 1e9;
        double mb = bytes / 1e6;
        out.println(String.format(Locale.ROOT, "wrote %d sessions to %s (seed %d, coder B on %s of sessions): "
                        + "%.1f MB in %.1f s, %.1f files/s, %.1f MB/s", sessions, outDir, seed,
                percent(options.secondCoder()), mb, seconds, sessions / seconds, mb / seconds));
        out.flush();
        err.flush();
        return 0;
    }

    /** The probability of a second coder from {@code --coders}. */
    private double secondCoder() {
        String v = coders.strip();
        if (v.equals("1")) {
            return 0;
        }
        if (v.equals("2")) {
            return 1;
        }
        try {
            double p = Double.parseDouble(v);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Failures.UserError("--coders must be 1, 2 or a probability between 0 and 1, got '" + coders + "'");
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.0f%%", p * 100);
    }

    /** Refuses a non-empty OUT_DIR without {@code --force}; with it, removes an earlier run's files. */
    private int prepare() throws IOException {
        if (!OutFolder.prepare(outDir, force, "replace the session files in it")) {
            return 0;
        }
        int removed = removeSessions(outDir);
        for (Path part : list(outDir)) {
            if (Files.isDirectory(part) && PART_FOLDER.matcher(part.getFileName().toString()).matches()) {
                removed += removeSessions(part);
                if (list(part).isEmpty()) {
                    Files.delete(part);
                }
            }
        }
        return removed;
    }

    private static int removeSessions(Path folder) throws IOException {
        int removed = 0;
        for (Path p : list(folder)) {
            if (Files.isRegularFile(p) && SESSION_FILE.matcher(p.getFileName().toString()).matches()) {
                Files.delete(p);
                removed++;
            }
        }
        return removed;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return new ArrayList<>(entries.toList());
        }
    }

    /**
     * Generates and writes every session on {@code workers} threads, a few sessions in flight at a time (so memory
     * stays flat), and returns the bytes written. The first failure stops the run and is thrown.
     */
    private long write(SessionGenerator generator, int workers, PrintWriter err)
            throws IOException, InterruptedException {
        AtomicLong bytes = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Semaphore inFlight = new Semaphore(2 * workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "attune-generate");
            t.setDaemon(true);
            return t;
        });
        try (TaskProgress progress = TaskProgress.start("Generating sessions", sessions, err)) {
            for (int n = 1; n <= sessions && failure.get() == null; n++) {
                int number = n;
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            bytes.addAndGet(writeSession(generator, number));
                            progress.step();
                        }
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } finally {
            pool.shutdownNow();
        }
        Exception e = failure.get();
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        return bytes.get();
    }

    private int writeSession(SessionGenerator generator, int number) throws IOException {
        AnnotationDocument doc = generator.session(number);
        byte[] eaf = validate ? Eaf.toBytes(doc) : Eaf.toBytes(doc, Eaf.Check.NONE);
        Path folder = perFolder == 0 ? outDir
                : outDir.resolve(String.format(Locale.ROOT, "part-%04d", (number - 1) / perFolder + 1));
        AtomicFiles.write(folder.resolve(SessionGenerator.fileName(number)), o -> o.write(eaf));
        return eaf.length;
    }
}
