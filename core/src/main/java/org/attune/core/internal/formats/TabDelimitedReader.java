package org.attune.core.internal.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads back what {@link TabDelimitedWriter} writes (ELAN's tab-delimited export with tier, participant and
 * times in both notations): a {@code .txt} file is taken as such when every non-blank line has its nine
 * columns with times in seconds in the fourth and sixth. Each line becomes an utterance of the participant (or,
 * without one, of the tier).
 */
public final class TabDelimitedReader {

    private static final int COLUMNS = 9;

    private TabDelimitedReader() {
    }

    /** Whether the text is tab-delimited text of this layout. */
    public static boolean recognises(String text) {
        boolean any = false;
        for (String line : SourceText.lines(SourceText.withoutBom(text))) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS || Times.parse(f[3]).isEmpty() || Times.parse(f[5]).isEmpty()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The utterances of a text that {@link #recognises} accepts. */
    public static List<Turn> read(String text) {
        List<Turn> turns = new ArrayList<>();
        List<String> lines = SourceText.lines(SourceText.withoutBom(text));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            Optional<Long> start = Times.parse(f[3]);
            Optional<Long> end = Times.parse(f[5]);
            String speaker = f[1].isBlank() ? f[0] : f[1];
            turns.add(Turn.of(speaker, start.orElseThrow(), Math.max(start.orElseThrow(), end.orElseThrow()), f[8],
                    i + 1, 1));
        }
        return turns;
    }
}
