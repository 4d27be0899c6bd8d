package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file too big for the heap ends with one line that says how to give Java more, and writes nothing. */
class OutOfMemoryIT {

    /** A well-formed EAF of about 3 MB: one tier of many time-aligned annotations. */
    static String bigEaf(int annotations) {
        StringBuilder slots = new StringBuilder();
        StringBuilder anns = new StringBuilder();
        for (int i = 0; i < annotations; i++) {
            slots.append("<TIME_SLOT TIME_SLOT_ID=\"ts").append(2 * i + 1).append("\" TIME_VALUE=\"").append(1000 * i)
                    .append("\"/>\n<TIME_SLOT TIME_SLOT_ID=\"ts").append(2 * i + 2).append("\" TIME_VALUE=\"")
                    .append(1000 * i + 900).append("\"/>\n");
            anns.append("<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a").append(i + 1)
                    .append("\" TIME_SLOT_REF1=\"ts").append(2 * i + 1).append("\" TIME_SLOT_REF2=\"ts").append(2 * i + 2)
                    .append("\"><ANNOTATION_VALUE>so what I hear you saying is ").append(i)
                    .append("</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ANNOTATION_DOCUMENT AUTHOR=\"\" DATE=\"2024-01-01T00:00:00Z\""
                + " FORMAT=\"3.0\" VERSION=\"3.0\"><HEADER MEDIA_FILE=\"\" TIME_UNITS=\"milliseconds\"/>\n<TIME_ORDER>\n"
                + slots + "</TIME_ORDER>\n<TIER LINGUISTIC_TYPE_REF=\"default\" TIER_ID=\"T\">\n" + anns + "</TIER>\n"
                + "<LINGUISTIC_TYPE GRAPHIC_REFERENCES=\"false\" LINGUISTIC_TYPE_ID=\"default\" TIME_ALIGNABLE=\"true\"/>\n"
                + "</ANNOTATION_DOCUMENT>\n";
    }

    @Test
    void convertWithTooLittleHeapSaysSoInOneLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("big.eaf");
        Files.writeString(in, bigEaf(15_000), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.eaf");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = LauncherIT.root().resolve("cli/target/attune.jar");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx12m", "-jar", jar.toString(), "convert",
                in.toString(), out.toString())).start();
        p.getOutputStream().close();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isNotZero();
        assertThat(err.strip().lines()).as(err).containsExactly("attune: " + in
                + ": not enough memory to read this file; give Java more, e.g. JAVA_OPTS=-Xmx1g ./attune ...");
        assertThat(err).doesNotContain("\tat ");
        assertThat(stdout).isEmpty();
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file is left").containsExactly(in);
        }
    }
}
