package org.attune.annotator.ui.search;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFileChooser;
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
import org.attune.search.index.CorpusIndex;
import org.attune.search.index.IndexProgress;
import org.attune.search.query.Query;
import org.attune.search.query.QuerySyntaxException;

/**
 * Search in the window: a query in Attune's query language ({@code docs/query-language.md}) over the open
 * document, or over a corpus folder once one is chosen (its Lucene index, brought up to date first); run off the
 * Event Dispatch Thread. Picking a hit reports its file (null: the open document) and first event.
 */
public final class SearchPanel extends JPanel {

    private final AnnotationSession session;
    private final JTextField query = new JTextField();
    private final DefaultListModel<Hit> hits = new DefaultListModel<>();
    private final JList<Hit> list = new JList<>(hits);
    private final JLabel status = new JLabel(" ");
    private final JLabel scope = new JLabel("This session");
    private CorpusIndex corpus;

    /** A match as the list shows it; {@code file} is null for a match in the open document. */
    public record Hit(Path file, Match match) {
        @Override
        public String toString() {
            Event first = match.events().get(0);
            return (file == null ? "" : match.session() + "  ") + SegmentSheet.clock(first.start()) + "  "
                    + match.events().stream().map(Hit::describe).collect(Collectors.joining("  →  "));
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

    /** @param onPick called on the Event Dispatch Thread with a picked hit's file (or null) and first event */
    public SearchPanel(AnnotationSession session, BiConsumer<Path, Event> onPick) {
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
                onPick.accept(h.file(), h.match().events().get(0));
            }
        });
        JButton chooseCorpus = new JButton("Corpus…");
        chooseCorpus.setToolTipText("Search every .eaf file below a folder (indexed in FOLDER/.attune-index)");
        chooseCorpus.addActionListener(e -> chooseCorpus());
        JButton thisSession = new JButton("This session");
        thisSession.addActionListener(e -> useCorpus(null));
        JPanel scopeRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        scopeRow.add(new JLabel("In:"));
        scopeRow.add(scope);
        scopeRow.add(chooseCorpus);
        scopeRow.add(thisSession);
        JPanel top = new JPanel(new BorderLayout(0, 4));
        top.add(query, BorderLayout.NORTH);
        top.add(scopeRow, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
    }

    public JTextField queryField() {
        return query;
    }

    public JList<Hit> hitList() {
        return list;
    }

    /** The corpus folder searched, or empty when the open document is. */
    public java.util.Optional<Path> corpusFolder() {
        return java.util.Optional.ofNullable(corpus).map(CorpusIndex::corpus);
    }

    public JLabel statusLabel() {
        return status;
    }

    private void chooseCorpus() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            useCorpus(chooser.getSelectedFile().toPath());
        }
    }

    /** Searches a corpus folder from now on (null: the open document). The index is opened in the background. */
    public SwingWorker<CorpusIndex, Void> useCorpus(Path folder) {
        CorpusIndex old = corpus;
        corpus = null;
        scope.setText("This session");
        SwingWorker<CorpusIndex, Void> worker = new SwingWorker<>() {
            @Override
            protected CorpusIndex doInBackground() throws IOException {
                if (old != null) {
                    old.close();
                }
                return folder == null ? null : CorpusIndex.open(folder, null, session.schemes()::find);
            }

            @Override
            protected void done() {
                try {
                    corpus = get();
                    scope.setText(corpus == null ? "This session" : corpus.corpus().getFileName() + " (corpus)");
                } catch (ExecutionException e) {
                    status.setText("Corpus not opened: " + e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        worker.execute();
        return worker;
    }

    /** Runs the query in the field, in the background. */
    public SwingWorker<List<Hit>, Void> run() {
        String text = query.getText();
        AnnotationDocument doc = session.document();
        String name = session.file().map(p -> p.getFileName().toString()).orElse("untitled");
        CorpusIndex index = corpus;
        status.setText(index == null ? "Searching…" : "Updating the index and searching…");
        SwingWorker<List<Hit>, Void> worker = new SwingWorker<>() {
            @Override
            protected List<Hit> doInBackground() throws IOException {
                Query q = Query.parse(text);
                if (index == null) {
                    return ReferenceEvaluator.evaluate(q, SessionEvents.of(name, doc, session.schemes()::find))
                            .stream().map(m -> new Hit(null, m)).toList();
                }
                index.update(IndexProgress.none());
                return index.search(q).stream().map(m -> new Hit(index.corpus().resolve(m.session()), m)).toList();
            }

            @Override
            protected void done() {
                hits.clear();
                try {
                    List<Hit> found = get();
                    found.forEach(hits::addElement);
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
