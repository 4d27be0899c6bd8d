package org.attune.annotator.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Header;
import org.attune.core.model.MediaDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which linked media file the annotator plays. */
class MediaFilesTest {

    @TempDir
    Path dir;

    private AnnotationDocument linking(String... names) {
        List<MediaDescriptor> media = java.util.Arrays.stream(names)
                .map(n -> new MediaDescriptor(dir.resolve(n).toUri().toString(), "./" + n, "", null, null)).toList();
        return AnnotationDocument.empty("test").withHeader(Header.milliseconds().withMedia(media));
    }

    @Test
    void theFirstExistingFileOfASupportedTypeIsPlayedAndAnUnsupportedOneOnlyWhenThereIsNoOther() throws Exception {
        Files.copy(Fixtures.media("session.ogg"), dir.resolve("a.ogg"));
        Files.copy(Fixtures.media("session.m4a"), dir.resolve("b.m4a"));
        Path eaf = dir.resolve("s.eaf");
        assertThat(MediaFiles.mediaOf(linking("missing.mp3", "a.ogg", "b.m4a"), eaf)).contains(dir.resolve("b.m4a"));
        assertThat(MediaFiles.mediaOf(linking("missing.mp3", "a.ogg"), eaf)).contains(dir.resolve("a.ogg"));
        assertThat(MediaFiles.mediaOf(linking("missing.mp3"), eaf)).isEmpty();
        assertThat(MediaFiles.wavOf(linking("a.ogg", "b.m4a"), eaf)).isEmpty();
    }
}
