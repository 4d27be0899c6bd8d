package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.attune.core.testing.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsAnnoMiIntoOneValidEafPerSessionWithItsCodes() throws Exception {
        Path csv = Interop.require().resolve("csv/AnnoMI-simple.csv");
        Path out = dir.resolve("annomi");
        CliRun r = CliRun.of("import", "csv", csv.toString(), out.toString(), "--session", "transcript_id",
                "--speaker", "interlocutor", "--start", "timestamp", "--order", "utterance_id",
                "--text", "utterance_text", "--code", "main_therapist_behaviour", "--code", "client_talk_type");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote 133 sessions to " + out + " (9698 utterances, 9698 codings;");
        assertThat(r.err()).contains(csv + ":").contains(": warning: '00:09:025' in column timestamp is not a time")
                .doesNotContain("Exception");
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(133).allMatch(p -> p.getFileName().toString().endsWith(".eaf"));
        Path first = out.resolve("0.eaf");
        assertThat(Eaf.validate(first)).isEmpty();
        List<Coding> codings = SessionView.of(Eaf.read(first).document(), SchemeLookup.none()).codings();
        assertThat(codings).extracting(Coding::code).contains("question", "neutral");
    }

    @Test
    void codeColumnsBecomeCodingTiersAndBadRowsAreReportedByLine() throws Exception {
        Path csv = dir.resolve("coded.csv");
        Files.writeString(csv, "dialog,Speaker,ID,Utterance,Strategy\n"
                + "d1,1,0,Hello.,Greeting\n"
                + "d1,2,1,Hi.,None\n"
                + "d2,1,0,,Goal\n"
                + "d2,2,1,Shall we?,Goal\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("import", "csv", csv.toString(), out.toString(), "--session", "dialog", "--speaker",
                "Speaker", "--order", "ID", "--text", "Utterance", "--code", "Strategy", "--coder", "KL");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err().strip()).isEqualTo(csv + ":4:8: warning: no text in column Utterance; row skipped");
        assertThat(r.out()).contains("wrote 2 sessions to " + out + " (3 utterances, 2 codings; 1 warning)");
        AnnotationDocument d1 = Eaf.read(out.resolve("d1.eaf")).document();
        assertThat(SessionView.of(d1, SchemeLookup.none()).codings()).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("Greeting");
            assertThat(c.coder()).isEqualTo("KL");
            assertThat(c.tierId()).isEqualTo("coded Strategy (coder KL)");
        });
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedWithoutForceAsGenerateRefusesIt() throws Exception {
        Path csv = dir.resolve("two.csv");
        Files.writeString(csv, "dialog,Speaker,Utterance\nd1,1,Hello.\nd1,2,Hi.\n");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path earlier = Files.writeString(out.resolve("d1.eaf"), "an earlier import");
        String[] args = {"import", "csv", csv.toString(), out.toString(), "--session", "dialog", "--speaker",
            "Speaker", "--text", "Utterance"};
        CliRun refused = CliRun.of(args);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("attune: " + out + ": the folder is not empty; use --force to"
                + " replace the sessions of the same name in it, or choose an empty or new folder");
        assertThat(Files.readString(earlier)).isEqualTo("an earlier import");

        CliRun generate = CliRun.of("generate", "--sessions", "1", out.toString());
        assertThat(generate.exitCode()).isEqualTo(1);
        assertThat(generate.err()).contains(out + ": the folder is not empty; use --force");

        String[] forced = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--force"))
                .toArray(String[]::new);
        CliRun replaced = CliRun.of(forced);
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(Eaf.read(earlier).document().tiers()).isNotEmpty();
        assertThat(Files.readString(out.resolve("d1.eaf.bak"))).isEqualTo("an earlier import");
    }

    @Test
    void aMissingColumnIsAnErrorNamingTheFileAndTheColumns() throws Exception {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        CliRun r = CliRun.of("import", "csv", csv.toString(), dir.resolve("out").toString(), "--session", "a",
                "--speaker", "who", "--text", "b");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(csv + ":1:1: no column 'who' (the speaker column) in the header; the columns "
                + "are: a, b").doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void theRequiredColumnsMustBeGiven() {
        CliRun r = CliRun.of("import", "csv", "x.csv", "out", "--speaker", "s", "--text", "t");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--session");
    }
}
