package org.attune.annotator.ui.inspector;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import org.attune.annotator.session.AnnotationSession;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.profile.Coding;

/** The inspector: the selected coding's code, span, coder, rating (1–5) and note, editable. */
public final class InspectorPanel extends JPanel {

    private final AnnotationSession session;
    private final JLabel code = new JLabel("—");
    private final JLabel span = new JLabel(" ");
    private final JLabel coder = new JLabel(" ");
    private final JToggleButton[] ratings = new JToggleButton[5];
    private final ButtonGroup ratingGroup = new ButtonGroup();
    private final JTextArea note = new JTextArea(3, 20);
    private final JButton saveNote = new JButton("Save note");

    public InspectorPanel(AnnotationSession session, IntConsumer onRate, Consumer<String> onNote) {
        super(new GridBagLayout());
        this.session = session;
        setName("inspector");
        setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        code.putClientProperty("FlatLaf.styleClass", "h3");
        JPanel ratingRow = new JPanel(new java.awt.GridLayout(1, 5, 4, 0));
        for (int i = 0; i < 5; i++) {
            int r = i + 1;
            ratings[i] = new JToggleButton(String.valueOf(r));
            ratings[i].setFocusable(false);
            ratings[i].addActionListener(e -> onRate.accept(r));
            ratingGroup.add(ratings[i]);
            ratingRow.add(ratings[i]);
        }
        note.setName("note");
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        saveNote.addActionListener(e -> onNote.accept(note.getText().strip()));
        // Ctrl+Enter saves the note; leaving the field saves it too (when it changed)
        note.getInputMap().put(javax.swing.KeyStroke.getKeyStroke("ctrl ENTER"), "attune.saveNote");
        note.getActionMap().put("attune.saveNote", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                onNote.accept(note.getText().strip());
            }
        });
        note.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                session.selectedCoding().filter(c -> !c.note().equals(note.getText().strip()))
                        .ifPresent(c -> onNote.accept(note.getText().strip()));
            }
        });
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(2, 0, 2, 0);
        add(code, c);
        add(span, c);
        add(coder, c);
        add(new JLabel("Rating"), c);
        add(ratingRow, c);
        add(new JLabel("Note"), c);
        c.fill = GridBagConstraints.BOTH;
        c.weighty = 1;
        add(new JScrollPane(note), c);
        c.weighty = 0;
        c.fill = GridBagConstraints.NONE;
        c.anchor = GridBagConstraints.LINE_END;
        JPanel buttons = new JPanel(new BorderLayout());
        buttons.add(saveNote, BorderLayout.EAST);
        add(buttons, c);
        session.addListener(ch -> refresh());
        refresh();
    }

    /** Puts the focus in the note field (the note key). */
    public void editNote() {
        if (session.selectedCoding().isPresent()) {
            note.requestFocusInWindow();
            note.selectAll();
        }
    }

    public JTextArea noteField() {
        return note;
    }

    private void refresh() {
        Optional<Coding> c = session.selectedCoding();
        boolean has = c.isPresent();
        code.setText(has ? c.get().code() + "  " + c.get().label() : "No coding selected");
        span.setText(has ? SegmentSheet.clock(c.get().start()) + " – " + SegmentSheet.clock(c.get().end()) : " ");
        coder.setText(has ? "Coder " + c.get().coder() + (c.get().category().isEmpty() ? "" : " · " + c.get().category())
                : "Coder " + (session.coder() == null ? "?" : session.coder()));
        ratingGroup.clearSelection();
        Integer r = has ? c.get().rating() : null;
        boolean rated = has && session.isRated(c.get());
        for (int i = 0; i < 5; i++) {
            ratings[i].setEnabled(rated);
            ratings[i].setSelected(r != null && r == i + 1);
        }
        if (!note.isFocusOwner()) {
            note.setText(has ? c.get().note() : "");
        }
        note.setEnabled(has);
        saveNote.setEnabled(has);
    }
}
