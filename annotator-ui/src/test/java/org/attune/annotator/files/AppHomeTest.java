package org.attune.annotator.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppHomeTest {

    @Test
    void theCoderThemeAndRecentFilesAreRememberedAcrossStarts(@TempDir Path dir) throws Exception {
        AppHome first = AppHome.at(dir);
        assertThat(first.coder()).isEmpty();
        first.setCoder(" JS ");
        first.setDark(true);
        first.addRecent(dir.resolve("a.eaf"));
        first.addRecent(dir.resolve("b.eaf"));
        first.addRecent(dir.resolve("a.eaf"));

        AppHome second = AppHome.at(dir);
        assertThat(second.coder()).contains("JS");
        assertThat(second.dark()).isTrue();
        assertThat(second.recentFiles()).containsExactly(dir.resolve("a.eaf"), dir.resolve("b.eaf"));
    }

    @Test
    void shortcutOverridesAreReadFromTheirOwnFile(@TempDir Path dir) throws Exception {
        assertThat(AppHome.at(dir).shortcutOverrides()).isEmpty();
        Files.writeString(dir.resolve("shortcuts.properties"), "file.save = F2\n");
        assertThat(AppHome.at(dir).shortcutOverrides().getProperty("file.save")).isEqualTo("F2");
    }
}
