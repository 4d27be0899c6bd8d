package org.attune.synth;

/**
 * A small, fully specified pseudo-random generator (SplitMix64), so that generated corpora are the same on
 * every Java version and platform. One generator per session, seeded from the corpus seed and the session
 * number, makes a session independent of how many sessions are generated and of the order they are made in.
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    private Rng(long state) {
        this.state = state;
    }

    /** A generator for a stream named by the keys (e.g. seed, stream id, session number). */
    static Rng of(long... keys) {
        long s = GOLDEN;
        for (long k : keys) {
            s = mix(s ^ mix(k + GOLDEN));
        }
        return new Rng(s);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in {@code [0, bound)}. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in {@code [lo, hi]}. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    /** Uniform in {@code [0, 1)}. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Roughly normal with mean 0 and standard deviation 1 (sum of four uniforms, bounded at ±3.5). */
    double gaussian() {
        return (nextDouble() + nextDouble() + nextDouble() + nextDouble() - 2.0) * Math.sqrt(3.0);
    }

    <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }

    /** An index chosen with probability proportional to its weight. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
