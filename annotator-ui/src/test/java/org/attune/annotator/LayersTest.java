package org.attune.annotator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layers stay apart: the session model, files, media and sample code know nothing of Swing or AWT. */
class LayersTest {

    private static final Path SOURCES = Path.of("src/main/java/org/attune/annotator");

    @Test
    void theModelAndBackgroundLayersImportNoSwingOrAwt() throws IOException {
        for (String layer : List.of("session", "files", "media", "sample")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
                List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
                assertThat(java).as(layer).isNotEmpty();
                for (Path f : java) {
                    assertThat(Files.readString(f)).as(f.toString())
                            .doesNotContain("import javax.swing").doesNotContain("import java.awt");
                }
            }
        }
    }
}
