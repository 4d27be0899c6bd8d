package org.attune.annotator.keys;

import javax.swing.KeyStroke;

/**
 * The annotator's fixed commands with their stable ids and default keys. Code keys come from the active
 * scheme ({@link CodeKeys}). The shortcut table in {@code docs/annotator.md} lists these.
 */
public enum AppCommand {
    OPEN("file.open", "Open…", Shortcut.Scope.WINDOW, "ctrl O"),
    SAVE("file.save", "Save", Shortcut.Scope.WINDOW, "ctrl S"),
    SAVE_AS("file.saveAs", "Save As…", Shortcut.Scope.WINDOW, "ctrl shift S"),
    QUIT("file.quit", "Quit", Shortcut.Scope.WINDOW, "ctrl Q"),
    UNDO("edit.undo", "Undo", Shortcut.Scope.WINDOW, "ctrl Z"),
    REDO("edit.redo", "Redo", Shortcut.Scope.WINDOW, "ctrl Y"),
    DELETE("edit.delete", "Delete coding", Shortcut.Scope.CODING, "DELETE"),
    NOTE("edit.note", "Write a note", Shortcut.Scope.CODING, "N"),
    SAVE_NOTE("edit.saveNote", "Save the note", Shortcut.Scope.WINDOW, "ctrl ENTER"),
    CODER("edit.coder", "Coder…", Shortcut.Scope.WINDOW, null),
    NEXT("select.next", "Next utterance", Shortcut.Scope.CODING, "DOWN"),
    PREVIOUS("select.previous", "Previous utterance", Shortcut.Scope.CODING, "UP"),
    RATE_1("rate.1", "Rate 1", Shortcut.Scope.CODING, "1"),
    RATE_2("rate.2", "Rate 2", Shortcut.Scope.CODING, "2"),
    RATE_3("rate.3", "Rate 3", Shortcut.Scope.CODING, "3"),
    RATE_4("rate.4", "Rate 4", Shortcut.Scope.CODING, "4"),
    RATE_5("rate.5", "Rate 5", Shortcut.Scope.CODING, "5"),
    PLAY("media.play", "Play / pause", Shortcut.Scope.CODING, "SPACE"),
    BACK("media.back", "Back 5 s", Shortcut.Scope.WINDOW, "ctrl LEFT"),
    PLAY_SELECTION("media.playSelection", "Play selection", Shortcut.Scope.WINDOW, "ctrl P"),
    LOOP("media.loop", "Loop selection", Shortcut.Scope.WINDOW, "ctrl L"),
    SLOWER("media.slower", "Slower", Shortcut.Scope.WINDOW, "ctrl MINUS"),
    FASTER("media.faster", "Faster", Shortcut.Scope.WINDOW, "ctrl EQUALS"),
    ZOOM_IN("view.zoomIn", "Zoom in", Shortcut.Scope.WINDOW, "ctrl shift EQUALS"),
    ZOOM_OUT("view.zoomOut", "Zoom out", Shortcut.Scope.WINDOW, "ctrl shift MINUS"),
    FIND("view.find", "Search", Shortcut.Scope.WINDOW, "ctrl F"),
    BLIND("view.blind", "Blind mode (only my codings)", Shortcut.Scope.WINDOW, "ctrl B"),
    DARK("view.dark", "Dark theme", Shortcut.Scope.WINDOW, "ctrl D"),
    KEYS("view.keys", "Keys…", Shortcut.Scope.WINDOW, null),
    ABOUT("help.about", "About Attune", Shortcut.Scope.WINDOW, null);

    private final String id;
    private final String label;
    private final Shortcut.Scope scope;
    private final KeyStroke defaultKey;

    AppCommand(String id, String label, Shortcut.Scope scope, String defaultKey) {
        this.id = id;
        this.label = label;
        this.scope = scope;
        this.defaultKey = defaultKey == null ? null : KeyStroke.getKeyStroke(defaultKey);
        if (defaultKey != null && this.defaultKey == null) {
            throw new IllegalStateException("bad default key " + defaultKey + " for " + id);
        }
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Shortcut.Scope scope() {
        return scope;
    }

    public KeyStroke defaultKey() {
        return defaultKey;
    }

    /** A registry holding every fixed command with its default key. */
    public static ShortcutRegistry registerAll(ShortcutRegistry registry) {
        for (AppCommand c : values()) {
            registry.register(c.id, c.label, c.scope, c.defaultKey);
        }
        return registry;
    }
}
