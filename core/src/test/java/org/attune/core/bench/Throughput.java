package org.attune.core.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Times an operation the simple way: warm it up, find how many repetitions last a while, then take the median of
 * several such batches (the median shrugs off a GC pause or a neighbour on a shared core). What the operation
 * returns is kept, so that the JIT cannot drop the work.
 */
final class Throughput {

    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private static final long BATCH_NANOS = 250_000_000L;
    private static final int RUNS = 7;

    /** Keeps results alive. */
    private static volatile int sink;

    private Throughput() {
    }

    /** Median seconds per operation. */
    static double secondsPerOp(Callable<?> op) throws Exception {
        int reps = 1;
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            keep(op.call());
        }
        while (time(op, reps) < BATCH_NANOS / 2) {
            reps *= 2;
        }
        double[] seconds = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            seconds[r] = time(op, reps) / 1e9 / reps;
        }
        Arrays.sort(seconds);
        return seconds[RUNS / 2];
    }

    /** Megabytes (10^6 bytes) per second for an operation over {@code bytes} bytes. */
    static double megabytesPerSecond(long bytes, Callable<?> op) throws Exception {
        return bytes / 1e6 / secondsPerOp(op);
    }

    static int runs() {
        return RUNS;
    }

    private static long time(Callable<?> op, int reps) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            keep(op.call());
        }
        return System.nanoTime() - t0;
    }

    private static void keep(Object result) {
        sink += System.identityHashCode(result);
    }
}
