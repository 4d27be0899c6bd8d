package org.attune.annotator.ui;

import java.awt.EventQueue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRootPane;
import javax.swing.SwingWorker;
import org.attune.annotator.keys.AppCommand;
import org.attune.annotator.keys.CodeKeys;
import org.attune.annotator.keys.ShortcutRegistry;
import org.attune.annotator.session.CodingController;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.search.event.Event;

/**
 * What each command does in the window, and the menus. The keys come from the {@link ShortcutRegistry}; the
 * behaviour is the controllers'; this class only connects the two.
 */
final class Commands {

    private final MainFrame w;
    private final CommandBinder binder;
    private CodingScheme scheme;
    private JRootPane root;
    private List<? extends JComponent> surfaces;

    Commands(MainFrame window, ShortcutRegistry keys) {
        this.w = window;
        this.binder = new CommandBinder(keys);
    }

    void code(Code code) {
        w.status().show(w.coding().code(code));
    }

    void rate(int rating) {
        w.status().show(w.coding().rate(rating));
    }

    /** Jumps to a search hit: in another file, that file is opened first (after the unsaved-changes prompt). */
    void jumpTo(Path file, Event e) {
        Path open = w.session().file().map(p -> p.toAbsolutePath().normalize()).orElse(null);
        if (file == null || file.toAbsolutePath().normalize().equals(open)) {
            jumpTo(e);
            return;
        }
        var worker = w.files().open(file);
        if (worker != null) {
            worker.addPropertyChangeListener(change -> {
                if ("state".equals(change.getPropertyName()) && change.getNewValue() == SwingWorker.StateValue.DONE) {
                    EventQueue.invokeLater(() -> {
                        if (w.session().file().map(p -> p.toAbsolutePath().normalize())
                                .equals(java.util.Optional.of(file.toAbsolutePath().normalize()))) {
                            jumpTo(e);
                        }
                    });
                }
            });
        }
    }

    /** Jumps to an event of the open document: selects it and seeks there. */
    void jumpTo(Event e) {
        if (e.isCoding()) {
            w.coding().selectCoding(e.id());
        } else if (e.isUtterance()) {
            w.coding().selectUtterance(e.id());
        }
        w.media().seek(e.start());
    }

    private void show(CodingController.Outcome o) {
        w.status().show(o);
    }

    /** Binds every command, installs the keys and returns the menu bar. */
    JMenuBar install(JRootPane rootPane, List<? extends JComponent> codingSurfaces) {
        this.root = rootPane;
        this.surfaces = codingSurfaces;
        CodingController c = w.coding();
        bind(AppCommand.OPEN, () -> w.files().openDialog());
        bind(AppCommand.SAVE, () -> w.files().save());
        bind(AppCommand.SAVE_AS, () -> w.files().saveAs());
        bind(AppCommand.QUIT, w::quit);
        bind(AppCommand.UNDO, () -> show(c.undo()));
        bind(AppCommand.REDO, () -> show(c.redo()));
        bind(AppCommand.DELETE, () -> show(c.deleteSelected()));
        bind(AppCommand.NOTE, () -> {
            w.sideTabs().setSelectedIndex(0);
            w.inspector().editNote();
        });
        bind(AppCommand.SAVE_NOTE, () -> w.inspector().saveNote());
        bind(AppCommand.CODER, this::askCoder);
        bind(AppCommand.NEXT, () -> c.moveSelection(1));
        bind(AppCommand.PREVIOUS, () -> c.moveSelection(-1));
        AppCommand[] rates = {AppCommand.RATE_1, AppCommand.RATE_2, AppCommand.RATE_3, AppCommand.RATE_4,
            AppCommand.RATE_5};
        for (int i = 0; i < rates.length; i++) {
            int r = i + 1;
            bind(rates[i], () -> rate(r));
        }
        bind(AppCommand.PLAY, () -> w.media().toggle());
        bind(AppCommand.BACK, () -> w.media().back(5_000));
        bind(AppCommand.PLAY_SELECTION, () -> w.media().playSelection(false));
        bind(AppCommand.LOOP, () -> w.media().playSelection(true));
        bind(AppCommand.SLOWER, () -> w.media().changeRate(0.8));
        bind(AppCommand.FASTER, () -> w.media().changeRate(1.25));
        bind(AppCommand.ZOOM_IN, () -> w.timeline().zoom(1.25));
        bind(AppCommand.ZOOM_OUT, () -> w.timeline().zoom(0.8));
        bind(AppCommand.FIND, () -> {
            w.sideTabs().setSelectedIndex(2);
            w.search().queryField().requestFocusInWindow();
        });
        bind(AppCommand.BLIND, () -> w.session().setBlind(!w.session().isBlind()));
        bind(AppCommand.DARK, this::toggleDark);
        bind(AppCommand.KEYS, () -> new ShortcutsDialog(w, binder.registry(), this::keyChanged).setVisible(true));
        bind(AppCommand.ABOUT, () -> AboutDialog.show(w));
        scheme = w.session().scheme();
        bindCodes(scheme);
        try {
            List<String> problems = binder.registry().applyOverrides(w.home().shortcutOverrides());
            problems.forEach(p -> w.status().show("shortcuts.properties: " + p));
        } catch (IOException e) {
            w.status().show("shortcuts.properties not read: " + e.getMessage());
        }
        binder.install(root, surfaces);
        return menus(scheme);
    }

