package org.attune.annotator.ui.search;

import java.awt.BorderLayout;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingWorker;
import org.attune.annotator.session.AnnotationSession;
import org.attune.core.analysis.segments.SegmentSheet;
import org.attune.core.model.AnnotationDocument;
import org.attune.search.event.Event;
import org.attune.search.event.Match;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.query.Query;
import org.attune.search.query.QuerySyntaxException;

/**
 * Search in the window: a query in Attune's query language ({@code docs/query-language.md}) over the open
 * document, run off the Event Dispatch Thread; the hits as a list; picking a hit jumps to its first event.
 */
public final class SearchPanel extends JPanel {

    private final AnnotationSession session;
    private final JTextField query = new JTextField();
    private final DefaultListModel<Hit> hits = new DefaultListModel<>();
    private final JList<Hit> list = new JList<>(hits);
    private final JLabel status = new JLabel(" ");

    /** A match as the list shows it. */
    public record Hit(Match match) {
        @Override
        public String toString() {
            Event first = match.events().get(0);
            return SegmentSheet.clock(first.start()) + "  " + match.events().stream().map(Hit::describe)
                    .collect(Collectors.joining("  →  "));
        }

        private static String describe(Event e) {
            if (e.isCoding()) {
                return e.code() + (e.rating() != null ? "·" + e.rating() : "") + " (" + e.coder() + ")";
            }
            if (e.isUtterance()) {
                String t = e.text();
                return e.speaker() + ": " + (t.length() > 60 ? t.substring(0, 57) + "…" : t);
            }
            return e.tier() + ": " + e.value();
        }
    }

    /** @param onPick called on the Event Dispatch Thread with the first event of a picked hit */
    public SearchPanel(AnnotationSession session, Consumer<Event> onPick) {
        super(new BorderLayout(0, 4));
        this.session = session;
        setName("search");
        query.setName("query");
        query.putClientProperty("JTextField.placeholderText", "e.g.  confrontation -> R4 within 60s");
        query.addActionListener(e -> run());
        list.setName("hits");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addListSelectionListener(e -> {
            Hit h = list.getSelectedValue();
            if (!e.getValueIsAdjusting() && h != null) {
                onPick.accept(h.match().events().get(0));
            }
        });
        add(query, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
    }

    public JTextField queryField() {
        return query;
    }

    public JList<Hit> hitList() {
        return list;
    }

    public JLabel statusLabel() {
        return status;
    }

    /** Runs the query in the field over the open document, in the background. */
    public SwingWorker<List<Match>, Void> run() {
        String text = query.getText();
        AnnotationDocument doc = session.document();
        String name = session.file().map(p -> p.getFileName().toString()).orElse("untitled");
        status.setText("Searching…");
        SwingWorker<List<Match>, Void> worker = new SwingWorker<>() {
            @Override
            protected List<Match> doInBackground() {
                Query q = Query.parse(text);
                return ReferenceEvaluator.evaluate(q, SessionEvents.of(name, doc, session.schemes()::find));
            }

            @Override
            protected void done() {
                hits.clear();
                try {
                    List<Match> found = get();
                    found.forEach(m -> hits.addElement(new Hit(m)));
                    status.setText(found.size() + (found.size() == 1 ? " match" : " matches"));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    status.setText(cause instanceof QuerySyntaxException ? cause.getMessage()
                            : "Search failed: " + cause.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }
}
