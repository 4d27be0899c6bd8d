package org.attune.annotator.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attune.annotator.session.Samples;
import org.attune.core.eaf.Eaf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {

    @Test
    void aFileThatCannotBeReadGivesTheReadersFileLineColumnMessage(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.eaf");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>\n  <HEADER>\n</ANNOTATION_DOCUMENT>\n");
        DocumentFiles.Opened r = DocumentFiles.open(bad);
        assertThat(r).isInstanceOf(DocumentFiles.Failed.class);
        assertThat(((DocumentFiles.Failed) r).message()).matches("(?s)" + java.util.regex.Pattern.quote(bad.toString())
                + ":\\d+:\\d+: .*");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        DocumentFiles.Opened r = DocumentFiles.open(dir.resolve("none.eaf"));
        assertThat(((DocumentFiles.Failed) r).message()).endsWith("none.eaf: no such file");
    }

    @Test
    void savingReplacesTheFileAndKeepsTheOldOneAsBak(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.eaf");
        Files.writeString(f, "old");
        DocumentFiles.save(Samples.demo(), f);
        assertThat(Files.readString(dir.resolve("s.eaf.bak"))).isEqualTo("old");
        assertThat(DocumentFiles.open(f)).isInstanceOf(DocumentFiles.Loaded.class);
        assertThat(Eaf.toBytes(Eaf.read(f).document())).isEqualTo(Eaf.toBytes(Samples.demo()));
    }
}
