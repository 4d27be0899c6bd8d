package org.attune.annotator.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;
import org.attune.core.scheme.SchemeRegistry;

/**
 * An open session: the current snapshot (immutable document and selection), its undo history, the file it
 * belongs to, whether it has unsaved changes, the coder and the active scheme. No Swing.
 *
 * <p>Mutated on one thread (the Event Dispatch Thread in the app); {@link #snapshot()} and {@link #isDirty()}
 * may be read from any thread (autosave), since snapshots are immutable.
 */
public final class AnnotationSession {

    private final SchemeRegistry schemes;
    private final History history = new History(1000);
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot current;
    private volatile AnnotationDocument saved;
    private SessionView view;
    private volatile Path file;
    private String coder;
    private CodingScheme scheme;
    private boolean blind;

    /** A session of {@code document}, stored in {@code file} (null when it has never been saved). */
    public AnnotationSession(AnnotationDocument document, Path file, SchemeRegistry schemes, String coder) {
        this.schemes = Objects.requireNonNull(schemes, "schemes");
        this.current = new Snapshot(document, Selection.NONE);
        this.saved = file == null ? null : document;
        this.file = file;
        this.coder = coder;
        this.scheme = activeSchemeOf(document, schemes);
    }

    /** The scheme the document is coded with (the first known scheme of its coding tiers), else the default. */
    static CodingScheme activeSchemeOf(AnnotationDocument document, SchemeRegistry schemes) {
        return SessionView.of(document, schemes::find).codingTiers().stream()
                .map(t -> schemes.find(t.schemeRef())).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> schemes.require("3rs@2015"));
    }

    public void addListener(SessionListener l) {
        listeners.add(l);
    }

    public void removeListener(SessionListener l) {
        listeners.remove(l);
    }

    private void fire(SessionListener.Change change) {
        for (SessionListener l : listeners) {
            l.changed(change);
        }
    }

    // ------------------------------------------------------------------ state

    public Snapshot snapshot() {
        return current;
    }

    public AnnotationDocument document() {
        return current.document();
    }

    public Selection selection() {
        return current.selection();
    }

    /** The domain view of the current document (computed once per document). */
    public SessionView view() {
        if (view == null || view.document() != current.document()) {
            view = SessionView.of(current.document(), schemes::find);
        }
        return view;
    }

    public SchemeRegistry schemes() {
        return schemes;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether the document differs from what was last saved or opened (a never-saved session is dirty). */
    public boolean isDirty() {
        return current.document() != saved;
    }

    public String coder() {
        return coder;
    }

    public void setCoder(String coder) {
        this.coder = coder;
        fire(SessionListener.Change.STATE);
    }

    public CodingScheme scheme() {
        return scheme;
    }

    public void setScheme(CodingScheme scheme) {
        this.scheme = Objects.requireNonNull(scheme);
        fire(SessionListener.Change.STATE);
    }

    /** Whether only the current coder's codings are shown (independent coding for reliability). */
    public boolean isBlind() {
        return blind;
    }

    public void setBlind(boolean blind) {
        this.blind = blind;
        fire(SessionListener.Change.STATE);
    }

    /** The codings shown: all, or in blind mode only the current coder's. */
    public List<Coding> visibleCodings() {
        List<Coding> all = view().codings();
        return blind ? all.stream().filter(c -> c.coder().equals(coder)).toList() : all;
    }

    /** Whether a coding tier may be shown (in blind mode only the current coder's). */
    public boolean isVisibleCoder(String tierCoder) {
        return !blind || tierCoder.equals(coder);
    }

    /** Whether a coding can be rated: its scheme layer is rated and its tier has a rating tier. */
    public boolean isRated(Coding c) {
        return schemes.find(c.schemeRef()).flatMap(s -> s.layer(c.layerId())).map(Layer::rated).orElse(false)
                && view().codingTiers().stream().anyMatch(t -> t.tierId().equals(c.tierId()) && t.ratingTierId() != null);
    }

    public Optional<Utterance> utterance(String annotationId) {
        return view().utterances().stream().filter(u -> u.annotationId().equals(annotationId)).findFirst();
    }

    public Optional<Coding> coding(String annotationId) {
        return view().codings().stream().filter(c -> c.annotationId().equals(annotationId)).findFirst();
    }

    public Optional<Utterance> selectedUtterance() {
        String id = selection().utteranceId();
        return id == null ? Optional.empty() : utterance(id);
    }

    public Optional<Coding> selectedCoding() {
        String id = selection().codingId();
        return id == null ? Optional.empty() : coding(id);
    }

    // ------------------------------------------------------------------ changes

    /** Selects without an undo entry. */
    public void select(Selection selection) {
        if (!selection.equals(current.selection())) {
            current = new Snapshot(current.document(), selection);
            fire(SessionListener.Change.SELECTION);
        }
    }

    /**
     * Applies an edit as one undoable step.
     *
     * @param name  what the edit does, for the Undo menu (e.g. "Code C2")
     * @param edit  the document change
     * @param after the selection after the edit, from the edited document
     */
    public void edit(String name, UnaryOperator<AnnotationDocument> edit, UnaryOperator<Selection> after) {
        Snapshot before = current;
        AnnotationDocument changed = edit.apply(before.document());
        Snapshot next = new Snapshot(changed, after.apply(before.selection()));
        history.record(new History.Entry(name, before, next));
        current = next;
        fire(SessionListener.Change.DOCUMENT);
    }

    /** An edit whose result depends on the document (e.g. a new annotation id chosen while editing). */
    public void edit(String name, UnaryOperator<Snapshot> edit) {
        Snapshot before = current;
        Snapshot next = edit.apply(before);
        history.record(new History.Entry(name, before, next));
        current = next;
        fire(SessionListener.Change.DOCUMENT);
    }

    public boolean undo() {
        Optional<History.Entry> e = history.undo();
        e.ifPresent(x -> {
            current = x.before();
            fire(SessionListener.Change.DOCUMENT);
        });
        return e.isPresent();
    }

    public boolean redo() {
        Optional<History.Entry> e = history.redo();
        e.ifPresent(x -> {
            current = x.after();
            fire(SessionListener.Change.DOCUMENT);
        });
        return e.isPresent();
    }

    public Optional<String> undoName() {
        return history.undoName();
    }

    public Optional<String> redoName() {
        return history.redoName();
    }

    /** Records that {@code document} was saved to {@code target} (it may be older than the current one). */
    public void markSaved(AnnotationDocument document, Path target) {
        this.saved = document;
        this.file = target;
        fire(SessionListener.Change.STATE);
    }

    /** Replaces the whole session's content (open, restore): history cleared. */
    public void replace(AnnotationDocument document, Path newFile, boolean dirty) {
        history.clear();
        current = new Snapshot(document, Selection.NONE);
        saved = dirty ? null : document;
        file = newFile;
        scheme = activeSchemeOf(document, schemes);
        fire(SessionListener.Change.DOCUMENT);
        fire(SessionListener.Change.STATE);
    }
}
