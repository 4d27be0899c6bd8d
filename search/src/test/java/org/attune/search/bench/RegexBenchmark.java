package org.attune.search.bench;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.attune.search.query.Attribute;
import org.attune.search.query.Constraint;
import org.attune.search.query.Operator;

/**
 * Query regexes: the linear-time engine against Java's backtracking one on the hostile pattern {@code (a+)+$} over
 * values of growing length ("a" repeated, then "!"). Java's time grows far faster than the length; it is given 20 s
 * per value, and stopped there. Prints figures; asserts nothing. Run:
 * <pre>
 * mvn -q -B -pl search test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.attune.search.bench.RegexBenchmark"
 * </pre>
 */
public final class RegexBenchmark {
    private RegexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String regex = "(a+)+$";
        Constraint linear = new Constraint(Attribute.VALUE, Operator.MATCHES, regex);
        java.util.regex.Pattern backtracking = java.util.regex.Pattern.compile(regex);
        ExecutorService java = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "java-regex");
            t.setDaemon(true);
            return t;
        });
        boolean javaGaveUp = false;
        System.out.println("length      RE2/J ms    java.util.regex ms");
        for (int n : new int[] {100, 1_000, 2_000, 4_000, 10_000, 100_000, 1_000_000}) {
            String value = "a".repeat(n) + "!";
            for (int warm = 0; warm < 3; warm++) {
                linear.foundIn(value);
            }
            long t0 = System.nanoTime();
            boolean found = linear.foundIn(value);
            double re2 = (System.nanoTime() - t0) / 1e6;
            String javaMs = "not tried (gave up on a shorter value)";
            if (!javaGaveUp) {
                long t1 = System.nanoTime();
                Future<Boolean> f = java.submit(() -> backtracking.matcher(value).find());
                try {
                    f.get(20, TimeUnit.SECONDS);
                    javaMs = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t1) / 1e6);
                } catch (TimeoutException e) {
                    javaMs = "> 20,000 (stopped)";
                    javaGaveUp = true;
                    f.cancel(true); // the matcher does not look at interrupts; its daemon thread runs on unheard
                }
            }
            System.out.printf(Locale.ROOT, "%,9d  %10.2f    %s%s%n", n, re2, javaMs, found ? "  (found?!)" : "");
        }
    }
}
