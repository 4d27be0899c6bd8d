package org.attune.annotator.ui;

import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.AbstractTableModel;
import org.attune.annotator.keys.Shortcut;
import org.attune.annotator.keys.ShortcutRegistry;

/**
 * The shortcut table (View > Keys…): every command with its id and key. Double-click a row (or "Change…") and
 * press the new key; a key another command has is refused with its name. Changes go through the
 * {@link ShortcutRegistry} and are reported to {@code onChange} (which stores and re-installs them).
 */
final class ShortcutsDialog extends JDialog {

    private final ShortcutRegistry registry;
    private final Consumer<Shortcut> onChange;
    private final Model model = new Model();
    private final JTable table = new JTable(model);

    ShortcutsDialog(Window owner, ShortcutRegistry registry, Consumer<Shortcut> onChange) {
        super(owner, "Keys", ModalityType.MODELESS);
        this.registry = registry;
        this.onChange = onChange;
        model.reload();
        table.getColumnModel().getColumn(0).setPreferredWidth(320);
        table.getColumnModel().getColumn(1).setPreferredWidth(160);
        table.getColumnModel().getColumn(2).setPreferredWidth(100);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    change();
                }
            }
        });
        JButton change = new JButton("Change…");
        change.addActionListener(e -> change());
        JButton close = new JButton("Close");
        close.addActionListener(e -> dispose());
        JPanel buttons = new JPanel();
        buttons.add(change);
        buttons.add(close);
        JPanel south = new JPanel(new BorderLayout());
        south.add(new JLabel(" Keys are stored in shortcuts.properties in Attune's folder."), BorderLayout.CENTER);
        south.add(buttons, BorderLayout.EAST);
        // Esc closes the dialog, as it closes every other dialog
        getRootPane().getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "attune.closeKeys");
        getRootPane().getActionMap().put("attune.closeKeys", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                dispose();
            }
        });
        getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
        getContentPane().add(south, BorderLayout.SOUTH);
        setSize(640, 520);
        setLocationRelativeTo(owner);
    }

    private void change() {
        int row = table.getSelectedRow();
        if (row < 0) {
            return;
        }
        Shortcut s = model.rows.get(row);
        KeyStroke key = captureKey(s);
        if (key == null) {
            return;
        }
        KeyStroke newKey = key.getKeyCode() == KeyEvent.VK_BACK_SPACE && key.getModifiers() == 0 ? null : key;
        try {
            Shortcut changed = registry.remapByUser(s.id(), newKey);
            onChange.accept(changed);
            model.reload();
        } catch (ShortcutRegistry.CollisionException e) {
            JOptionPane.showMessageDialog(this, e.getMessage(), "Key already in use", JOptionPane.WARNING_MESSAGE);
        }
    }

    /** Asks for a key press; null when cancelled (Escape). */
    private KeyStroke captureKey(Shortcut s) {
        JDialog ask = new JDialog(this, "New key", ModalityType.APPLICATION_MODAL);
        JLabel label = new JLabel("<html>Press the new key for <b>" + s.label()
                + "</b><br>Backspace: no key · Escape: cancel</html>");
        label.setBorder(javax.swing.BorderFactory.createEmptyBorder(16, 16, 16, 16));
        ask.getContentPane().add(label);
        KeyStroke[] out = new KeyStroke[1];
        label.setFocusable(true);
        label.addKeyListener(new KeyAdapter() {
            @Override
            public void keyPressed(KeyEvent e) {
                int code = e.getKeyCode();
                if (code == KeyEvent.VK_SHIFT || code == KeyEvent.VK_CONTROL || code == KeyEvent.VK_ALT
                        || code == KeyEvent.VK_META) {
                    return;
                }
                out[0] = code == KeyEvent.VK_ESCAPE ? null : KeyStroke.getKeyStroke(code, e.getModifiersEx());
                ask.dispose();
            }
        });
        ask.pack();
        ask.setLocationRelativeTo(this);
        label.requestFocusInWindow();
        ask.setVisible(true);
        return out[0];
    }

    private final class Model extends AbstractTableModel {
        private List<Shortcut> rows = new ArrayList<>();

        void reload() {
            rows = new ArrayList<>(registry.all());
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int c) {
            return c == 0 ? "Command" : c == 1 ? "Id" : "Key";
        }

        @Override
        public Object getValueAt(int row, int c) {
            Shortcut s = rows.get(row);
            return c == 0 ? s.label() : c == 1 ? s.id() : ShortcutRegistry.describe(s.key());
        }
    }
}
