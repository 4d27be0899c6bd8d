package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's main command, as a user runs it: the {@code ./attune} launcher in the repository root, on the
 * jar this build packaged (run by failsafe after {@code package}, so the launcher finds it fresh).
 */
class LauncherIT {

    record Run(int exitCode, String out, String err) {
    }

    /** The repository root. */
    static Path root() {
        return Samples.dir().getParent();
    }

    static Run launch(String... args) throws IOException, InterruptedException {
        return launch(java.util.Map.of(), args);
    }

    static Run launch(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path root = root();
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("attune").toString()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).directory(root.toFile());
        b.environment().putAll(env);
        Process p = b.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theReadmeMainCommandSummarisesTheBundledSession() throws Exception {
        Run r = launch("info", "samples/demo-session.eaf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("samples/demo-session.eaf").contains("Codings (14 by 1 coder)");
        assertThat(r.err()).as("the packaged jar is fresh, so nothing is rebuilt").doesNotContain("building");
    }

    @Test
    void theLauncherPassesTheExitCodeOn() throws Exception {
        Run r = launch("validate", "no-such-file.eaf");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no-such-file.eaf: no such file");
    }

    @Test
    void theLauncherLoadsAttunesClassesFromAClassDataSharingArchiveMadeForThisJar() throws Exception {
        Run first = launch("--version"); // makes the archive when the jar is newer than it
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(root().resolve("cli/target/attune.jsa")).isRegularFile();

        Run r = launch(java.util.Map.of("ATTUNE_JAVA_OPTS", "-Xlog:class+load=info"), "info", "samples/demo-session.eaf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("org.attune.cli.Main source: shared objects file")
                .contains("org.attune.core.eaf.Eaf source: shared objects file")
                .contains("Codings (14 by 1 coder)");

        Run off = launch(java.util.Map.of("ATTUNE_CDS", "0", "ATTUNE_JAVA_OPTS", "-Xlog:class+load=info"), "--version");
        assertThat(off.out()).doesNotContain("org.attune.cli.Main source: shared objects file");
    }

    @Test
    void theJarKnowsItsVersion() throws Exception {
        Run r = launch("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("attune 0.");
    }
}
