package org.attune.elan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.elan.extension.ExtensionFolder;
import org.attune.elan.recognizers.Recognizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtensionFolderTest {
    @TempDir
    Path tmp;

    private Path write(String jarContent) throws Exception {
        return ExtensionFolder.write(tmp.resolve("extensions"), Recognizers.all(),
                () -> new ByteArrayInputStream(jarContent.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void elanDiscoversThreeLocalRecognizersInOneFolder() throws Exception {
        write("jar");
        List<ElanHost.Discovered> found = ElanHost.discover(tmp.resolve("extensions"));

        assertThat(found).extracting(ElanHost.Discovered::name)
                .containsExactlyInAnyOrder("Attune 3RS segments", "Attune episodes", "Attune query");
        assertThat(found).extracting(ElanHost.Discovered::folder).containsOnly(tmp.resolve("extensions/attune"));
        for (ElanHost.Discovered d : found) {
            assertThat(d.recognizerType()).isEqualTo("local");
            assertThat(d.runLinux()).isNotBlank().isEqualTo(d.runMac()).isEqualTo(d.runWin());
            assertThat(d.runLinux().split(" ")).containsExactly("java", "-jar", "attune-elan.jar", d.id());
            assertThat(d.dropped()).as("parameters ELAN would drop").isEmpty();
            assertThat(d.folder().resolve(d.helpFile())).isRegularFile();
            assertThat(d.params()).filteredOn(p -> p.element().equals("output"))
                    .extracting(ElanHost.HostParam::type).containsExactly("tier");
        }
    }

    @Test
    void theSegmentsRecognizerDeclaresItsTiersAndFiveMinuteSegments() throws Exception {
        write("jar");
        ElanHost.Discovered d = discovered("Attune 3RS segments");

        assertThat(d.param("ruptures").type()).isEqualTo("tier");
        assertThat(d.param("ruptures").optional()).isFalse();
        assertThat(d.param("resolutions").type()).isEqualTo("tier");
        assertThat(d.param("segment_minutes").def()).isEqualTo(5f);
        assertThat(d.param("segment_minutes").numType()).isIn("int", "float");
    }

    @Test
    void theEpisodesRecognizerHasAFiveMinuteWindowInSeconds() throws Exception {
        write("jar");
        ElanHost.Discovered d = discovered("Attune episodes");

        assertThat(d.param("ruptures").type()).isEqualTo("tier");
        assertThat(d.param("resolutions").type()).isEqualTo("tier");
        assertThat(d.param("window_seconds").def()).isEqualTo(300f);
        assertThat(d.param("window_seconds").numType()).isEqualTo("int");
    }

    @Test
    void theQueryRecognizerTakesTheSavedDocumentAndAQueryText() throws Exception {
        write("jar");
        ElanHost.Discovered d = discovered("Attune query");

        assertThat(d.param("document").element()).isEqualTo("input");
        assertThat(d.param("document").type()).isEqualTo("auxiliary");
        assertThat(d.param("query").element()).isEqualTo("textparam");
    }

    @Test
    void noPathInsideTheFolderHasABlank() throws Exception {
        Path folder = write("jar");
        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.map(p -> folder.relativize(p).toString())).noneMatch(s -> s.contains(" "));
        }
        assertThat(folder.resolve(ExtensionFolder.JAR)).hasContent("jar");
    }

    @Test
    void theFolderIsReadableByEveryoneLikeAnyNewFolder() throws Exception {
        Path folder = write("jar");
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void packagingAgainReplacesTheFolderAndLeavesNoStagingFolders() throws Exception {
        Path folder = write("old");
        Files.writeString(folder.resolve("stale.cmdi"), "<CMD/>");
        write("new");

        assertThat(folder.resolve(ExtensionFolder.JAR)).hasContent("new");
        assertThat(folder.resolve("stale.cmdi")).doesNotExist();
        try (Stream<Path> siblings = Files.list(tmp.resolve("extensions"))) {
            assertThat(siblings).containsExactly(folder);
        }
    }

    @Test
    void aFailingJarSourceLeavesTheOldFolderInPlace() throws Exception {
        Path folder = write("old");
        assertThatThrownBy(() -> ExtensionFolder.write(tmp.resolve("extensions"), Recognizers.all(), () -> {
            throw new NoSuchFileException("attune-elan.jar");
        })).isInstanceOf(NoSuchFileException.class);

        assertThat(folder.resolve(ExtensionFolder.JAR)).hasContent("old");
        try (Stream<Path> siblings = Files.list(tmp.resolve("extensions"))) {
            assertThat(siblings).containsExactly(folder);
        }
    }

    @Test
    void theExtensionsFolderIsFoundInLinuxMacAndWindowsInstallations() throws Exception {
        Path linux = Files.createDirectories(tmp.resolve("ELAN_6-9/lib/app/extensions"));
        Path mac = Files.createDirectories(tmp.resolve("ELAN_6.9.app/Contents/app/extensions"));
        Path windows = Files.createDirectories(tmp.resolve("ELAN 6.9/app/extensions"));

        assertThat(ExtensionFolder.extensionsFolder(tmp.resolve("ELAN_6-9"))).isEqualTo(linux);
        assertThat(ExtensionFolder.extensionsFolder(tmp.resolve("ELAN_6.9.app"))).isEqualTo(mac);
        assertThat(ExtensionFolder.extensionsFolder(tmp.resolve("ELAN 6.9"))).isEqualTo(windows);
        assertThat(ExtensionFolder.extensionsFolder(linux)).isEqualTo(linux);
    }

    @Test
    void aFolderThatIsNoElanInstallationIsNamedWithThePlacesLookedAt() throws Exception {
        Path notElan = Files.createDirectories(tmp.resolve("Downloads"));

        assertThatThrownBy(() -> ExtensionFolder.extensionsFolder(notElan))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("not an ELAN installation")
                .hasMessageContaining("lib/app/extensions");
        assertThatThrownBy(() -> ExtensionFolder.extensionsFolder(tmp.resolve("missing")))
                .isInstanceOf(NoSuchFileException.class);
    }

    private ElanHost.Discovered discovered(String name) throws Exception {
        return ElanHost.discover(tmp.resolve("extensions")).stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
