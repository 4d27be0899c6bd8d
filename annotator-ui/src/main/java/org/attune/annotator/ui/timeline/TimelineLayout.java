package org.attune.annotator.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import org.attune.annotator.session.AnnotationSession;
import org.attune.core.model.Tier;
import org.attune.core.profile.Coding;
import org.attune.core.profile.CodingTier;
import org.attune.core.profile.Utterance;

/**
 * What the timeline shows, in model terms: its rows (the waveform, each speech tier, each visible coding
 * tier) with their boxes, and the scale (pixels per ms). Mapping between pixels and time lives here, so it is
 * tested without painting.
 */
public final class TimelineLayout {

    /** A box on a row: an utterance or a coding. */
    public record Box(String annotationId, long start, long end, String text, String category, boolean coding) {
    }

    /** A row of the timeline. */
    public record Row(String label, List<Box> boxes) {
    }

    public static final int WAVE_HEIGHT = 44;
    public static final int ROW_HEIGHT = 24;
    public static final int HEADER = 18;

    private final List<Row> rows;
    private final long duration;
    private final double pxPerMs;

    private TimelineLayout(List<Row> rows, long duration, double pxPerMs) {
        this.rows = rows;
        this.duration = duration;
        this.pxPerMs = pxPerMs;
    }

    /** The layout of a session at {@code pxPerMs}; {@code mediaMs} is the audio's length (0 when none). */
    public static TimelineLayout of(AnnotationSession session, long mediaMs, double pxPerMs) {
        List<Row> rows = new ArrayList<>();
        long end = mediaMs;
        for (Tier t : session.view().speechTiers()) {
            List<Box> boxes = new ArrayList<>();
            for (Utterance u : session.view().utterances()) {
                if (u.tierId().equals(t.id())) {
                    boxes.add(new Box(u.annotationId(), u.start(), u.end(), u.text(), "", false));
                    end = Math.max(end, u.end());
                }
            }
            rows.add(new Row(t.participant() != null && !t.participant().isBlank() ? t.participant() : t.id(), boxes));
        }
        List<Coding> codings = session.visibleCodings();
        for (CodingTier ct : session.view().codingTiers()) {
            if (!session.isVisibleCoder(ct.coder())) {
                continue;
            }
            List<Box> boxes = new ArrayList<>();
            for (Coding c : codings) {
                if (c.tierId().equals(ct.tierId())) {
                    String text = c.code() + (c.rating() != null ? "·" + c.rating() : "");
                    boxes.add(new Box(c.annotationId(), c.start(), c.end(), text, c.category(), true));
                    end = Math.max(end, c.end());
                }
            }
            rows.add(new Row(ct.tierId(), boxes));
        }
        return new TimelineLayout(List.copyOf(rows), end + 5_000, pxPerMs);
    }

    public List<Row> rows() {
        return rows;
    }

    public long duration() {
        return duration;
    }

    public double pxPerMs() {
        return pxPerMs;
    }

    public int width() {
        return (int) Math.ceil(duration * pxPerMs);
    }

    public int height() {
        return HEADER + WAVE_HEIGHT + rows.size() * ROW_HEIGHT;
    }

    public int x(long ms) {
        return (int) Math.round(ms * pxPerMs);
    }

    public long time(int x) {
        return Math.max(0, Math.min(duration, Math.round(x / pxPerMs)));
    }

    /** The top of a tier row (0-based, below the time ruler and the waveform). */
    public int rowTop(int row) {
        return HEADER + WAVE_HEIGHT + row * ROW_HEIGHT;
    }

    /** The box under a point, if any. */
    public java.util.Optional<Box> boxAt(int x, int y) {
        int row = (y - HEADER - WAVE_HEIGHT) / ROW_HEIGHT;
        if (y < HEADER + WAVE_HEIGHT || row >= rows.size()) {
            return java.util.Optional.empty();
        }
        long t = time(x);
        long slack = Math.round(2 / pxPerMs);
        return rows.get(row).boxes().stream().filter(b -> b.start() - slack <= t && t <= b.end() + slack)
                .reduce((a, b) -> b);
    }

    /** The box with an id, and its row. */
    public java.util.Optional<int[]> find(String annotationId) {
        for (int r = 0; r < rows.size(); r++) {
            List<Box> boxes = rows.get(r).boxes();
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).annotationId().equals(annotationId)) {
                    return java.util.Optional.of(new int[] {r, i});
                }
            }
        }
        return java.util.Optional.empty();
    }
}
