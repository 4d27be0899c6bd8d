package org.attune.annotator.ui.palette;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import org.attune.annotator.keys.CodeKeys;
import org.attune.annotator.keys.ShortcutRegistry;
import org.attune.annotator.ui.Theme;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;

/**
 * The coding palette: the active scheme's codes by layer, each with its key and a button that codes the
 * selection. Buttons never take the focus, so the keyboard stays on the transcript or timeline.
 */
public final class CodingPalette extends JPanel {

    private final ShortcutRegistry keys;
    private final Consumer<Code> onCode;
    private final JPanel list = new JPanel();

    public CodingPalette(ShortcutRegistry keys, Consumer<Code> onCode) {
        super(new BorderLayout());
        this.keys = keys;
        this.onCode = onCode;
        setName("palette");
        list.setLayout(new BoxLayout(list, BoxLayout.Y_AXIS));
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, BorderLayout.CENTER);
    }

    /** Shows a scheme's codes. */
    public void show(CodingScheme scheme) {
        list.removeAll();
        for (Layer layer : scheme.layers()) {
            JLabel title = new JLabel(scheme.name() + " · " + layer.label() + (layer.rated() ? " (rate 1–5)" : ""));
            title.putClientProperty("FlatLaf.styleClass", "h4");
            title.setBorder(BorderFactory.createEmptyBorder(8, 6, 4, 6));
            title.setAlignmentX(Component.LEFT_ALIGNMENT);
            list.add(title);
            for (Code code : layer.codes()) {
                list.add(button(scheme, code));
            }
        }
        list.add(Box.createVerticalGlue());
        list.revalidate();
        list.repaint();
    }

    private JButton button(CodingScheme scheme, Code code) {
        String key = keys.find(CodeKeys.commandId(scheme, code)).map(s -> ShortcutRegistry.describe(s.key()))
                .orElse("");
        JButton b = new JButton("<html><span style='color:gray'>" + escape(key) + "</span>&nbsp;&nbsp;<b>"
                + code.id() + "</b>&nbsp;" + escape(code.label()) + "</html>");
        b.setName("code." + code.id());
        b.setHorizontalAlignment(SwingConstants.LEFT);
        b.setFocusable(false);
        b.setToolTipText(code.definition());
        b.setAlignmentX(Component.LEFT_ALIGNMENT);
        b.setMaximumSize(new Dimension(Integer.MAX_VALUE, b.getPreferredSize().height));
        b.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 4, 0, 0, Theme.categoryColor(code.category())),
                BorderFactory.createEmptyBorder(3, 6, 3, 6)));
        b.putClientProperty("JButton.buttonType", "borderless");
        b.addActionListener(e -> onCode.accept(code));
        return b;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
