package org.attune.core.internal.formats;

import java.util.HashMap;
import java.util.Map;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Tier;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;

/**
 * Writes the speech tiers of a document (the utterances of {@link SessionView}) as SubRip or WebVTT cues, in
 * time order. The speaker of a tier with a PARTICIPANT is written as a {@code Name: } prefix (SRT) or a voice
 * tag {@code <v Name>} (WebVTT); blank lines inside an utterance are dropped, since they would end the cue.
 */
public final class SubtitleWriter {

    private SubtitleWriter() {
    }

    public static String srt(AnnotationDocument doc) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        Map<String, String> participants = participants(doc);
        for (Utterance u : SessionView.of(doc, SchemeLookup.none()).utterances()) {
            String speaker = participants.get(u.tierId());
            out.append(++n).append('\n')
                    .append(Times.clock(u.start(), ',')).append(" --> ").append(Times.clock(u.end(), ',')).append('\n')
                    .append(speaker == null ? "" : speaker + ": ").append(text(u.text())).append("\n\n");
        }
        return out.toString();
    }

    public static String webvtt(AnnotationDocument doc) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        Map<String, String> participants = participants(doc);
        for (Utterance u : SessionView.of(doc, SchemeLookup.none()).utterances()) {
            String speaker = participants.get(u.tierId());
            out.append(Times.clock(u.start(), '.')).append(" --> ").append(Times.clock(u.end(), '.')).append('\n')
                    .append(speaker == null ? "" : "<v " + escape(speaker) + ">").append(escape(text(u.text())))
                    .append("\n\n");
        }
        return out.toString();
    }

    private static Map<String, String> participants(AnnotationDocument doc) {
        Map<String, String> out = new HashMap<>();
        for (Tier t : doc.tiers()) {
            if (t.participant() != null && !t.participant().isBlank()) {
                out.put(t.id(), t.participant().strip());
            }
        }
        return out;
    }

    /** The text without blank lines (which would end the cue) and without a line that looks like a time line. */
    private static String text(String value) {
        return value.strip().replaceAll("\\s*\\R(\\s*\\R)+", "\n").replace("-->", "->");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
