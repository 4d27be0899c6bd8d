package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.AttuneProfile;
import org.attune.core.profile.Role;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.junit.jupiter.api.Test;

class SubtitleImportTest {

    private static final String SRT = "\uFEFF1\r\n00:00:0,000 --> 00:00:01,000\r\nT: Hello there.\r\n\r\n"
            + "2\r\n00:00:01,200 --> 00:00:03,500\r\nP: Hi.\r\nIt has been a week.\r\n\r\n";

    @Test
    void srtWithBomCrlfAndUnpaddedTimesBecomesSpeechTiersOfTheNamedSpeakers() throws Exception {
        Imported imported = Formats.parse(SRT, Format.SRT, "s.srt");
        AnnotationDocument doc = imported.document();
        assertThat(imported.warnings()).isEmpty();
        assertThat(Described.tier(doc, "T").items()).containsExactly(
                new Described.Item(0, 1000, false, "Hello there."));
        assertThat(Described.tier(doc, "P").items()).containsExactly(
                new Described.Item(1200, 3500, false, "Hi.\nIt has been a week."));
        assertThat(Described.tier(doc, "T").type()).isEqualTo(AttuneProfile.SPEECH_TYPE);
        assertThat(SessionView.of(doc, SchemeLookup.none()).speakers())
                .containsEntry("T", Role.THERAPIST).containsEntry("P", Role.PATIENT);
        assertThat(doc.property(AttuneProfile.ROLE_PROPERTY_PREFIX + "T")).contains("therapist");
        Eaf.toBytes(doc);
    }

    @Test
    void webVttVoiceTagsNameTheSpeakerAndOtherTagsAndReferencesAreCleaned() throws Exception {
        String vtt = "WEBVTT\nKind: captions\n\nNOTE a comment\n\nintro\n00:00.000 --> 00:02.000 align:start\n"
                + "<v.first.loud Esme>It's a <i>blue</i> apple &amp; a tree!\n\n"
                + "00:02.000 --> 00:04.000\n<v Mary>No <c.x>way</c>!</v>\n";
        AnnotationDocument doc = Formats.parse(vtt, Format.WEBVTT, "v.vtt").document();
        assertThat(Described.tier(doc, "Esme").items()).containsExactly(
                new Described.Item(0, 2000, false, "It's a blue apple & a tree!"));
        assertThat(Described.tier(doc, "Mary").participant()).isEqualTo("Mary");
        assertThat(Described.tier(doc, "Mary").items()).extracting(Described.Item::value).containsExactly("No way!");
    }

    @Test
    void aMalformedCueIsReportedWithItsLineAndSkippedAndTheRestImported() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nfirst\n\n2\n00:00:xx,000 --> 00:00:04,000\nbroken\n\n"
                + "3\nno time line here\n\n4\n00:00:05,000 --> 00:00:04,000\nbackwards\n\n"
                + "5\n00:00:06,000 --> 00:00:07,000\nlast\n";
        Imported imported = Formats.parse(srt, Format.SRT, "bad.srt");
        assertThat(imported.warnings()).extracting(Object::toString).containsExactly(
                "bad.srt:6:1: warning: '00:00:xx,000' is not a time (hh:mm:ss.mmm); cue skipped",
                "bad.srt:9:1: warning: expected a cue time line such as 00:00:01,000 --> 00:00:02,500; cue skipped",
                "bad.srt:13:18: warning: the cue ends (00:00:04,000) before it starts (00:00:05,000); cue skipped");
        assertThat(Described.tier(imported.document(), "Speech").items()).extracting(Described.Item::value)
                .containsExactly("first", "last");
    }

    @Test
    void overlappingCuesOfOneSpeakerGoToASecondTierOfTheSameParticipant() throws Exception {
        String vtt = "WEBVTT\n\n00:00.000 --> 00:03.000\n<v Ann>one\n\n00:01.000 --> 00:02.000\n<v Ann>two\n\n"
                + "00:03.000 --> 00:04.000\n<v Ann>three\n";
        AnnotationDocument doc = Formats.parse(vtt, Format.WEBVTT, "o.vtt").document();
        assertThat(Described.tier(doc, "Ann").items()).extracting(Described.Item::value).containsExactly("one", "three");
        assertThat(Described.tier(doc, "Ann (2)").items()).extracting(Described.Item::value).containsExactly("two");
        assertThat(Described.tier(doc, "Ann (2)").participant()).isEqualTo("Ann");
        assertThat(SessionView.of(doc, SchemeLookup.none()).speakers()).containsOnlyKeys("Ann");
        Eaf.toBytes(doc);
    }

    @Test
    void aTimeLineInsideACuesTextStartsTheNextCue() throws Exception {
        String vtt = "WEBVTT\n\n00:04:46.470 --> 00:05:04.080 align:start position:0%\nyeah\n<c.c>what</c>\n"
                + "00:05:04.080 --> 00:05:05.069 align:start position:0%\nthis<00:05:04.199><c> will</c> happen\n";
        AnnotationDocument doc = Formats.parse(vtt, Format.WEBVTT, "y.vtt").document();
        assertThat(Described.tier(doc, "Speech").items()).containsExactly(
                new Described.Item(286_470, 304_080, false, "yeah\nwhat"),
                new Described.Item(304_080, 305_069, false, "this will happen"));
    }

    @Test
    void unpaddedTeamsTimesAreRead() throws Exception {
        String vtt = "WEBVTT\n\n0:0:0.0 --> 0:0:0.570\n<v Yuri Bakulin>There you go.</v>\n\n"
                + "0:0:0.210 --> 0:0:1.130\n<v Adrian Petrescu>Why hello there, Yuri.</v>\n";
        AnnotationDocument doc = Formats.parse(vtt, Format.WEBVTT, "t.vtt").document();
        assertThat(Described.tier(doc, "Adrian Petrescu").items()).containsExactly(
                new Described.Item(210, 1130, false, "Why hello there, Yuri."));
        assertThat(List.of(Described.tier(doc, "Yuri Bakulin").items().get(0).end())).containsExactly(570L);
    }
}
