package org.attune.annotator.keys;

import java.util.Objects;
import javax.swing.KeyStroke;

/**
 * A command's key: a stable id (e.g. {@code file.save}, {@code code.3rs.C2}), a label for menus and the
 * shortcut table, where the key works, and the key itself (null: no key).
 */
public record Shortcut(String id, String label, Scope scope, KeyStroke key) {

    /** Where a key works. */
    public enum Scope {
        /** Anywhere in the window (keys with Ctrl/Cmd or function keys). */
        WINDOW,
        /** Only while the transcript or the timeline has the focus (plain letters and digits, space). */
        CODING
    }

    public Shortcut {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scope, "scope");
    }

    public Shortcut withKey(KeyStroke newKey) {
        return new Shortcut(id, label, scope, newKey);
    }

    /** Whether two keys would fire together: the same key where both work (WINDOW keys work everywhere). */
    public boolean collidesWith(Shortcut other) {
        return key != null && key.equals(other.key) && !id.equals(other.id);
    }
}
