package org.attune.core.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.core.eaf.Eaf;
import org.attune.core.internal.eaf.ReadPhases;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.testing.Interop;

/**
 * Read and write throughput of the EAF codec, against a bare StAX pass over the same bytes (the project aims at
 * reading at half the StAX speed or better). A program, not a test:
 *
 * <pre>
 * mvn -o -q -B -pl core test-compile exec:java -Dexec.mainClass=org.attune.core.bench.EafBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args="a.eaf b.eaf"]
 * </pre>
 *
 * <p>Without arguments it measures the largest files of the interop corpus ({@code ../shared/interop/eaf}). For
 * the first file it also times the phases of reading, to show where the time goes.
 */
public final class EafBenchmark {

    private static final int LARGEST = 5;

    private EafBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = args.length > 0 ? Arrays.stream(args).map(Path::of).toList() : largestInteropFiles();
        if (files.isEmpty()) {
            System.err.println("no EAF files: pass paths as arguments, or provide the interop corpus at "
                    + Interop.dir().resolve("eaf"));
            System.exit(2);
        }
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "EAF throughput: Java %s, %d processors; MB = 10^6 bytes; median of %d rounds after"
                        + " warm-up, the operations timed in turn%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Throughput.ROUNDS);
        out.println("read = Eaf.read(bytes); write = Eaf.toBytes (schema-checked) and Eaf.toBytes(doc, Check.NONE), in MB"
                + " written; StAX = bare pass over the file's bytes; read/StAX = median of the rounds' ratios");
        out.println();
        String header = String.format(Locale.ROOT, "%-52s %8s %10s %10s %10s %10s %10s", "file", "size MB",
                "read MB/s", "write MB/s", "unchecked", "StAX MB/s", "read/StAX");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Path file : files) {
            out.println(row(file));
        }
        out.println();
        phases(files.get(0), out);
        out.println();
        validateScaling(out);
    }

    /**
     * {@code Eaf.validate} against the JDK's schema validator with its own key/keyref checks, on generated documents
     * of growing size: the validator's identity checks are quadratic, Attune's (IdentityConstraints) linear.
     */
    private static void validateScaling(PrintStream out) throws Exception {
        javax.xml.validation.Schema schema = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(EafBenchmark.class.getResource("/org/attune/core/eaf/EAFv3.0.xsd"));
        out.println("Eaf.validate vs the JDK validator's own key/keyref checks (s per file, median of 3 after a warm-up):");
        out.printf(Locale.ROOT, "  %12s %8s %14s %14s %8s%n", "annotations", "MB", "Eaf.validate", "JDK validator",
                "ratio");
        for (int n : new int[] {5_000, 10_000, 20_000, 40_000}) {
            byte[] bytes = flatDocument(n);
            double own = medianSeconds(() -> Eaf.validate(bytes, "bench.eaf"));
            double jdk = medianSeconds(() -> {
                schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(
                        new java.io.ByteArrayInputStream(bytes)));
                return null;
            });
            out.printf(Locale.ROOT, "  %12d %8.2f %14.3f %14.3f %8.1f%n", n, bytes.length / 1e6, own, jdk, jdk / own);
        }
    }

    /** One tier of {@code n} consecutive annotations, each with its own two time slots. */
    private static byte[] flatDocument(int n) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ANNOTATION_DOCUMENT AUTHOR=\"\""
                + " DATE=\"2026-01-01T00:00:00+00:00\" FORMAT=\"3.0\" VERSION=\"3.0\">\n<HEADER MEDIA_FILE=\"\""
                + " TIME_UNITS=\"milliseconds\"/>\n<TIME_ORDER>\n");
        for (int i = 0; i <= n; i++) {
            b.append("<TIME_SLOT TIME_SLOT_ID=\"ts").append(i).append("\" TIME_VALUE=\"").append(i * 100L)
                    .append("\"/>\n");
        }
        b.append("</TIME_ORDER>\n<TIER TIER_ID=\"T\" LINGUISTIC_TYPE_REF=\"lt\">\n");
        for (int i = 0; i < n; i++) {
            b.append("<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a").append(i).append("\" TIME_SLOT_REF1=\"ts")
                    .append(i).append("\" TIME_SLOT_REF2=\"ts").append(i + 1)
                    .append("\"><ANNOTATION_VALUE>v</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n");
        }
        b.append("</TIER>\n<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"lt\" TIME_ALIGNABLE=\"true\""
                + " GRAPHIC_REFERENCES=\"false\"/>\n</ANNOTATION_DOCUMENT>\n");
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static double medianSeconds(Callable<?> op) throws Exception {
        op.call();
        double[] s = new double[3];
        for (int i = 0; i < s.length; i++) {
            long t0 = System.nanoTime();
            op.call();
            s[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(s);
        return s[1];
    }

    private static String row(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        AnnotationDocument doc = Eaf.read(bytes, file.toString()).document();
        byte[] written = Eaf.toBytes(doc);
        Map<String, Callable<?>> ops = new LinkedHashMap<>();
        ops.put("read", () -> Eaf.read(bytes, "bench"));
        ops.put("stax", () -> StaxPass.run(bytes));
        ops.put("write", () -> Eaf.toBytes(doc));
        ops.put("unchecked", () -> Eaf.toBytes(doc, Eaf.Check.NONE));
        Map<String, double[]> s = Throughput.secondsPerOp(ops);
        return String.format(Locale.ROOT, "%-52s %8.2f %10.1f %10.1f %10.1f %10.1f %10.2f", shorten(file),
                bytes.length / 1e6, mbPerSecond(bytes.length, s.get("read")),
                mbPerSecond(written.length, s.get("write")), mbPerSecond(written.length, s.get("unchecked")),
                mbPerSecond(bytes.length, s.get("stax")),
                Throughput.medianRatio(s.get("stax"), s.get("read")));
    }

    private static double mbPerSecond(long bytes, double[] seconds) {
        return bytes / 1e6 / Throughput.median(seconds);
    }

    /** Milliseconds per phase of reading one file. */
    private static void phases(Path file, PrintStream out) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        out.println("Where reading " + file.getFileName() + " spends its time (ms per read, median):");
        Map<String, Callable<?>> ops = new LinkedHashMap<>(ReadPhases.of(bytes));
        ops.put("bare StAX pass (for comparison)", () -> StaxPass.run(bytes));
        for (Map.Entry<String, double[]> phase : Throughput.secondsPerOp(ops).entrySet()) {
            out.printf(Locale.ROOT, "  %-48s %8.2f%n", phase.getKey(), Throughput.median(phase.getValue()) * 1e3);
        }
    }

    /** The largest distinct .eaf files of the interop corpus, largest first. */
    private static List<Path> largestInteropFiles() throws IOException {
        List<Path> all = new ArrayList<>(Interop.files("eaf", ".eaf"));
        all.sort(Comparator.comparingLong(EafBenchmark::size).reversed());
        List<Path> out = new ArrayList<>();
        List<byte[]> seen = new ArrayList<>();
        for (Path p : all) {
            byte[] content = Files.readAllBytes(p);
            if (seen.stream().noneMatch(s -> Arrays.equals(s, content))) { // the corpus has two copies of one file
                seen.add(content);
                out.add(p);
            }
            if (out.size() == LARGEST) {
                break;
            }
        }
        return out;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String shorten(Path file) {
        String name = file.getFileName().toString();
        return name.length() <= 52 ? name : name.substring(0, 49) + "...";
    }
}
