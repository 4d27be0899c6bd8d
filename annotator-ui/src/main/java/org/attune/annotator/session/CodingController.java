package org.attune.annotator.session;

import java.util.List;
import java.util.Optional;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.Coding;
import org.attune.core.profile.CodingEdits;
import org.attune.core.profile.Utterance;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;

/**
 * The coder's gestures on an open session, in model terms: code the selection, rate, annotate, delete, move
 * the selection. Every edit goes through {@link CodingEdits} and is one undoable step. No Swing; tested
 * without a robot.
 *
 * <p>Each gesture returns an {@link Outcome}: done, or a sentence saying why nothing happened (shown in the
 * status bar), never an exception for an ordinary slip such as rating with nothing selected.
 */
public final class CodingController {

    /** What a gesture did. */
    public record Outcome(boolean done, String message) {
        static Outcome ok(String message) {
            return new Outcome(true, message);
        }

        static Outcome refused(String message) {
            return new Outcome(false, message);
        }
    }

    private final AnnotationSession session;

    public CodingController(AnnotationSession session) {
        this.session = session;
    }

    public AnnotationSession session() {
        return session;
    }

    /** Codes the selected time range, else the selected utterance, else the selected coding's span. */
    public Outcome code(Code code) {
        String coder = session.coder();
        if (coder == null || coder.isBlank()) {
            return Outcome.refused("Set your coder name first (Edit > Coder)");
        }
        Optional<long[]> span = targetSpan();
        if (span.isEmpty()) {
            return Outcome.refused("Select an utterance or drag a time range, then press a code key");
        }
        CodingScheme scheme = session.scheme();
        if (scheme.layerOf(code).isEmpty()) {
            return Outcome.refused("Code " + code.id() + " is not part of " + scheme.ref());
        }
        long start = span.get()[0];
        long end = span.get()[1];
        session.edit("Code " + code.id(), before -> {
            CodingEdits.Added added = CodingEdits.add(before.document(), scheme, code, coder, start, end);
            return new Snapshot(added.document(), before.selection().withCoding(added.annotationId()));
        });
        return Outcome.ok(code.id() + " " + code.label());
    }

    private Optional<long[]> targetSpan() {
        Selection s = session.selection();
        if (s.range() != null) {
            return Optional.of(new long[] {s.range().start(), s.range().end()});
        }
        Optional<Utterance> u = session.selectedUtterance();
        if (u.isPresent()) {
            return Optional.of(new long[] {u.get().start(), u.get().end()});
        }
        return session.selectedCoding().map(c -> new long[] {c.start(), c.end()});
    }

    /** Rates the selected coding (when its layer is rated). */
    public Outcome rate(int rating) {
        Optional<Coding> c = session.selectedCoding();
        if (c.isEmpty() && session.selectedUtterance().isPresent()) {
            return Outcome.refused("This utterance has no coding yet: press a code's key first, then " + rating
                    + " rates that coding");
        }
        if (c.isEmpty()) {
            return Outcome.refused("Select a coding to rate it");
        }
        if (!session.isRated(c.get())) {
            return Outcome.refused(c.get().code() + " is not rated in " + c.get().schemeRef());
        }
        var scale = session.scheme().rating();
        if (scale != null && (rating < scale.min() || rating > scale.max())) {
            return Outcome.refused("Ratings go from " + scale.min() + " to " + scale.max());
        }
        String id = c.get().annotationId();
        session.edit("Rate " + c.get().code() + " " + rating, d -> CodingEdits.setRating(d, id, rating), s -> s);
        return Outcome.ok(c.get().code() + " rated " + rating);
    }

    /** Sets (or with "" removes) the selected coding's note. */
    public Outcome setNote(String note) {
        Optional<Coding> c = session.selectedCoding();
        if (c.isEmpty()) {
            return Outcome.refused("Select a coding to write a note");
        }
        return setNote(c.get().annotationId(), note);
    }

