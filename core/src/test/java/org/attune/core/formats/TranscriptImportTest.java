package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.TimeSlot;
import org.junit.jupiter.api.Test;

class TranscriptImportTest {

    @Test
    void stampedLinesGiveStartsAndEachEndIsTheNextStart() throws Exception {
        String text = "[00:00:10] T: Hello.\n[00:00:12.500] P: Hi there.\n[0:00:20] T: Shall we start?\n";
        AnnotationDocument doc = Formats.parse(text, Format.TEXT, "t.txt").document();
        assertThat(Described.tier(doc, "T").items()).containsExactly(
                new Described.Item(10_000, 12_500, false, "Hello."),
                new Described.Item(20_000, 21_200, false, "Shall we start?"));
        assertThat(Described.tier(doc, "P").items()).containsExactly(
                new Described.Item(12_500, 20_000, false, "Hi there."));
        Eaf.toBytes(doc);
    }

    @Test
    void unstampedLinesAreSpreadBetweenStampsAsUnalignedSlotsMarkedEstimated() throws Exception {
        String text = "[00:01:00] T: One.\nP: Two.\nT: Three.\n[00:01:30] P: Four.\n";
        AnnotationDocument doc = Formats.parse(text, Format.TEXT, "t.txt").document();
        assertThat(doc.timeSlots()).anyMatch(s -> !s.isAligned());
        Described.Item one = Described.tier(doc, "T").items().get(0);
        Described.Item two = Described.tier(doc, "P").items().get(0);
        Described.Item three = Described.tier(doc, "T").items().get(1);
        assertThat(one.start()).isEqualTo(60_000);
        assertThat(one.estimated()).isTrue();
        assertThat(two.estimated()).isTrue();
        assertThat(three.estimated()).isTrue();
        assertThat(one.end()).isGreaterThan(60_000).isLessThanOrEqualTo(two.start());
        assertThat(two.end()).isLessThanOrEqualTo(three.start());
        assertThat(three.end()).isLessThanOrEqualTo(90_000);
        assertThat(Described.tier(doc, "P").items().get(1)).isEqualTo(new Described.Item(90_000, 91_000, false,
                "Four."));
        // the estimate survives a save: ELAN and Attune keep unaligned slots
        AnnotationDocument reread = Eaf.read(Eaf.toBytes(doc), "t.eaf").document();
        assertThat(Described.of(reread)).isEqualTo(Described.of(doc));
    }

    @Test
    void aTranscriptWithoutStampsGetsTimesFromItsLength() throws Exception {
        String text = "Therapist: How was your week?\nClient: Not great, to be honest with you.\n";
        AnnotationDocument doc = Formats.parse(text, Format.TEXT, "t.txt").document();
        Described.Item last = Described.tier(doc, "Client").items().get(0);
        assertThat(last.end()).isEqualTo(1600 + 2800);
        assertThat(Described.tier(doc, "Therapist").items().get(0).estimated()).isTrue();
        assertThat(doc.timeSlots().stream().filter(TimeSlot::isAligned).count()).isEqualTo(1);
    }

    @Test
    void unlabelledLinesContinueTheUtteranceAndABlankLineStartsAnother() throws Exception {
        String text = "P: I don't know\n   what to say.\n\nMaybe nothing.\nT: That is fine.\n";
        AnnotationDocument doc = Formats.parse(text, Format.TEXT, "t.txt").document();
        assertThat(Described.tier(doc, "P").items()).extracting(Described.Item::value)
                .containsExactly("I don't know\nwhat to say.", "Maybe nothing.");
    }

    @Test
    void aStampThatGoesBackIsReportedAndTheLineEstimated() throws Exception {
        String text = "[00:02:00] T: Later.\n[00:01:00] P: Earlier?\n[00:03:00] T: Yes.\n";
        Imported imported = Formats.parse(text, Format.TEXT, "back.txt");
        assertThat(imported.warnings()).extracting(Object::toString).containsExactly("back.txt:2:1: warning: time "
                + "00:01:00.000 is earlier than the time of line 1 (00:02:00.000); this utterance's time is "
                + "estimated instead");
        Described.Item earlier = Described.tier(imported.document(), "P").items().get(0);
        assertThat(earlier.estimated()).isTrue();
        assertThat(earlier.start()).isBetween(120_000L, 180_000L);
    }

    @Test
    void aStampAloneOnALineTimesTheNextLine() throws Exception {
        String text = "[00:00:05]\nT: Hello.\n[00:00:07]\nP: Hi.\n";
        AnnotationDocument doc = Formats.parse(text, Format.TEXT, "t.txt").document();
        assertThat(Described.tier(doc, "T").items()).containsExactly(new Described.Item(5000, 7000, false, "Hello."));
    }
}
