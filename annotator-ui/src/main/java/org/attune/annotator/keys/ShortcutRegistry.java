package org.attune.annotator.keys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.swing.KeyStroke;

/**
 * The one place where commands get their keys: an instance (one per window), keyed by stable ids, with
 * collision detection and remapping. Defaults are registered by the application; a user's remappings come
 * from a {@link Properties} file of {@code id = key} lines in {@link KeyStroke#getKeyStroke(String)} syntax
 * (e.g. {@code code.3rs.C2 = shift W}).
 */
public final class ShortcutRegistry {

    /** Two commands with the same key. */
    public record Collision(Shortcut first, Shortcut second) {
        @Override
        public String toString() {
            return "'" + first.key() + "' is bound to both " + first.id() + " and " + second.id();
        }
    }

    /** Thrown when a key is asked for that another command already has. */
    public static final class CollisionException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Collision collision;

        CollisionException(Collision collision) {
            super(collision.toString());
            this.collision = collision;
        }

        public Collision collision() {
            return collision;
        }
    }

    private final Map<String, Shortcut> byId = new LinkedHashMap<>();
    private final Map<String, KeyStroke> byUser = new LinkedHashMap<>();

    /**
     * Registers a command with its default key.
     *
     * @throws CollisionException when another command has that key (the command is then registered without one)
     * @throws IllegalArgumentException when the id is already registered
     */
    public Shortcut register(String id, String label, Shortcut.Scope scope, KeyStroke key) {
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("command '" + id + "' is registered twice");
        }
        Shortcut s = new Shortcut(id, label, scope, key);
        Optional<Shortcut> other = holderOf(s);
        if (other.isPresent()) {
            byId.put(id, s.withKey(null));
            throw new CollisionException(new Collision(other.get(), s));
        }
        byId.put(id, s);
        return s;
    }

    /**
     * Gives a command another key (null: none).
     *
     * @throws CollisionException when another command has the key; nothing is changed then
     */
    public Shortcut remap(String id, KeyStroke key) {
        Shortcut s = require(id).withKey(key);
        Optional<Shortcut> other = holderOf(s);
        if (other.isPresent()) {
            throw new CollisionException(new Collision(other.get(), s));
        }
        byId.put(id, s);
        return s;
    }

    /** A remapping the user asked for (remembered by {@link #overrides()}); collisions as {@link #remap}. */
    public Shortcut remapByUser(String id, KeyStroke key) {
        Shortcut s = remap(id, key);
        byUser.put(id, key);
        return s;
    }

    /** The key the user gave a command, else {@code defaultKey} (for commands registered again, e.g. codes). */
    public KeyStroke preferredKey(String id, KeyStroke defaultKey) {
        return byUser.containsKey(id) ? byUser.get(id) : defaultKey;
    }

    /**
     * Applies a user's remappings; each line that names an unknown command, a key that does not parse or a key
     * that collides is skipped and described in the returned list.
     */
    public List<String> applyOverrides(Properties overrides) {
        List<String> problems = new ArrayList<>();
        for (String id : overrides.stringPropertyNames()) {
            String text = overrides.getProperty(id).strip();
            if (!byId.containsKey(id)) {
                problems.add("unknown command '" + id + "'");
                continue;
            }
            KeyStroke key = text.isEmpty() ? null : KeyStroke.getKeyStroke(text);
            if (!text.isEmpty() && key == null) {
                problems.add(id + ": '" + text + "' is not a key (e.g. 'ctrl S', 'shift W', 'F5')");
                continue;
            }
            try {
                remapByUser(id, key);
            } catch (CollisionException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /**
     * The user's remappings ({@link #remapByUser}, {@link #applyOverrides}): {@code id = key} ("" for none), in the
     * form {@link #applyOverrides} reads.
     */
    public Properties overrides() {
        Properties p = new Properties();
        byUser.forEach((id, k) -> p.setProperty(id, k == null ? "" : k.toString()));
        return p;
    }

    private Optional<Shortcut> holderOf(Shortcut s) {
        return byId.values().stream().filter(s::collidesWith).findFirst();
    }

    public Optional<Shortcut> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Shortcut require(String id) {
        Shortcut s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no command '" + id + "'");
        }
        return s;
    }

    /** The command a key fires, if any. */
    public Optional<Shortcut> commandFor(KeyStroke key) {
        return byId.values().stream().filter(s -> key.equals(s.key())).findFirst();
    }

    /** All commands, in registration order. */
    public Collection<Shortcut> all() {
        return List.copyOf(byId.values());
    }

    /** A key as people read it: {@code Ctrl+S}, {@code Shift+1}, {@code Space}. */
    public static String describe(KeyStroke key) {
        if (key == null) {
            return "";
        }
        String mods = java.awt.event.InputEvent.getModifiersExText(key.getModifiers());
        String k = java.awt.event.KeyEvent.getKeyText(key.getKeyCode());
        return mods.isEmpty() ? k : mods + "+" + k;
    }
}
