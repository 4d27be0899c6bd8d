package org.attune.core.internal.formats;

import java.util.ArrayList;
import java.util.List;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.TimeSpan;

/**
 * Writes a document as a Praat TextGrid (long text format, UTF-8): every tier becomes an interval tier whose
 * gaps are filled with empty intervals, from 0 to the end of the last annotation; a tier of type
 * {@value SessionBuilder#POINT_TYPE} becomes a point tier (TextTier). Praat tiers cannot hold overlapping or
 * zero-length intervals: annotations that overlap an earlier one go to an extra tier {@code "<tier> (2)"}, and
 * zero-length annotations of an interval tier to a point tier {@code "<tier> (points)"}.
 */
public final class TextGridWriter {

    private record Interval(long start, long end, String text) {
    }

    private record PraatTier(String name, boolean points, List<Interval> items) {
    }

    private TextGridWriter() {
    }

    public static String write(AnnotationDocument doc) {
        List<TimedTiers.TimedTier> timed = TimedTiers.of(doc);
        long xmax = Math.max(TimedTiers.end(timed), 1);
        List<PraatTier> tiers = new ArrayList<>();
        for (TimedTiers.TimedTier t : timed) {
            String name = t.tier().id();
            if (SessionBuilder.POINT_TYPE.equals(t.tier().linguisticTypeRef())) {
                List<Interval> points = new ArrayList<>();
                t.items().forEach(i -> points.add(new Interval(i.span().start(), i.span().start(), i.value())));
                tiers.add(new PraatTier(name, true, points));
                continue;
            }
            List<Interval> intervals = new ArrayList<>();
            List<Interval> points = new ArrayList<>();
            for (TimedTiers.Item i : t.items()) {
                Interval interval = new Interval(i.span().start(), i.span().end(), i.value());
                (interval.end() == interval.start() ? points : intervals).add(interval);
            }
            List<List<Interval>> lanes = new ArrayList<>(TimeSpan.lanes(intervals, Interval::start, Interval::end));
            if (lanes.isEmpty()) {
                lanes.add(new ArrayList<>());
            }
            for (int k = 0; k < lanes.size(); k++) {
                tiers.add(new PraatTier(k == 0 ? name : name + " (" + (k + 1) + ")", false,
                        filled(lanes.get(k), xmax)));
            }
            if (!points.isEmpty()) {
                tiers.add(new PraatTier(name + " (points)", true, points));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n");
        out.append("xmin = 0 \nxmax = ").append(Times.seconds(xmax)).append(" \n");
        out.append("tiers? <exists> \nsize = ").append(tiers.size()).append(" \nitem []: \n");
        for (int k = 0; k < tiers.size(); k++) {
            PraatTier t = tiers.get(k);
            out.append("    item [").append(k + 1).append("]:\n");
            out.append("        class = \"").append(t.points() ? "TextTier" : "IntervalTier").append("\" \n");
            out.append("        name = ").append(quote(t.name())).append(" \n");
            out.append("        xmin = 0 \n        xmax = ").append(Times.seconds(xmax)).append(" \n");
            String what = t.points() ? "points" : "intervals";
            out.append("        ").append(what).append(": size = ").append(t.items().size()).append(" \n");
            for (int i = 0; i < t.items().size(); i++) {
                Interval item = t.items().get(i);
                out.append("        ").append(what).append(" [").append(i + 1).append("]:\n");
                if (t.points()) {
                    out.append("            number = ").append(Times.seconds(item.start())).append(" \n");
                    out.append("            mark = ").append(quote(item.text())).append(" \n");
                } else {
                    out.append("            xmin = ").append(Times.seconds(item.start())).append(" \n");
                    out.append("            xmax = ").append(Times.seconds(item.end())).append(" \n");
                    out.append("            text = ").append(quote(item.text())).append(" \n");
                }
            }
        }
        return out.toString();
    }

    /** The intervals with empty ones in the gaps, covering {@code [0, xmax]}. */
    private static List<Interval> filled(List<Interval> intervals, long xmax) {
        List<Interval> out = new ArrayList<>();
        long at = 0;
        for (Interval i : intervals) {
            if (i.start() > at) {
                out.add(new Interval(at, i.start(), ""));
            }
            out.add(i);
            at = i.end();
        }
        if (at < xmax || out.isEmpty()) {
            out.add(new Interval(at, xmax, ""));
        }
        return out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
