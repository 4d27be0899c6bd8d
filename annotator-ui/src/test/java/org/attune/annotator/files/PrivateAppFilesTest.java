package org.attune.annotator.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.attune.annotator.session.Samples;
import org.attune.core.eaf.Eaf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the annotator writes on its own account (app folder, settings, recovery) is readable by the user only. */
class PrivateAppFilesTest {

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theAppFolderAndItsSettingsAreUserOnly(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "not a POSIX file system");
        Path root = dir.resolve("home").resolve(".attune");
        AppHome home = AppHome.at(root);
        home.setCoder("R");
        home.setShortcutOverrides(new java.util.Properties());
        assertThat(mode(root)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve("home"))).isEqualTo("rwx------");
        assertThat(mode(home.settingsFile())).isEqualTo("rw-------");
        assertThat(mode(root.resolve("shortcuts.properties"))).isEqualTo("rw-------");
    }

    @Test
    void recoveryFolderAndAutosavesAreUserOnly(@TempDir Path dir) throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "not a POSIX file system");
        Path file = dir.resolve("s.eaf");
        Eaf.write(Samples.demo(), file);
        Recovery recovery = new Recovery(dir.resolve("recovery"));
        Path saved = recovery.save(Eaf.read(file).document(), file);
        assertThat(mode(dir.resolve("recovery"))).isEqualTo("rwx------");
        assertThat(mode(saved)).isEqualTo("rw-------");
        try (var files = Files.list(dir.resolve("recovery"))) {
            for (Path p : files.toList()) {
                assertThat(mode(p)).as(p.toString()).isEqualTo("rw-------");
            }
        }
    }
}
