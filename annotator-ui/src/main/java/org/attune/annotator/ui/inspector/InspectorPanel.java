package org.attune.annotator.ui.inspector;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Optional;
import java.util.function.BiConsumer;
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

/**
 * The inspector: the selected coding's code, span, coder, rating (1–5) and note, editable. A note edit belongs to
 * the coding it was started on: Ctrl+Enter, Save note or leaving the field save it to that coding (by id), even when
 * a click has meanwhile selected another one; the field then shows the newly selected coding's note.
 */
public final class InspectorPanel extends JPanel {

    private final AnnotationSession session;
    private final JLabel code = new JLabel("—");
    private final JLabel span = new JLabel(" ");
    private final JLabel coder = new JLabel(" ");
    private final JToggleButton[] ratings = new JToggleButton[5];
    private final ButtonGroup ratingGroup = new ButtonGroup();
    private final JTextArea note = new JTextArea(3, 20);
    private final JButton saveNote = new JButton("Save note");
    private final BiConsumer<String, String> onNote;
    /** The coding whose note the field is editing (null when none). */
    private String editing;
    /** The note key's own typed character is still to come (it arrives after the focus moved here). */
    private boolean swallowTyped;

    /** {@code onNote} gets the id of the coding a note was written for, and the note. */
    public InspectorPanel(AnnotationSession session, IntConsumer onRate, BiConsumer<String, String> onNote) {
        super(new GridBagLayout());
        this.session = session;
        this.onNote = onNote;
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
        saveNote.addActionListener(e -> commit(true));
        // the save-note key (edit.saveNote, Ctrl+Enter) is bound with every other key in Commands and calls
        // saveNote(); leaving the field saves the note too (when it changed)
        note.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                if (editing == null) {
                    editing = session.selectedCoding().map(Coding::annotationId).orElse(null);
                }
            }

            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                swallowTyped = false;
                commit(false);
                editing = null;
                refresh();
            }
        });
        note.addKeyListener(new java.awt.event.KeyAdapter() {
            @Override
            public void keyPressed(java.awt.event.KeyEvent e) {
                swallowTyped = false;  // a key pressed here: what it types is the coder's
            }

            @Override
            public void keyTyped(java.awt.event.KeyEvent e) {
                if (swallowTyped) {
                    swallowTyped = false;
                    e.consume();     // the note key was pressed in the transcript; its character is not the note's
                }
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

    /** Puts the focus in the note field (the note key), editing the selected coding's note. */
    public void editNote() {
        Optional<Coding> c = session.selectedCoding();
        if (c.isPresent()) {
            editing = c.get().annotationId();
            note.setText(c.get().note());
            swallowTyped = true;
            javax.swing.Timer t = new javax.swing.Timer(500, e -> swallowTyped = false);
            t.setRepeats(false);
            t.start();
            note.requestFocusInWindow();
            note.selectAll();
        }
    }

    /** The save-note command: saves the note being written, when the note field has the focus. */
    public void saveNote() {
        if (note.isFocusOwner()) {
            commit(true);
        }
    }

    /** Saves the field to the coding it is editing: always on request, else only when it changed. */
    private void commit(boolean requested) {
        String id = editing;
        if (id == null) {
            return;
        }
        String text = note.getText().strip();
        Optional<Coding> c = session.coding(id);
        if (requested || c.isPresent() && !c.get().note().equals(text)) {
            onNote.accept(id, text);
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
        String selected = has ? c.get().annotationId() : null;
        if (note.isFocusOwner() && editing != null && !editing.equals(selected)) {
            // another coding was selected while a note was being written: the note goes to its own coding
            String id = editing;
            String text = note.getText().strip();
            editing = selected;
            note.setText(has ? c.get().note() : "");
            java.awt.EventQueue.invokeLater(() -> session.coding(id).filter(x -> !x.note().equals(text))
                    .ifPresent(x -> onNote.accept(id, text)));
        } else if (!note.isFocusOwner()) {
            note.setText(has ? c.get().note() : "");
        }
        note.setEnabled(has);
        saveNote.setEnabled(has);
    }
}
