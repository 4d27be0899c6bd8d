package org.attune.annotator.ui.transcript;

import java.util.ArrayList;
import java.util.List;
import org.attune.core.profile.Coding;
import org.attune.core.profile.Utterance;

/**
 * The transcript's rows: each utterance with the codings that start within it (its code chips). Built in one
 * sweep over the time-ordered utterances and codings.
 */
public record TranscriptRows(List<Row> rows) {

    /** One utterance and its chips. */
    public record Row(Utterance utterance, List<Coding> codings) {
    }

    public static TranscriptRows of(List<Utterance> utterances, List<Coding> codings) {
        long[] starts = utterances.stream().mapToLong(Utterance::start).toArray();
        List<List<Coding>> chips = new ArrayList<>();
        for (int i = 0; i < utterances.size(); i++) {
            chips.add(new ArrayList<>());
        }
        for (Coding c : codings) {
            int i = lastStartingAtOrBefore(starts, c.start());
            if (i < 0) {
                continue;
            }
            int j = i;
            while (j > 0 && starts[j - 1] == starts[i] && utterances.get(j).end() != c.end()) {
                j--;
            }
            if (utterances.get(j).end() == c.end()) {
                i = j;
            }
            Utterance u = utterances.get(i);
            if (c.start() < u.end() || c.start() == u.start()) {
                chips.get(i).add(c);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < utterances.size(); i++) {
            rows.add(new Row(utterances.get(i), List.copyOf(chips.get(i))));
        }
        return new TranscriptRows(List.copyOf(rows));
    }

    private static int lastStartingAtOrBefore(long[] starts, long t) {
        return org.attune.core.model.TimeSpan.countAtOrBefore(starts, t) - 1;
    }

    /** The row of an utterance, or -1. */
    public int indexOf(String utteranceId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).utterance().annotationId().equals(utteranceId)) {
                return i;
            }
        }
        return -1;
    }
}
