package org.attune.annotator.ui;

import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JRootPane;
import org.attune.annotator.keys.Shortcut;
import org.attune.annotator.keys.ShortcutRegistry;

/**
 * Turns the commands of a {@link ShortcutRegistry} into Swing actions and key bindings — the only place that
 * touches input maps. Window commands are bound on the root pane; coding commands (plain letters, digits,
 * space) only on the coding surfaces (transcript, timeline), so typing a note or a query never codes.
 */
public final class CommandBinder {

    private final ShortcutRegistry registry;
    private final Map<String, Action> actions = new LinkedHashMap<>();

    public CommandBinder(ShortcutRegistry registry) {
        this.registry = registry;
    }

    public ShortcutRegistry registry() {
        return registry;
    }

    /** Gives a registered command its behaviour. */
    public Action bind(String id, Runnable behaviour) {
        Shortcut s = registry.require(id);
        Action a = new AbstractAction(s.label()) {
            @Override
            public void actionPerformed(ActionEvent e) {
                behaviour.run();
            }
        };
        a.putValue(Action.ACTION_COMMAND_KEY, id);
        actions.put(id, a);
        return a;
    }

    public Action action(String id) {
        Action a = actions.get(id);
        if (a == null) {
            throw new IllegalArgumentException("command '" + id + "' has no behaviour");
        }
        return a;
    }

    /** Installs the key bindings of every bound command (replacing the ones installed before). */
    public void install(JRootPane root, List<? extends JComponent> surfaces) {
        clear(root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW));
        for (JComponent c : surfaces) {
            clear(c.getInputMap(JComponent.WHEN_FOCUSED));
        }
        for (Map.Entry<String, Action> e : actions.entrySet()) {
            Shortcut s = registry.require(e.getKey());
            if (s.key() == null) {
                continue;
            }
            if (s.scope() == Shortcut.Scope.WINDOW) {
                root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(s.key(), s.id());
                root.getActionMap().put(s.id(), e.getValue());
            } else {
                for (JComponent c : surfaces) {
                    c.getInputMap(JComponent.WHEN_FOCUSED).put(s.key(), s.id());
                    c.getActionMap().put(s.id(), e.getValue());
                }
            }
        }
    }

    private void clear(javax.swing.InputMap map) {
        javax.swing.KeyStroke[] keys = map.keys();
        if (keys == null) {
            return;
        }
        for (javax.swing.KeyStroke k : keys) {
            if (actions.containsKey(String.valueOf(map.get(k)))) {
                map.remove(k);
            }
        }
    }

    /**
     * A menu item for a command. Window commands show their key as the accelerator; coding commands show it in
     * the label only (an accelerator would make the key fire in text fields too).
     */
    public JMenuItem menuItem(String id) {
        Shortcut s = registry.require(id);
        JMenuItem item = new JMenuItem(action(id));
        if (s.key() != null && s.scope() == Shortcut.Scope.WINDOW) {
            item.setAccelerator(s.key());
        } else if (s.key() != null) {
            item.setText(s.label() + "   (" + ShortcutRegistry.describe(s.key()) + ")");
        }
        return item;
    }

    /** The bound command ids, in binding order. */
    public List<String> ids() {
        return new ArrayList<>(actions.keySet());
    }
}
