package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.core.eaf.Eaf;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesNumberedValidSessionsAndReportsThroughput() throws Exception {
        Path out = dir.resolve("corpus");
        CliRun r = CliRun.of("generate", out.toString(), "--sessions", "3", "--seed", "4", "--coders", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(names(out)).containsExactly("session-00001.eaf", "session-00002.eaf", "session-00003.eaf");
        assertThat(r.out()).containsPattern("wrote 3 sessions to .*corpus \\(seed 4, coder B on 100% of sessions\\): "
                + "[0-9.]+ MB in [0-9.]+ s, [0-9.]+ files/s, [0-9.]+ MB/s");
        for (Path f : files(out)) {
            assertThat(Eaf.validate(f)).as(f.toString()).isEmpty();
            SessionView v = SessionView.of(Eaf.read(f).document(), SchemeRegistry.builtIn()::find);
            assertThat(v.coders()).containsExactly("A", "B");
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndASmallerCorpusIsAPrefixOfALargerOne() throws Exception {
        Path small = dir.resolve("small");
        Path large = dir.resolve("large");
        assertThat(CliRun.of("generate", small.toString(), "--sessions", "2", "--seed", "11", "--threads", "1")
                .exitCode()).isZero();
        assertThat(CliRun.of("generate", large.toString(), "--sessions", "4", "--seed", "11", "--threads", "2")
                .exitCode()).isZero();
        for (String name : names(small)) {
            assertThat(Files.readAllBytes(large.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(small.resolve(name)));
        }
        assertThat(names(large)).hasSize(4);
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndLeavesItAlone() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "precious");
        CliRun r = CliRun.of("generate", dir.toString(), "--sessions", "2");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(dir + ": the folder is not empty; use --force").doesNotContain("Exception");
        assertThat(names(dir)).containsExactly("notes.txt");
    }

    @Test
    void forceReplacesAnEarlierRunsSessionsButKeepsOtherFiles() throws Exception {
        assertThat(CliRun.of("generate", dir.toString(), "--sessions", "3", "--seed", "1").exitCode()).isZero();
        Files.writeString(dir.resolve("notes.txt"), "precious");
        CliRun r = CliRun.of("generate", dir.toString(), "--sessions", "2", "--seed", "2", "--force");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("removed 3 session files");
        assertThat(names(dir)).containsExactly("notes.txt", "session-00001.eaf", "session-00002.eaf");
        assertThat(Eaf.read(dir.resolve("session-00001.eaf")).document().property("generator-seed")).contains("2");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("precious");
    }

    @Test
    void perFolderSplitsTheCorpusIntoNumberedSubFolders() throws Exception {
        CliRun r = CliRun.of("generate", dir.toString(), "--sessions", "5", "--per-folder", "2", "--coders", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(names(dir)).containsExactly("part-0001", "part-0002", "part-0003");
        assertThat(names(dir.resolve("part-0003"))).containsExactly("session-00005.eaf");
        SessionView v = SessionView.of(Eaf.read(dir.resolve("part-0001/session-00002.eaf")).document(),
                SchemeRegistry.builtIn()::find);
        assertThat(v.coders()).containsExactly("A");
    }

    @Test
    void badOptionsAreRefusedWithAReason() {
        CliRun coders = CliRun.of("generate", dir.resolve("x").toString(), "--coders", "3");
        assertThat(coders.exitCode()).isEqualTo(1);
        assertThat(coders.err()).contains("--coders must be 1, 2 or a probability between 0 and 1, got '3'");
        CliRun none = CliRun.of("generate", dir.resolve("y").toString(), "--sessions", "0");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("--sessions must be between 1 and 99999");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("corpus"), "not a folder");
        CliRun r = CliRun.of("generate", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(file + ": not a folder");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
