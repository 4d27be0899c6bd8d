package org.attune.core.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Times operations the simple way: warm each up, find how many repetitions of each last a while, then time one
 * batch of each in turn, several rounds. Taking turns means that a neighbour on a shared core slows all of them
 * alike, so ratios between operations of the same round hold even when absolute figures wobble. What an
 * operation returns is kept, so that the JIT cannot drop the work.
 */
final class Throughput {

    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final long BATCH_NANOS = 200_000_000L;
    static final int ROUNDS = 7;

    /** Keeps results alive. */
    private static volatile int sink;

    private Throughput() {
    }

    /** Seconds per operation, for each operation (in the given order) and each round. */
    static Map<String, double[]> secondsPerOp(Map<String, Callable<?>> ops) throws Exception {
        Map<String, Integer> reps = new LinkedHashMap<>();
        for (Map.Entry<String, Callable<?>> op : ops.entrySet()) {
            long start = System.nanoTime();
            while (System.nanoTime() - start < WARM_UP_NANOS) {
                keep(op.getValue().call());
            }
            int n = 1;
            while (time(op.getValue(), n) < BATCH_NANOS / 2) {
                n *= 2;
            }
            reps.put(op.getKey(), n);
        }
        Map<String, double[]> seconds = new LinkedHashMap<>();
        ops.keySet().forEach(name -> seconds.put(name, new double[ROUNDS]));
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Callable<?>> op : ops.entrySet()) {
                int n = reps.get(op.getKey());
                seconds.get(op.getKey())[round] = time(op.getValue(), n) / 1e9 / n;
            }
        }
        return seconds;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The median over rounds of {@code a[i] / b[i]}. */
    static double medianRatio(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = a[i] / b[i];
        }
        return median(ratios);
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
