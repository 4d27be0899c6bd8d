package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attune elan-extension package} and {@code install} from the packaged attune jar (through the README's
 * {@code ./attune} launcher), and the folder they write run the way ELAN runs a recognizer. The recognizers
 * themselves are tested against an ELAN stand-in in the elan module.
 */
class ElanExtensionIT {
    @TempDir
    Path tmp;

    @Test
    void packageWritesAFolderWhoseRecognizerJarRunsAsElanStartsIt() throws Exception {
        LauncherIT.Run r = LauncherIT.launch("elan-extension", "package", tmp.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path folder = tmp.resolve("attune");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("attune-segments.cmdi",
                    "attune-episodes.cmdi", "attune-query.cmdi", "attune-elan.html", "attune-elan.jar");
        }
        assertThat(r.out()).contains("Wrote " + folder).contains("\"Attune 3RS segments\"");

        // ELAN: split the run command on blanks, replace java, start it in the folder, parameters on stdin
        String cmdi = Files.readString(folder.resolve("attune-query.cmdi"));
        assertThat(cmdi).contains("runLinux=\"java -jar attune-elan.jar attune-query\"");
        Path sample = LauncherIT.root().resolve("samples/demo-session.eaf");
        Path out = tmp.resolve("hits.xml");
        String params = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PARAM>\n"
                + "<param name=\"InvocationContext\">attune-query 2026-11-22 10:00:00+0000</param>\n"
                + "<param name=\"document\">" + sample + "</param>\n"
                + "<param name=\"query\">rupture -&gt; resolution within 5m</param>\n"
                + "<param name=\"hits\">" + out + "</param>\n</PARAM>\n";
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "attune-elan.jar", "attune-query").directory(folder.toFile()).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(params.getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(lines).as(String.join("\n", lines)).last().isEqualTo("RESULT: DONE.");
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(out)).startsWith("<?xml").contains("<TIER columns=\"Attune_hits\">")
                .contains(" → ");
    }

    @Test
    void installFindsTheExtensionsFolderOfAnElanInstallation() throws Exception {
        Path extensions = Files.createDirectories(tmp.resolve("ELAN_6-9/lib/app/extensions"));
        LauncherIT.Run r = LauncherIT.launch("elan-extension", "install", "--elan", tmp.resolve("ELAN_6-9").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(extensions.resolve("attune/attune-elan.jar")).isRegularFile();
        assertThat(extensions.resolve("attune/attune-episodes.cmdi")).isRegularFile();
    }

    @Test
    void installRefusesAFolderThatIsNoElanInstallation() throws Exception {
        LauncherIT.Run r = LauncherIT.launch("elan-extension", "install", "--elan", tmp.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("attune: " + tmp + ": not an ELAN installation: none of");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }
}