    private void bindCodes(CodingScheme s) {
        CodeKeys.registerAll(binder.registry(), s).forEach(p -> w.status().show("Key not assigned: " + p));
        s.codes().forEach(code -> binder.bind(CodeKeys.commandId(s, code), () -> code(code)));
    }

    /** Codes with another scheme from now on (new codings go to that scheme's tiers). */
    private void useScheme(CodingScheme s) {
        w.session().setScheme(s);
        schemeChanged(s);
        w.palette().show(s);
        w.status().show("Coding with " + s.title() + " (" + s.ref() + ")");
    }

    /** After a file coded with another scheme was opened: its codes get the keys, and the Code menu is rebuilt. */
    void schemeChanged(CodingScheme newScheme) {
        if (scheme == null || newScheme.ref().equals(scheme.ref())) {
            return;
        }
        CodeKeys.releaseAll(binder.registry(), scheme);
        scheme = newScheme;
        bindCodes(newScheme);
        binder.install(root, surfaces);
        w.setJMenuBar(menus(newScheme));
        w.getJMenuBar().revalidate();
    }

    private void bind(AppCommand command, Runnable behaviour) {
        binder.bind(command.id(), behaviour);
    }

    private JMenuBar menus(CodingScheme scheme) {
        JMenuBar bar = new JMenuBar();
        bar.add(menu("File", AppCommand.OPEN, AppCommand.SAVE, AppCommand.SAVE_AS, null, AppCommand.QUIT));
        JMenu recent = new JMenu("Open Recent");
        for (Path p : w.home().recentFiles()) {
            JMenuItem item = new JMenuItem(p.toString());
            item.addActionListener(e -> w.files().open(p));
            recent.add(item);
        }
        bar.getMenu(0).insert(recent, 1);
        bar.add(menu("Edit", AppCommand.UNDO, AppCommand.REDO, null, AppCommand.DELETE, AppCommand.NOTE,
                AppCommand.RATE_1, AppCommand.RATE_2, AppCommand.RATE_3, AppCommand.RATE_4, AppCommand.RATE_5, null,
                AppCommand.CODER));
        JMenu codes = new JMenu("Code");
        scheme.codes().forEach(code -> codes.add(binder.menuItem(CodeKeys.commandId(scheme, code))));
        codes.addSeparator();
        javax.swing.ButtonGroup group = new javax.swing.ButtonGroup();
        for (CodingScheme s : w.session().schemes().all()) {
            javax.swing.JRadioButtonMenuItem item = new javax.swing.JRadioButtonMenuItem("Scheme: " + s.title()
                    + " (" + s.ref() + ")", s.ref().equals(scheme.ref()));
            item.addActionListener(e -> useScheme(s));
            group.add(item);
            codes.add(item);
        }
        bar.add(codes);
        bar.add(menu("Play", AppCommand.PLAY, AppCommand.BACK, AppCommand.PLAY_SELECTION, AppCommand.LOOP,
                AppCommand.SLOWER, AppCommand.FASTER));
        bar.add(menu("View", AppCommand.ZOOM_IN, AppCommand.ZOOM_OUT, AppCommand.FIND, null, AppCommand.BLIND,
                AppCommand.DARK, null, AppCommand.KEYS));
        bar.add(menu("Help", AppCommand.ABOUT));
        return bar;
    }

    private JMenu menu(String title, AppCommand... items) {
        JMenu m = new JMenu(title);
        for (AppCommand c : items) {
            if (c == null) {
                m.addSeparator();
            } else {
                m.add(binder.menuItem(c.id()));
            }
        }
        return m;
    }

    /** A key was remapped in the Keys dialog: stored, bound again, menus and palette rebuilt. */
    private void keyChanged(org.attune.annotator.keys.Shortcut changed) {
        binder.install(root, surfaces);
        w.setJMenuBar(menus(scheme));
        w.getJMenuBar().revalidate();
        w.palette().show(scheme);
        try {
            w.home().setShortcutOverrides(binder.registry().overrides());
            w.status().show(changed.label() + ": " + (changed.key() == null ? "no key"
                    : ShortcutRegistry.describe(changed.key())));
        } catch (IOException e) {
            w.status().show("Key not remembered: " + e.getMessage());
        }
    }

    private void askCoder() {
        String name = JOptionPane.showInputDialog(w, "Your coder name or initials (your codes go to your own tiers):",
                w.session().coder());
        if (name != null && !name.isBlank()) {
            w.session().setCoder(name.strip());
            try {
                w.home().setCoder(name.strip());
            } catch (IOException e) {
                w.status().show("Coder not remembered: " + e.getMessage());
            }
        }
    }

    private void toggleDark() {
        boolean dark = !Theme.isDark();
        Theme.switchTo(dark, w);
        w.palette().show(w.session().scheme());
        try {
            w.home().setDark(dark);
        } catch (IOException e) {
            w.status().show("Theme not remembered: " + e.getMessage());
        }
    }
}
