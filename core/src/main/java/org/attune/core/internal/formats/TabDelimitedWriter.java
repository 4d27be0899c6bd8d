package org.attune.core.internal.formats;

import org.attune.core.model.AnnotationDocument;

/**
 * Writes a document as ELAN's "Export as Tab-delimited Text" does with tier names, participants, begin and end
 * time and duration in both {@code hh:mm:ss.ms} and {@code ss.msec}: one line per annotation, tier by tier in
 * document order, each in time order, no header; columns tier, participant, begin (hh:mm:ss.mmm), begin (s),
 * end (hh:mm:ss.mmm), end (s), duration (hh:mm:ss.mmm), duration (s), annotation. Tabs and line breaks inside
 * an annotation become spaces.
 */
public final class TabDelimitedWriter {

    private TabDelimitedWriter() {
    }

    public static String write(AnnotationDocument doc) {
        StringBuilder out = new StringBuilder();
        for (TimedTiers.TimedTier t : TimedTiers.of(doc)) {
            String participant = t.tier().participant() == null ? "" : clean(t.tier().participant());
            for (TimedTiers.Item i : t.items()) {
                long start = i.span().start();
                long end = i.span().end();
                out.append(clean(t.tier().id())).append('\t').append(participant).append('\t')
                        .append(Times.clock(start, '.')).append('\t').append(Times.secondsFixed(start)).append('\t')
                        .append(Times.clock(end, '.')).append('\t').append(Times.secondsFixed(end)).append('\t')
                        .append(Times.clock(end - start, '.')).append('\t').append(Times.secondsFixed(end - start))
                        .append('\t').append(clean(i.value())).append('\n');
            }
        }
        return out.toString();
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
