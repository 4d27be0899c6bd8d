package org.attune.core.internal.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.core.eaf.Problem;

/**
 * Reads a plain-text transcript, as transcription services deliver them:
 * <pre>
 * [00:00:13] T: Thanks for coming in today.
 * P: Sure.
 * [00:00:25.500] Therapist: So, let's see.
 *     (a line without a label continues the utterance)
 * </pre>
 * A line {@code Name: text} starts an utterance of that speaker; a time stamp {@code [h:mm:ss]},
 * {@code [mm:ss]} or {@code [h:mm:ss.mmm]} at the start of a line (or alone on a line, for the next one) gives
 * its start; an unlabelled line after a stamp or a blank line starts another utterance of the same speaker
 * (unnamed if none was named yet); any other unlabelled line continues the current utterance. Utterances
 * without a stamp get estimated times ({@link SessionBuilder}).
 */
public final class TranscriptReader {

    private static final Pattern STAMP = Pattern.compile("\\[\\s*(\\d{1,3}(?::\\d{1,2}){1,2}(?:[.,]\\d{1,3})?)\\s*]\\s*");

    private TranscriptReader() {
    }

    /** The utterances of a transcript, in order. */
    public static List<Turn> read(String text, String source, List<Problem> warnings) {
        List<String> lines = SourceText.lines(SourceText.withoutBom(text));
        List<Turn> turns = new ArrayList<>();
        Turn current = null;
        String speaker = null;
        Long pending = null;
        int pendingLine = 0;
        boolean afterBlank = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            int lead = line.length() - line.stripLeading().length();
            String rest = line.strip();
            int column = lead + 1;
            Long stamp = null;
            Matcher m = STAMP.matcher(rest);
            if (m.lookingAt()) {
                Optional<Long> t = Times.parseClock(m.group(1));
                if (t.isPresent()) {
                    stamp = t.get();
                } else {
                    warnings.add(Problem.warning(source, lineNo, column + 1, "'" + m.group(1)
                            + "' is not a time (h:mm:ss, mm:ss or h:mm:ss.mmm); ignored"));
                }
                rest = rest.substring(m.end());
                column += m.end();
            }
            if (rest.isEmpty()) {
                if (stamp != null) {
                    pending = stamp;
                    pendingLine = lineNo;
                }
                continue;
            }
            if (stamp == null && pending != null) {
                stamp = pending;
            }
            pending = null;
            Speakers.Labelled labelled = Speakers.label(rest);
            if (labelled != null) {
                speaker = labelled.speaker();
                rest = labelled.text().strip();
            }
            if (labelled != null || stamp != null || afterBlank || current == null) {
                if (current != null) {
                    turns.add(current);
                }
                current = Turn.of(speaker, stamp, null, rest, lineNo, lead + 1);
            } else {
                current = new Turn(current.speaker(), current.start(), null,
                        current.text().isEmpty() ? rest : current.text() + "\n" + rest, current.line(),
                        current.column(), current.codes());
            }
            afterBlank = false;
        }
        if (current != null) {
            turns.add(current);
        }
        if (pending != null) {
            warnings.add(Problem.warning(source, pendingLine, 1, "a time stamp with nothing after it; ignored"));
        }
        return turns;
    }
}
