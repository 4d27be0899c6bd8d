package org.attune.annotator.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.WindowConstants;
import org.attune.annotator.files.AppHome;
import org.attune.annotator.files.Autosave;
import org.attune.annotator.files.Recovery;
import org.attune.annotator.keys.ShortcutRegistry;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.session.CodingController;
import org.attune.annotator.session.SessionListener;
import org.attune.annotator.ui.inspector.InspectorPanel;
import org.attune.annotator.ui.palette.CodingPalette;
import org.attune.annotator.ui.search.SearchPanel;
import org.attune.annotator.ui.segments.SegmentSheetPanel;
import org.attune.annotator.ui.timeline.TimelineView;
import org.attune.annotator.ui.transcript.TranscriptPanel;

/**
 * The main window: puts the views of one session together and hands the commands to {@link Commands}. Holds
 * no behaviour of its own beyond layout and closing.
 */
public final class MainFrame extends JFrame {

    private final AnnotationSession session;
    private final AppHome home;
    private final CodingController coding;
    private final StatusBar status = new StatusBar();
    private final TimelineView timeline;
    private final TranscriptPanel transcript;
    private final CodingPalette palette;
    private final InspectorPanel inspector;
    private final SegmentSheetPanel segments;
    private final SearchPanel search;
    private final JTabbedPane side = new JTabbedPane();
    private final MediaController media;
    private final FileController files;
    private final Autosave autosave;
    private final Commands commands;

    public MainFrame(AnnotationSession session, AppHome home, ShortcutRegistry keys) {
        super("Attune");
        this.session = session;
        this.home = home;
        this.coding = new CodingController(session);
        Recovery recovery = new Recovery(home.recoveryFolder());
        this.timeline = new TimelineView(session, coding, ms -> media().seek(ms));
        this.media = new MediaController(session, timeline, status);
        this.transcript = new TranscriptPanel(session, coding, u -> media.seek(u.start()));
        this.commands = new Commands(this, keys);
        this.palette = new CodingPalette(keys, commands::code);
        this.inspector = new InspectorPanel(session, commands::rate, (id, n) -> status.show(coding.setNote(id, n)));
        this.segments = new SegmentSheetPanel(session);
        this.search = new SearchPanel(session, commands::jumpTo);
        this.files = new FileController(Prompts.dialogs(this), session, home, recovery, status, this::documentOpened);
        this.autosave = new Autosave(session, recovery, e -> java.awt.EventQueue.invokeLater(
                () -> status.show("Autosave failed: " + e.getMessage())));
        layoutViews();
        setJMenuBar(commands.install(getRootPane(), List.of(transcript.table(), timeline)));
        setTransferHandler(files.dropHandler());
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit();
            }
        });
        session.addListener(c -> {
            if (c != SessionListener.Change.SELECTION) {
                updateTitle();
            } else {
                timeline.revealSelection();
            }
        });
        documentOpened();
        autosave.start(Autosave.configuredPeriod());
    }

    private void layoutViews() {
        JScrollPane timelineScroll = new JScrollPane(timeline, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_ALWAYS);
        timelineScroll.getHorizontalScrollBar().setUnitIncrement(20);
        timelineScroll.setRowHeaderView(timeline.header());
        timelineScroll.setPreferredSize(new Dimension(1000, 200));
        JSplitPane codingSide = new JSplitPane(JSplitPane.VERTICAL_SPLIT, inspector, palette);
        codingSide.setResizeWeight(0.3);
        side.addTab("Coding", codingSide);
        side.addTab("Segments", segments);
        side.addTab("Search", search);
        side.setPreferredSize(new Dimension(380, 400));
        JSplitPane lower = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, transcript, side);
        lower.setResizeWeight(1.0);
        JSplitPane main = new JSplitPane(JSplitPane.VERTICAL_SPLIT, timelineScroll, lower);
        main.setResizeWeight(0.3);
        getContentPane().add(main, BorderLayout.CENTER);
        getContentPane().add(status, BorderLayout.SOUTH);
        setPreferredSize(new Dimension(1280, 800));
        pack();
    }

    /**
     * Holds the session's file for this window, asking when another annotator holds it (see
     * {@link FileController#claim}); false when the coder cancelled, and the window should close.
     */
    public boolean claimOpenFile() {
        boolean ok = files.claim(session.file().orElse(null));
        updateTitle();
        return ok;
    }

    private void documentOpened() {
        commands.schemeChanged(session.scheme());
        palette.show(session.scheme());
        media.loadForSession();
        updateTitle();
    }

    private void updateTitle() {
        String name = session.file().map(p -> p.getFileName().toString()).orElse("untitled");
        boolean ro = files != null && files.isReadOnly();
        setTitle((session.isDirty() ? "• " : "") + name + (ro ? " (read-only)" : "") + " — Attune");
        status.setState("Coder " + session.coder() + " · " + session.scheme().ref() + (ro ? " · read-only" : "")
                + (session.isBlind() ? " · blind" : "") + (session.isDirty() ? " · unsaved" : ""));
    }

    /** Asks about unsaved changes, then closes the window and stops its background work. */
    public void quit() {
        if (files.confirmDiscard("quit")) {
            autosave.close();
            files.close();
            media.close();
            search.useCorpus(null);
            dispose();
        }
    }

    // parts, for the command wiring and tests
    public AnnotationSession session() {
        return session;
    }

    public AppHome home() {
        return home;
    }

    public CodingController coding() {
        return coding;
    }

    public StatusBar status() {
        return status;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public TranscriptPanel transcript() {
        return transcript;
    }

    public InspectorPanel inspector() {
        return inspector;
    }

    public CodingPalette palette() {
        return palette;
    }

    public SearchPanel search() {
        return search;
    }

    public SegmentSheetPanel segments() {
        return segments;
    }

    public JTabbedPane sideTabs() {
        return side;
    }

    public MediaController media() {
        return media;
    }

    public FileController files() {
        return files;
    }

    public Autosave autosave() {
        return autosave;
    }
}
