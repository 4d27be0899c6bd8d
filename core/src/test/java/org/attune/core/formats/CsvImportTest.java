package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.SchemeImport;
import org.attune.core.model.VocabularyResource;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    private static final String CSV = "session,who,at,said,behaviour\n"
            + "s1,therapist,00:00:05,Hello.,question\n"
            + "s2,client,1.5,Other session.,\n"
            + "s1,client,00:00:07.250,Hi.,n/a\n"
            + "s1,therapist,00:00:09,\"How are you,\nreally?\",reflection\n";

    private static final CsvMapping MAPPING = CsvMapping.of("who", "at", "said").withSession("session")
            .withCodes(List.of("behaviour"));

    @Test
    void rowsAreGroupedIntoSessionsAndEachEndIsTheNextStart() throws Exception {
        Imported imported = Formats.parseCsv(CSV, "t.csv", MAPPING);
        assertThat(imported.sessions()).extracting(ImportedSession::name).containsExactly("s1", "s2");
        AnnotationDocument s1 = imported.sessions().get(0).document();
        assertThat(Described.tier(s1, "therapist").items()).containsExactly(
                new Described.Item(5000, 7250, false, "Hello."),
                new Described.Item(9000, 10_600, false, "How are you,\nreally?"));
        assertThat(Described.tier(s1, "client").items()).containsExactly(
                new Described.Item(7250, 9000, false, "Hi."));
        assertThat(Described.tier(imported.sessions().get(1).document(), "client").items()).containsExactly(
                new Described.Item(1500, 2500, false, "Other session."));
        for (ImportedSession s : imported.sessions()) {
            Eaf.toBytes(s.document());
        }
    }

    @Test
    void aCodeColumnBecomesACodingTierWithAVocabularyOfItsValuesSharedByEverySession() throws Exception {
        Imported imported = Formats.parseCsv(CSV, "t.csv", MAPPING);
        AnnotationDocument s1 = imported.sessions().get(0).document();
        List<Coding> codings = SessionView.of(s1, SchemeLookup.none()).codings();
        assertThat(codings).extracting(Coding::code, Coding::start, Coding::end, Coding::coder, Coding::category,
                Coding::schemeRef, Coding::layerId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("question", 5000L, 7250L, "A", "behaviour", "t@1", "behaviour"),
                org.assertj.core.groups.Tuple.tuple("reflection", 9000L, 10_600L, "A", "behaviour", "t@1",
                        "behaviour"));
        assertThat(codings.get(0).tierId()).isEqualTo("t behaviour (coder A)");
        ControlledVocabulary cv = s1.controlledVocabulary("t-1-behaviour").orElseThrow();
        assertThat(imported.sessions().get(1).document().controlledVocabulary("t-1-behaviour")).contains(cv);
        // the vocabulary reads back as the scheme it was made from
        var scheme = SchemeImport.fromVocabularies(new VocabularyResource("", "", "0.2", s1.languages(),
                List.of(cv), List.of()), "t", "1");
        assertThat(scheme.layers().get(0).codes()).extracting(c -> c.id())
                .containsExactly("question", "reflection");
    }

    @Test
    void badRowsAreReportedWithLineAndColumnAndSkipped() throws Exception {
        String csv = "session,who,at,said\n"
                + "s,T,00:00:01,fine\n"
                + "s,T,00:09:025,bad time\n"
                + "s,T,00:00:05\n"
                + "s,P,00:00:06,\n"
                + "s,,00:00:08,who said this?\n";
        Imported imported = Formats.parseCsv(csv, "bad.csv", CsvMapping.of("who", "at", "said").withSession("session"));
        assertThat(imported.warnings()).extracting(Object::toString).containsExactly(
                "bad.csv:3:5: warning: '00:09:025' in column at is not a time (HH:MM:SS, HH:MM:SS.mmm or seconds); "
                        + "row skipped",
                "bad.csv:4:1: warning: the row has 3 fields, the header 4; row skipped",
                "bad.csv:5:14: warning: no text in column said; row skipped",
                "bad.csv:6:3: warning: no speaker in column who; imported as speaker 'unknown'");
        assertThat(SessionView.of(imported.document(), SchemeLookup.none()).utterances())
                .extracting(u -> u.text()).containsExactly("fine", "who said this?");
    }

    @Test
    void theOrderColumnOrdersUtterancesAndWithoutTimesAllAreEstimated() throws Exception {
        String csv = "dialog,Speaker,ID,Utterance\nd,1,2,third\nd,2,0,first\nd,1,1,second\n";
        AnnotationDocument doc = Formats.parseCsv(csv, "d.csv", CsvMapping.of("Speaker", null, "Utterance")
                .withSession("dialog").withOrder("ID")).document();
        List<Described.Item> one = Described.tier(doc, "1").items();
        Described.Item first = Described.tier(doc, "2").items().get(0);
        assertThat(first.value()).isEqualTo("first");
        assertThat(one).extracting(Described.Item::value).containsExactly("second", "third");
        assertThat(first.end()).isLessThanOrEqualTo(one.get(0).start());
        assertThat(one.get(0).estimated()).isTrue();
        assertThat(one.get(1).end()).isEqualTo(3000);
    }

    @Test
    void explicitEndsInMillisecondColumnsAndSemicolonsAreRead() throws Exception {
        String csv = "speaker;start_ms;end_ms;text\nA;1000;4000;one\nB;2000;2500;two\n";
        AnnotationDocument doc = Formats.parseCsv(csv, "x.csv", null).document();
        assertThat(Described.tier(doc, "A").items()).containsExactly(new Described.Item(1000, 4000, false, "one"));
        assertThat(Described.tier(doc, "B").items()).containsExactly(new Described.Item(2000, 2500, false, "two"));
    }

    @Test
    void aMissingColumnIsAnErrorListingTheColumns() {
        assertThatThrownBy(() -> Formats.parseCsv("a,b\n1,2\n", "m.csv", CsvMapping.of("who", null, "b")))
                .isInstanceOf(FormatException.class)
                .hasMessage("m.csv:1:1: no column 'who' (the speaker column) in the header; the columns are: a, b");
    }

    @Test
    void valuesMeaningNotCodedGiveNoCodingAndCanBeChanged() throws Exception {
        String csv = "who,said,code\nT,a,None\nT,b,-\nT,c,x\n";
        CsvMapping m = CsvMapping.of("who", null, "said").withCodes(List.of("code"));
        assertThat(SessionView.of(Formats.parseCsv(csv, "n.csv", m).document(), SchemeLookup.none()).codings())
                .extracting(Coding::label).containsExactly("-", "x");
        assertThat(SessionView.of(Formats.parseCsv(csv, "n.csv", m.withNotCoded(java.util.Set.of("-")))
                .document(), SchemeLookup.none()).codings()).extracting(Coding::label).containsExactly("None", "x");
    }
}
