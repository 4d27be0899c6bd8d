package org.attune.core.internal.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.core.eaf.Problem;

/**
 * Reads SubRip ({@code .srt}) and WebVTT ({@code .vtt}) cues as utterances. Tolerates what speech recognisers
 * and subtitle tools write: a byte-order mark, CRLF, unpadded times ({@code 0:0:1.5}), a comma or a dot before
 * the milliseconds in either format, cue settings, cues that overlap, a cue time line inside a cue's text (it
 * starts the next cue). The speaker comes from a WebVTT voice tag ({@code <v Name>}, {@code <v.loud Name>}) or a
 * {@code Name:} prefix; other tags (italics, classes, karaoke times) are dropped and character references
 * decoded. A cue whose time line is malformed, or that ends before it starts, is reported and skipped.
 */
public final class SubtitleReader {

    private static final Pattern TIMING = Pattern.compile("\\s*(\\S+)\\s*-->\\s*(\\S+).*");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?[ \\t]+([^>]*)>");
    private static final Pattern TAG = Pattern.compile("</?[^>\\n]*>|\\{\\\\[^}]*}");

    private SubtitleReader() {
    }

    /** The cues of a subtitle file, in the file's order. */
    public static List<Turn> read(String text, boolean webvtt, String source, List<Problem> warnings) {
        List<String> lines = SourceText.lines(SourceText.withoutBom(text));
        int i = 0;
        if (webvtt) {
            if (lines.isEmpty() || !lines.get(0).startsWith("WEBVTT")) {
                warnings.add(Problem.warning(source, 1, 1, "a WebVTT file starts with the line WEBVTT"));
            } else {
                while (i < lines.size() && !lines.get(i).isBlank()) {
                    i++;
                }
            }
        }
        List<Turn> cues = new ArrayList<>();
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            while (i < lines.size() && !lines.get(i).isBlank()) {
                i++;
            }
            block(lines, blockStart, i, webvtt, source, warnings, cues);
        }
        return cues;
    }

    /** One block of non-blank lines {@code [from, to)}: a cue (or several run together), or a WebVTT note/style. */
    private static void block(List<String> lines, int from, int to, boolean webvtt, String source,
                              List<Problem> warnings, List<Turn> cues) {
        String first = lines.get(from);
        if (webvtt && first.matches("(NOTE|STYLE|REGION)(\\s.*)?")) {
            return;
        }
        int j = from;
        if (!first.contains("-->")) {
            j++;
            if (j >= to || !lines.get(j).contains("-->")) {
                warnings.add(Problem.warning(source, from + 1, 1, "expected a cue time line such as "
                        + (webvtt ? "00:00:01.000 --> 00:00:02.500" : "00:00:01,000 --> 00:00:02,500")
                        + "; cue skipped"));
                return;
            }
        }
        while (j < to) {
            int timing = j;
            j++;
            List<String> textLines = new ArrayList<>();
            while (j < to && !lines.get(j).contains("-->")) {
                textLines.add(lines.get(j));
                j++;
            }
            cue(lines.get(timing), timing + 1, textLines, source, warnings).ifPresent(cues::add);
        }
    }

    private static Optional<Turn> cue(String timing, int line, List<String> textLines, String source,
                                      List<Problem> warnings) {
        Matcher m = TIMING.matcher(timing);
        if (!m.matches()) {
            warnings.add(Problem.warning(source, line, 1, "malformed cue time line '" + timing.strip()
                    + "'; cue skipped"));
            return Optional.empty();
        }
        Optional<Long> start = Times.parseClock(m.group(1));
        Optional<Long> end = Times.parseClock(m.group(2));
        if (start.isEmpty() || end.isEmpty()) {
            int column = start.isEmpty() ? m.start(1) + 1 : m.start(2) + 1;
            String bad = start.isEmpty() ? m.group(1) : m.group(2);
            warnings.add(Problem.warning(source, line, column, "'" + bad
                    + "' is not a time (hh:mm:ss.mmm); cue skipped"));
            return Optional.empty();
        }
        if (end.get() < start.get()) {
            warnings.add(Problem.warning(source, line, m.start(2) + 1, "the cue ends (" + m.group(2)
                    + ") before it starts (" + m.group(1) + "); cue skipped"));
            return Optional.empty();
        }
        String raw = String.join("\n", textLines);
        String speaker = null;
        Matcher voice = VOICE.matcher(raw);
        if (voice.find() && !voice.group(1).isBlank()) {
            speaker = decode(voice.group(1).strip());
        }
        String text = decode(TAG.matcher(raw).replaceAll(""));
        if (speaker == null) {
            Speakers.Labelled labelled = Speakers.label(text);
            if (labelled != null) {
                speaker = labelled.speaker();
                text = labelled.text();
            }
        }
        return Optional.of(Turn.of(speaker, start.get(), end.get(), text.strip(), line, 1));
    }

    /** Decodes the character references WebVTT and HTML subtitles use. */
    static String decode(String text) {
        return org.attune.core.formats.CharacterReferences.decodeSubtitle(text);
    }
}
