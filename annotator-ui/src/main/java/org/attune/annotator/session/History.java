package org.attune.annotator.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo of edits. Each entry keeps the snapshots before and after the edit, so undo restores the
 * document <em>and</em> the selection the edit was made with. Not thread-safe: used on one thread.
 */
public final class History {

    /** One undoable edit. */
    public record Entry(String name, Snapshot before, Snapshot after) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final int limit;

    /** A history keeping at most {@code limit} edits. */
    public History(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    /** Records an edit; the redo stack is cleared. */
    public void record(Entry entry) {
        undo.push(entry);
        redo.clear();
        while (undo.size() > limit) {
            undo.removeLast();
        }
    }

    /** The edit undone, if there was one. */
    public Optional<Entry> undo() {
        Entry e = undo.poll();
        if (e != null) {
            redo.push(e);
        }
        return Optional.ofNullable(e);
    }

    /** The edit redone, if there was one. */
    public Optional<Entry> redo() {
        Entry e = redo.poll();
        if (e != null) {
            undo.push(e);
        }
        return Optional.ofNullable(e);
    }

    /** The name of the edit {@link #undo()} would undo. */
    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Entry::name);
    }

    /** The name of the edit {@link #redo()} would redo. */
    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Entry::name);
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
