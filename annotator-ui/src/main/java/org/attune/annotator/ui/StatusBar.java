package org.attune.annotator.ui;

import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.attune.annotator.session.CodingController;

/** The status line: what the last gesture did, and the file, coder and dirty state. */
public final class StatusBar extends JPanel {

    private final JLabel message = new JLabel(" ");
    private final JLabel state = new JLabel(" ");

    public StatusBar() {
        super(new BorderLayout());
        setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        message.setName("status");
        add(message, BorderLayout.CENTER);
        add(state, BorderLayout.EAST);
    }

    public void show(String text) {
        message.setText(text == null || text.isEmpty() ? " " : text);
    }

    public void show(CodingController.Outcome outcome) {
        show(outcome.message());
    }

    public void setState(String text) {
        state.setText(text);
    }

    public String message() {
        return message.getText();
    }
}
