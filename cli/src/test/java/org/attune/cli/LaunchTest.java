package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What the packaged app's launcher means by its arguments, and that {@code java -jar attune.jar} is unchanged. */
class LaunchTest {

    private static final Launch APP_IMAGE = new Launch(true);
    private static final Launch JAR = new Launch(false);

    @Test
    void theAppImageIsRecognisedByThePropertyJpackagesLauncherSets() {
        Properties app = new Properties();
        app.setProperty("jpackage.app-path", "/opt/attune/bin/Attune");
        assertThat(Launch.from(app)).isEqualTo(APP_IMAGE);
        assertThat(Launch.from(new Properties())).isEqualTo(JAR);
    }

    @Test
    void theAppImageWithNoArgumentsOpensTheAnnotator() {
        assertThat(APP_IMAGE.arguments(new String[0])).containsExactly("annotate");
        // in-process the tests are headless: the annotate command itself answers
        CliRun r = CliRun.of(APP_IMAGE.arguments(new String[0]));
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("annotate needs a display");
    }

    @Test
    void theAppImageGivenOneEafFileOpensItInTheAnnotator() {
        // what a double-click on a .eaf (the desktop file's Exec=... %f) or "Open with Attune" passes
        assertThat(APP_IMAGE.arguments(new String[] {"/home/c/session 01.eaf"}))
                .containsExactly("annotate", "/home/c/session 01.eaf");
        assertThat(APP_IMAGE.arguments(new String[] {"SESSION.EAF"})).containsExactly("annotate", "SESSION.EAF");
    }

    @Test
    void theAppImageWithACommandIsTheAttuneCommand() {
        assertThat(APP_IMAGE.arguments(new String[] {"info", "s.eaf"})).containsExactly("info", "s.eaf");
        assertThat(APP_IMAGE.arguments(new String[] {"--version"})).containsExactly("--version");
        assertThat(APP_IMAGE.arguments(new String[] {"annotate", "s.eaf"})).containsExactly("annotate", "s.eaf");
        assertThat(APP_IMAGE.arguments(new String[] {"s.eaf", "t.eaf"})).containsExactly("s.eaf", "t.eaf");
        assertThat(APP_IMAGE.arguments(new String[] {"--debug.eaf"})).containsExactly("--debug.eaf");
    }

    @Test
    void theJarKeepsItsArgumentsAndWithNoneStillPrintsTheUsage() {
        assertThat(JAR.arguments(new String[0])).isEmpty();
        assertThat(JAR.arguments(new String[] {"s.eaf"})).containsExactly("s.eaf");
        CliRun r = CliRun.of(JAR.arguments(new String[0]));
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: attune").contains("annotate");
    }
}