    /**
     * Sets the note of the coding {@code codingId} (the one the note was written for, whatever is selected now).
     * The outcome names the coding: "Note saved on C2 at 1:07".
     */
    public Outcome setNote(String codingId, String note) {
        Optional<Coding> c = session.coding(codingId);
        if (c.isEmpty()) {
            return Outcome.refused("Note not saved: its coding was deleted");
        }
        String where = c.get().code() + " at " + org.attune.core.analysis.segments.SegmentSheet.clock(c.get().start());
        if (c.get().note().equals(note == null ? "" : note)) {
            return Outcome.refused("Note unchanged on " + where);
        }
        session.edit("Note on " + c.get().code(), d -> CodingEdits.setNote(d, codingId, note), s -> s);
        return Outcome.ok("Note saved on " + where);
    }

    /** Removes the selected coding with its rating and note. */
    public Outcome deleteSelected() {
        Optional<Coding> c = session.selectedCoding();
        if (c.isEmpty()) {
            return Outcome.refused("Select a coding to delete it");
        }
        String id = c.get().annotationId();
        session.edit("Delete " + c.get().code(), d -> CodingEdits.remove(d, id), s -> s.withCoding(null));
        return Outcome.ok(c.get().code() + " deleted");
    }

    /** Moves the selected coding's boundaries (a drag on the timeline). */
    public Outcome retimeSelected(long start, long end) {
        Optional<Coding> c = session.selectedCoding();
        if (c.isEmpty()) {
            return Outcome.refused("Select a coding to move its boundaries");
        }
        String id = c.get().annotationId();
        long s0 = Math.max(0, Math.min(start, end));
        long e0 = Math.max(start, end);
        AnnotationDocument before = session.document();
        session.edit("Move " + c.get().code(), d -> CodingEdits.retime(d, id, s0, e0), s -> s);
        return before == session.document() ? Outcome.refused("unchanged") : Outcome.ok(c.get().code() + " moved");
    }

    /** Selects the utterance {@code delta} rows below (negative: above) the selected one, or the first. */
    public Outcome moveSelection(int delta) {
        List<Utterance> all = session.view().utterances();
        if (all.isEmpty()) {
            return Outcome.refused("No utterances");
        }
        int at = session.selectedUtterance().map(all::indexOf).orElse(-1);
        int next = at < 0 ? (delta >= 0 ? 0 : all.size() - 1) : Math.max(0, Math.min(all.size() - 1, at + delta));
        selectUtterance(all.get(next).annotationId());
        return Outcome.ok("");
    }

    /**
     * Selects an utterance; the current coder's coding with exactly its span (the one a code key made) becomes the
     * selected coding, so digits rate it and Delete removes it.
     */
    public void selectUtterance(String utteranceId) {
        Optional<Utterance> u = session.utterance(utteranceId);
        if (u.isEmpty()) {
            return;
        }
        String coding = session.visibleCodings().stream()
                .filter(c -> c.coder().equals(session.coder()) && c.start() == u.get().start()
                        && c.end() == u.get().end())
                .reduce((a, b) -> b).map(Coding::annotationId).orElse(null);
        session.select(Selection.utterance(utteranceId, coding));
    }

    /** Selects a coding (and the utterance it lies on, when one has its span). */
    public void selectCoding(String codingId) {
        Optional<Coding> c = session.coding(codingId);
        if (c.isEmpty()) {
            return;
        }
        String utterance = session.view().utterances().stream()
                .filter(u -> u.start() <= c.get().start() && u.end() >= c.get().end())
                .map(Utterance::annotationId).findFirst().orElse(null);
        session.select(new Selection(utterance, codingId, null));
    }

    /** Selects a time range (drag on the timeline). */
    public void selectRange(long start, long end) {
        session.select(Selection.range(start, end));
    }

    public Outcome undo() {
        Optional<String> name = session.undoName();
        return session.undo() ? Outcome.ok("Undone: " + name.orElse("")) : Outcome.refused("Nothing to undo");
    }

    public Outcome redo() {
        Optional<String> name = session.redoName();
        return session.redo() ? Outcome.ok("Redone: " + name.orElse("")) : Outcome.refused("Nothing to redo");
    }
}
