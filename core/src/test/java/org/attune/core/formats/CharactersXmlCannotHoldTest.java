package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.Problem;
import org.attune.core.internal.formats.SourceText;
import org.attune.core.model.AnnotationDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz findings (org.attune.core.fuzz, crash inputs kept here): a control character in an imported transcript
 * gave a document that loaded but could not be saved ("contains the character U+0000, which XML cannot hold").
 * Such characters become U+FFFD with a warning at their line and column.
 */
class CharactersXmlCannotHoldTest {

    static java.util.stream.Stream<Arguments> crashes() {
        return java.util.stream.Stream.of(
                Arguments.of(Format.SRT, "1\n00:00:01,000 --> 00:00:02,500\nT: How are you feelin\u0000mtoday?\n\n"
                        + "2\n00:00:03,000 --> 00:00:05,000\nC: Not great.\n", 3, 22),
                Arguments.of(Format.WEBVTT, "WEBVTT\n\n00:01.0 00--> 00:02.500\n<v Therapist>How are you feeling today?\n"
                        + "\n2\n00:00:03.000 --> 00:00:05.000 align:start\n<v C\u0000 ent>Not great.\n", 8, 5),
                Arguments.of(Format.TEXT, "Therapist\b\t00:00T0\t", 1, 10),
                Arguments.of(Format.CSV, "session,speaker,}tart,end,text,code\ns1,T,00:00:01,00:00:02.5,"
                        + "\"How are you, to\u0001Yy?\",open\ns1,C,3,5o,Nt grllo,close\n", 2, 42),
                Arguments.of(Format.TEXTGRID, "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n0\n5\n<exists>\n1\n"
                        + "\"IntervalTier\"\n\"C\u0007\"\n0\n5\n1\n0\n5\n\"Not\u001b great.\"\n", 9, 3));
    }

    @ParameterizedTest
    @MethodSource("crashes")
    void aCharacterXmlCannotHoldBecomesAReplacementCharacterWithAWarning(Format format, String text, int line,
                                                                         int column) throws Exception {
        Imported imported = Formats.parse(SourceText.decode(text.getBytes(StandardCharsets.UTF_8)), format,
                "crash" + format.extension());

        for (ImportedSession session : imported.sessions()) {
            AnnotationDocument doc = session.document();
            AnnotationDocument back = Eaf.read(Eaf.toBytes(doc), "saved.eaf").document();
            assertThat(back).usingRecursiveComparison().ignoringFields("date").isEqualTo(doc);
        }
        assertThat(imported.warnings()).anySatisfy(w -> {
            assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(w.line()).isEqualTo(line);
            assertThat(w.column()).isEqualTo(column);
            assertThat(w.message()).contains("XML cannot hold").contains("U+FFFD");
        });
    }
}
