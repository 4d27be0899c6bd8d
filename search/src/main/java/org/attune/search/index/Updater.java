package org.attune.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.attune.core.eaf.Eaf;
import org.attune.core.profile.SchemeLookup;
import org.attune.search.event.Event;
import org.attune.search.event.SessionEvents;

/**
 * One update of a corpus index: compares the corpus folder with what the index holds, deletes the events of changed
 * and deleted files, indexes new and changed ones on a few threads, and commits once at the end (so a failed update
 * leaves the previous index as it was).
 */
final class Updater {
    private static final String NEXT_SID_KEY = "attune.nextSid";

    private final Directory directory;
    private final Path corpus;
    private final Path indexDir;
    private final SchemeLookup schemes;
    private final Map<String, SessionEntry> entries;
    private final boolean outdated;
    private final org.attune.search.event.CodesOn codesOn;

    Updater(Directory directory, Path corpus, Path indexDir, SchemeLookup schemes,
            org.attune.search.event.CodesOn codesOn, Map<String, SessionEntry> entries, boolean outdated) {
        this.codesOn = codesOn;
        this.directory = directory;
        this.corpus = corpus;
        this.indexDir = indexDir;
        this.schemes = schemes;
        this.entries = entries;
        this.outdated = outdated;
    }

    UpdateReport run(IndexProgress progress) throws IOException {
        long t0 = System.nanoTime();
        Map<String, CorpusFiles.FileState> files = CorpusFiles.scan(corpus, indexDir);
        CorpusFiles.Changes changes = CorpusFiles.compare(files, entries);
        List<CorpusFiles.FileState> todo = changes.todo();
        List<String> gone = changes.gone();
        int added = changes.added();
        int changed = changes.changed();
        int removed = changes.removed();
        progress.started(todo.size(), removed);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicLong events = new AtomicLong();
        if (outdated) {
            // a damaged index or one of another version: remove Lucene's files (and only those) and start afresh
            for (String name : directory.listAll()) {
                if (name.startsWith("segments") || name.startsWith("pending_segments") || name.startsWith("_")) {
                    directory.deleteFile(name);
                }
            }
        }
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(outdated ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(96)
                .setCommitOnClose(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            Map<String, String> data = outdated || writer.getLiveCommitData() == null ? Map.of()
                    : toMap(writer.getLiveCommitData());
            long nextSid = data.containsKey(NEXT_SID_KEY) ? Long.parseLong(data.get(NEXT_SID_KEY)) : 1;
            for (String p : gone) {
                long sid = entries.get(p).sid();
                writer.deleteDocuments(new Term(Fields.PATH, p));
                writer.deleteDocuments(LongPoint.newRangeQuery(Fields.KEY_POINT, Hits.key(sid, 0), Hits.key(sid, 0xFFFF_FFFFL)));
            }
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "attune-indexer");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> running = new ArrayList<>();
                for (var f : todo) {
                    long sid = nextSid++;
                    running.add(pool.submit(() -> {
                        index(writer, f, sid, failures, events, progress);
                        return null;
                    }));
                    if (running.size() >= threads * 4) {
                        await(running.remove(0));
                    }
                }
                for (Future<?> r : running) {
                    await(r);
                }
            } finally {
                pool.shutdownNow();
            }
            Map<String, String> commit = new HashMap<>();
            commit.put(CorpusIndex.FORMAT_KEY, CorpusIndex.FORMAT);
            commit.put(CorpusIndex.CODES_ON_KEY, CorpusIndex.codesSetting(codesOn));
            commit.put(NEXT_SID_KEY, Long.toString(nextSid));
            writer.setLiveCommitData(commit.entrySet());
            writer.commit();
        }
        List<String> sortedFailures = new ArrayList<>(failures);
        Collections.sort(sortedFailures);
        return new UpdateReport(added, changed, removed, files.size() - todo.size(), events.get(), sortedFailures,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private void index(IndexWriter writer, CorpusFiles.FileState f, long sid, List<String> failures, AtomicLong events,
                       IndexProgress progress) throws IOException {
        String failure = null;
        List<Document> docs = new ArrayList<>();
        try {
            SessionEvents s = SessionEvents.of(f.path(), Eaf.read(f.file()).document(), schemes, codesOn);
            int ord = 0;
            for (Event e : s.events()) {
                docs.add(Fields.event(sid, ord++, s.utterancesUpTo(e.start()), e));
            }
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
            docs.clear();
        }
        docs.add(Fields.session(f.path(), sid, f.size(), f.mtime(), docs.size(), failure));
        writer.addDocuments(docs);
        if (failure != null) {
            failures.add(failure);
            progress.failed(f.path(), failure);
        } else {
            events.addAndGet(docs.size() - 1L);
            progress.indexed(f.path(), docs.size() - 1);
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("indexing interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(c);
        }
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> data) {
        Map<String, String> m = new HashMap<>();
        data.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }
}
