package org.attune.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.SleepingLockWrapper;
import org.attune.core.profile.SchemeLookup;
import org.attune.search.event.Event;
import org.attune.search.event.GroupKey;
import org.attune.search.event.Match;
import org.attune.search.event.QueryPlan;
import org.attune.search.query.Query;

/**
 * A Lucene index of every event of every {@code .eaf} file below a corpus folder, and the exact evaluation of
 * queries over it. Each element of a query is answered from the postings (with its start, end and utterance count
 * from doc values), and the matches are then joined per session exactly as the language defines them; the
 * differential tests hold this to the {@link org.attune.search.event.ReferenceEvaluator}.
 *
 * <p>{@link #update} is incremental: only new, changed (size or modification time) and deleted files are touched;
 * a file that cannot be read is reported and skipped. Use one instance per index; searches may run from any thread
 * once an update is done.
 *
 * <p>Several programs may open the same index. One at a time updates it (the others wait, for a bounded time, and
 * then do only what is still to do); searches never wait: they see the last completed update, and
 * {@link #staleFiles()} says how far it is behind the folder.
 */
public final class CorpusIndex implements Closeable {
    /** The index folder inside a corpus unless another is chosen. */
    public static final String DEFAULT_FOLDER = ".attune-index";
    static final String FORMAT = "attune-index-2";
    static final String FORMAT_KEY = "attune.format";
    /** The commit user data holding the {@code --codes-on} setting the index was built with ("" for none). */
    static final String CODES_ON_KEY = "attune.codesOn";
    /** How long {@link #update(IndexProgress)} waits for another program that is updating the same index. */
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(10);
    /** Held by the program updating the index (Lucene's own write lock is taken inside it). */
    static final String UPDATE_LOCK = "attune-update.lock";
    private static final long LOCK_POLL_MS = 200;


    /**
     * The default for {@link #open(Path, Path, SchemeLookup)}: daemon threads, at most 4, made on first use and shared
     * by the indexes opened without an executor of their own.
     */
    private static final class DefaultSearchThreads {
        static final java.util.concurrent.Executor POOL = Executors.newFixedThreadPool(
                Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4)), r -> {
                    Thread t = new Thread(r, "attune-search");
                    t.setDaemon(true);
                    return t;
                });
    }

    private final Path corpus;
    private final Path indexDir;
    private final SchemeLookup schemes;
    private final Directory directory;
    /** Searches slices of the index in parallel; null: on the calling thread. */
    private final java.util.concurrent.Executor searchThreads;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private Map<Long, String> paths = Map.of();
    private Map<String, SessionEntry> entries = Map.of();
    private boolean outdated;
    private final org.attune.search.event.CodesOn codesOn;
    /** Why the next update rebuilds the index from scratch, or null. */
    private String rebuildReason;

    private CorpusIndex(Path corpus, Path indexDir, SchemeLookup schemes, java.util.concurrent.Executor searchThreads,
                        org.attune.search.event.CodesOn codesOn) throws IOException {
        this.searchThreads = searchThreads;
        this.codesOn = codesOn;
        this.corpus = corpus.toAbsolutePath().normalize();
        this.indexDir = indexDir.toAbsolutePath().normalize();
        this.schemes = Objects.requireNonNull(schemes, "schemes");
        if (Files.exists(this.indexDir) && !Files.isDirectory(this.indexDir)) {
            throw new IOException(this.indexDir + ": not a folder; the index needs a folder of its own");
        }
        org.attune.core.io.PrivateFiles.createFolders(this.indexDir);
        this.directory = FSDirectory.open(this.indexDir);
        refresh();
    }

    /**
     * Opens (or prepares) the index of a corpus; nothing is indexed until {@link #update}.
     *
     * @param corpus   the corpus folder
     * @param indexDir where the index lives (null: {@code corpus/.attune-index})
     * @param schemes  how coding tiers' schemes are found (e.g. {@code SchemeRegistry.builtIn()::find})
     * @return the index (close it after use)
     * @throws IOException if the index folder cannot be created or read
     */
    public static CorpusIndex open(Path corpus, Path indexDir, SchemeLookup schemes) throws IOException {
        return open(corpus, indexDir, schemes, DefaultSearchThreads.POOL);
    }

    /**
     * Opens (or prepares) the index of a corpus, searching with the caller's threads: an application that runs
     * many indexes, or has a pool of its own, passes it here; the index never shuts it down.
     *
     * @param corpus        the corpus folder
     * @param indexDir      where the index lives (null: {@code corpus/.attune-index})
     * @param schemes       how coding tiers' schemes are found
     * @param searchThreads runs the searches of the index's slices in parallel; null: each search runs on the
     *                      thread that calls it
     * @return the index, open until {@link #close()}
     * @throws IOException if the corpus is not a folder or the index folder cannot be made or opened
     */
    public static CorpusIndex open(Path corpus, Path indexDir, SchemeLookup schemes,
                                   java.util.concurrent.Executor searchThreads) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new java.nio.file.NoSuchFileException(corpus.toString(), null, "not a folder");
        }
        return open(corpus, indexDir, schemes, searchThreads, null);
    }

    /**
     * Opens (or prepares) the index of a corpus whose plain tiers named by {@code codesOn} hold codes
     * ({@code attune query --codes-on}). The index records the setting it was built with; an index built with
     * another setting (or none) is not searched: {@link #rebuildReason()} says why, and the next {@link #update}
     * rebuilds it from scratch with this one, as it rebuilds an index of another version.
     *
     * @param corpus        the corpus folder
     * @param indexDir      where the index lives (null: {@code corpus/.attune-index})
     * @param schemes       how coding tiers' schemes are found (and {@code codesOn}'s scheme)
     * @param searchThreads runs the searches of the index's slices in parallel; null: each search runs on the
     *                      thread that calls it
     * @param codesOn       which plain tiers hold codes (null: none)
     * @return the index, open until {@link #close()}
     * @throws IOException if the corpus is not a folder or the index folder cannot be made or opened
     */
    public static CorpusIndex open(Path corpus, Path indexDir, SchemeLookup schemes,
                                   java.util.concurrent.Executor searchThreads,
                                   org.attune.search.event.CodesOn codesOn) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new java.nio.file.NoSuchFileException(corpus.toString(), null, "not a folder");
        }
        return new CorpusIndex(corpus, indexDir == null ? corpus.resolve(DEFAULT_FOLDER) : indexDir, schemes,
                searchThreads, codesOn);
    }

    /**
     * The threads the indexes opened without an executor of their own search with: daemon threads, at most 4,
     * made on first use; pass them to {@link #open(Path, Path, SchemeLookup, java.util.concurrent.Executor,
     * org.attune.search.event.CodesOn)} for the default.
     *
     * @return the shared search threads
     */
    public static java.util.concurrent.Executor defaultSearchThreads() {
        return DefaultSearchThreads.POOL;
    }

    /**
     * Why the index as it is on disk cannot answer for this setting and the next {@link #update} rebuilds it from
     * scratch: it was built with another {@code --codes-on} setting.
     *
     * @return the reason, e.g. "it was built with --codes-on Ruptures=3rs", or empty when the index can be updated
     *         in place
     */
    public java.util.Optional<String> rebuildReason() {
        return java.util.Optional.ofNullable(rebuildReason);
    }

    /**
     * The corpus folder.
     *
     * @return the corpus folder
     */
    public Path corpus() {
        return corpus;
    }

    /**
     * The index folder.
     *
     * @return the index folder
     */
    public Path folder() {
        return indexDir;
    }

    /**
     * How many files are new, changed or gone since the last update (0: the index is current).
     *
     * @return the number of stale files
     * @throws IOException if the corpus folder or the index cannot be read
     */
    public int staleFiles() throws IOException {
        int stale = CorpusFiles.compare(CorpusFiles.scan(corpus, indexDir), entries).count();
        return stale + (reader == null ? 1 : 0);
    }

    /**
     * Whether the corpus folder holds at least one {@code .eaf} file (outside the index folder and hidden folders).
     *
     * @param indexDir the index folder (null: {@code corpus/.attune-index})
     * @param corpus the corpus folder
     * @return whether the corpus folder holds at least one {@code .eaf} file (outside the index folder and hidden folders)
     * @throws IOException if reading or writing a file fails
     */
    public static boolean hasSessionFiles(Path corpus, Path indexDir) throws IOException {
        Path c = corpus.toAbsolutePath().normalize();
        Path i = (indexDir == null ? c.resolve(DEFAULT_FOLDER) : indexDir).toAbsolutePath().normalize();
        return !CorpusFiles.scan(c, i).isEmpty();
    }

    /**
     * Whether an update has completed, so that there is something to search (perhaps behind the folder).
     *
     * @return whether an update has completed, so that there is something to search (perhaps behind the folder)
     */
    public boolean isSearchable() {
        return searcher != null;
    }

    /**
     * Brings the index up to date, waiting up to {@link #DEFAULT_WAIT} for another program updating it.
     *
     * @param progress receives progress reports
     * @return what the update did
     * @throws IOException if the corpus or the index cannot be read, or the index cannot be written
     */
    public UpdateReport update(IndexProgress progress) throws IOException {
        return update(progress, DEFAULT_WAIT);
    }

    /**
     * Brings the index up to date with the corpus folder. If another program is updating it, this waits up to
     * {@code wait} for it to finish (telling {@code progress}) and then does only what is still to do.
     *
     * @throws IndexBusyException the other program did not finish within {@code wait} (zero: do not wait); the
     *                            index is as the other left it, and can be searched
     * @param progress receives progress reports
     * @param wait how long to wait for another program (zero: do not wait)
     * @return what the update did
     */
    public synchronized UpdateReport update(IndexProgress progress, Duration wait) throws IOException {
        try (Lock lock = lockForUpdate(wait, progress)) {
            // what the index holds now, which another program may have changed since this one opened it
            refresh();
            org.attune.core.io.PrivateFiles.restrict(indexDir.resolve(UPDATE_LOCK));
            UpdateReport report = new Updater(directory, corpus, indexDir, schemes, codesOn, entries, outdated)
                    .run(progress);
            // Lucene's own write lock, left in the (user-only) folder after the writer closed
            org.attune.core.io.PrivateFiles.restrict(indexDir.resolve("write.lock"));
            refresh();
            return report;
        }
    }

    private Lock lockForUpdate(Duration wait, IndexProgress progress) throws IOException {
        try {
            return directory.obtainLock(UPDATE_LOCK);
        } catch (LockObtainFailedException busy) {
            if (wait.isNegative() || wait.isZero()) {
                throw new IndexBusyException(indexDir, Duration.ZERO);
            }
        }
        progress.waiting(wait);
        try {
            // not closed: closing the wrapper would close the index's directory
            @SuppressWarnings("resource")
            SleepingLockWrapper patient = new SleepingLockWrapper(directory, wait.toMillis(), LOCK_POLL_MS);
            return patient.obtainLock(UPDATE_LOCK);
        } catch (LockObtainFailedException stillBusy) {
            throw new IndexBusyException(indexDir, wait);
        }
    }


    static String codesSetting(org.attune.search.event.CodesOn codesOn) {
        return codesOn == null ? "" : codesOn.setting();
    }

    private void refresh() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        DirectoryReader fresh;
        try {
            fresh = DirectoryReader.open(directory);
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                 | org.apache.lucene.index.IndexFormatTooNewException e) {
            // the index is derived data: a damaged or foreign one is rebuilt by the next update
            outdated = true;
            return;
        }
        String format = fresh.getIndexCommit().getUserData().get(FORMAT_KEY);
        if (!FORMAT.equals(format)) {
            // an index of another version (or not Attune's): the next update rebuilds it from scratch
            fresh.close();
            outdated = true;
            return;
        }
        String built = fresh.getIndexCommit().getUserData().getOrDefault(CODES_ON_KEY, "");
        String wanted = codesSetting(codesOn);
        if (!built.equals(wanted)) {
            // built for another --codes-on: its events differ, so it is rebuilt rather than searched
            fresh.close();
            outdated = true;
            rebuildReason = built.isEmpty() ? "it was built without --codes-on"
                    : "it was built with --codes-on " + built;
            return;
        }
        rebuildReason = null;
        outdated = false;
        if (reader != null) {
            reader.close();
        }
        reader = fresh;
        searcher = new IndexSearcher(reader, searchThreads);
        searcher.setQueryCache(null);
        Map<Long, String> p = new HashMap<>();
        Map<String, SessionEntry> e = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (int doc : documents(new TermQuery(new Term(Fields.KIND, Fields.KIND_SESSION)))) {
            Document d = stored.document(doc);
            SessionEntry entry = new SessionEntry(d.get(Fields.PATH), num(d, Fields.SESSION_SID), num(d, Fields.SIZE),
                    num(d, Fields.MTIME), (int) num(d, Fields.EVENTS), d.get(Fields.FAILURE));
            e.put(entry.path(), entry);
            p.put(entry.sid(), entry.path());
        }
        paths = p;
        entries = e;
    }

    /** The ids of every document matching a query, in order, however many. */
    private int[] documents(org.apache.lucene.search.Query q) throws IOException {
        List<int[]> found = searcher.search(q, new CollectorManager<SimpleCollector, List<int[]>>() {
            private final List<org.apache.lucene.util.IntsRefBuilder> parts = new ArrayList<>();

            @Override
            public synchronized SimpleCollector newCollector() {
                org.apache.lucene.util.IntsRefBuilder ids = new org.apache.lucene.util.IntsRefBuilder();
                parts.add(ids);
                return new SimpleCollector() {
                    private int docBase;

                    @Override
                    protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
                        docBase = context.docBase;
                    }

                    @Override
                    public void collect(int doc) {
                        ids.append(docBase + doc);
                    }

                    @Override
                    public org.apache.lucene.search.ScoreMode scoreMode() {
                        return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public List<int[]> reduce(java.util.Collection<SimpleCollector> collectors) {
                return parts.stream().map(b -> java.util.Arrays.copyOf(b.ints(), b.length())).toList();
            }
        });
        return found.stream().flatMapToInt(java.util.Arrays::stream).sorted().toArray();
    }

    private static long num(Document d, String field) {
        return d.getField(field).numericValue().longValue();
    }

    /** What the last completed update recorded of each file (for tests in this package). */
    Map<String, SessionEntry> entries() {
        return entries;
    }

    /**
     * The sessions in the index (files read without error), sorted.
     *
     * @return the sessions in the index (files read without error), sorted
     */
    public List<String> sessions() {
        return entries.values().stream().filter(e -> e.failure() == null).map(SessionEntry::path).sorted().toList();
    }

    /**
     * Files that could not be read at their last indexing, as {@code file:line:column: message}.
     *
     * @return the failures, one line each
     */
    public List<String> failures() {
        return entries.values().stream().filter(e -> e.failure() != null).map(SessionEntry::failure).sorted().toList();
    }

    /**
     * The number of events in the index.
     *
     * @return the number of events in the index
     */
    public long eventCount() {
        return entries.values().stream().mapToLong(SessionEntry::events).sum();
    }

    /**
     * Every match of the query, ordered by session path and then by each element's position.
     *
     * @param query the query
     * @return the matches
     * @throws IOException if the index cannot be read
     */
    public List<Match> search(Query query) throws IOException {
        List<String> sessions = new ArrayList<>();
        List<int[]> tuples = new ArrayList<>();
        run(query, (path, hits, idx) -> {
            int[] docs = new int[idx.length];
            for (int i = 0; i < idx.length; i++) {
                docs[i] = hits[i].doc[idx[i]];
            }
            sessions.add(path);
            tuples.add(docs);
        });
        int total = 0;
        for (int[] t : tuples) {
            total += t.length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] t : tuples) {
            System.arraycopy(t, 0, all, at, t.length);
            at += t.length;
        }
        Payloads.Loaded events = Payloads.events(reader, all);
        List<Match> out = new ArrayList<>(tuples.size());
        for (int t = 0; t < tuples.size(); t++) {
            List<Event> list = new ArrayList<>(tuples.get(t).length);
            for (int doc : tuples.get(t)) {
                list.add(events.get(doc));
            }
            out.add(new Match(sessions.get(t), list));
        }
        return out;
    }

    /**
     * The number of matches.
     *
     * @param query the query
     * @return the number of matches
     * @throws IOException if reading or writing a file fails
     */
    public long count(Query query) throws IOException {
        long[] n = {0};
        run(query, (path, hits, idx) -> n[0]++);
        return n[0];
    }

    /**
     * The number of matches per session, for sessions with at least one, ordered by path.
     *
     * @param query the query
     * @return the number of matches per session, for sessions with at least one, ordered by path
     * @throws IOException if reading or writing a file fails
     */
    public Map<String, Long> countBySession(Query query) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        run(query, (path, hits, idx) -> out.merge(path, 1L, Long::sum));
        return out;
    }

    /**
     * The number of matches per key of the match's first element, sorted by key; only the first elements' events are
     * read back (none for {@link GroupKey#session}).
     *
     * @param query the query
     * @param key what to group by
     * @return the number of matches per key, for keys with at least one, sorted by key
     * @throws IOException if the index cannot be read
     */
    public Map<String, Long> countBy(Query query, GroupKey key) throws IOException {
        if (key == GroupKey.session) {
            return new java.util.TreeMap<>(countBySession(query));
        }
        int[][] firsts = {new int[64]};
        int[] n = {0};
        run(query, (path, hits, idx) -> {
            if (n[0] == firsts[0].length) {
                firsts[0] = java.util.Arrays.copyOf(firsts[0], n[0] * 2);
            }
            firsts[0][n[0]++] = hits[0].doc[idx[0]];
        });
        int[] docs = java.util.Arrays.copyOf(firsts[0], n[0]);
        Payloads.Loaded events = Payloads.events(reader, docs);
        Map<String, Long> out = new java.util.TreeMap<>();
        for (int doc : docs) {
            out.merge(key.of(events.get(doc)), 1L, Long::sum);
        }
        return out;
    }

    /**
     * Each session's length as the index knows it: the latest end of any of its events (annotations with a time
     * span), from the stored times alone, in one pass over the index; sessions with no events are left out.
     *
     * @return the latest end of any event, ms, per session (corpus-relative path), sorted by path
     * @throws IOException if the index cannot be read
     */
    public Map<String, Long> sessionLengths() throws IOException {
        IndexSearcher s = requireSearcher();
        org.apache.lucene.search.Query all = LongPoint.newRangeQuery(Fields.KEY_POINT, Long.MIN_VALUE, Long.MAX_VALUE);
        Hits hits = Hits.collect(s, List.of(new ElementQueries.Branch(all, List.of(), List.of())));
        Map<String, Long> out = new TreeMap<>();
        long sid = -1;
        long end = 0;
        for (int k = 0; k <= hits.size; k++) {
            long next = k < hits.size ? Hits.sidOf(hits.key[k]) : -2;
            if (next != sid) {
                String path = sid < 0 ? null : paths.get(sid);
                if (path != null) {
                    out.put(path, end);
                }
                sid = next;
                end = 0;
            }
            if (k < hits.size) {
                end = Math.max(end, hits.end[k]);
            }
        }
        return out;
    }

    /**
     * The utterances of a session that end at or after {@code from} and start at or before {@code to}, by start.
     *
     * @param session the session
     * @param from the first
     * @param to the last
     * @return the utterances of a session that end at or after {@code from} and start at or before {@code to}, by start
     * @throws IOException if reading or writing a file fails
     */
    public List<Event> utterances(String session, long from, long to) throws IOException {
        IndexSearcher s = requireSearcher();
        SessionEntry entry = entries.get(session);
        if (entry == null) {
            return List.of();
        }
        // the session's key range alone (a few hundred documents) is cheaper than intersecting it with all utterances
        Hits hits = sessionHits(s, entry);
        List<Integer> docs = new ArrayList<>();
        for (int k = 0; k < hits.size; k++) {
            if (hits.start[k] <= to && hits.end[k] >= from) {
                docs.add(hits.doc[k]);
            }
        }
        Payloads.Loaded events = Payloads.events(reader, docs.stream().mapToInt(Integer::intValue).toArray());
        return docs.stream().map(events::get).filter(Event::isUtterance).toList();
    }

    /** Every event of a session: its key range. */
    private static Hits sessionHits(IndexSearcher s, SessionEntry entry) throws IOException {
        org.apache.lucene.search.Query q = LongPoint.newRangeQuery(Fields.KEY_POINT, Hits.key(entry.sid(), 0),
                Hits.key(entry.sid(), 0xFFFF_FFFFL));
        return Hits.collect(s, List.of(new ElementQueries.Branch(q, List.of(), List.of())));
    }

    private interface MatchSink {
        void match(String session, Hits[] hits, int[] index);
    }

    private void run(Query query, MatchSink sink) throws IOException {
        IndexSearcher s = requireSearcher();
        QueryPlan plan = QueryPlan.of(query);
        Hits[] hits = new Hits[plan.size()];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = Hits.collect(s, ElementQueries.compile(plan.elements().get(i), reader));
            if (hits[i].size == 0) {
                return;
            }
        }
        Hits absent = plan.negated() == null ? null : Hits.collect(s, ElementQueries.compile(plan.negated(), reader));
        TreeMap<String, Long> sessions = new TreeMap<>();
        Hits first = hits[0];
        long previous = -1;
        for (int k = 0; k < first.size; k++) {
            long sid = Hits.sidOf(first.key[k]);
            if (sid != previous) {
                previous = sid;
                String path = paths.get(sid);
                if (path != null) {
                    sessions.put(path, sid);
                }
            }
        }
        Joiner joiner = new Joiner(plan, hits, absent);
        for (var e : sessions.entrySet()) {
            String path = e.getKey();
            joiner.session(e.getValue(), (sid, idx) -> sink.match(path, hits, idx));
        }
    }

    private IndexSearcher requireSearcher() throws IOException {
        if (searcher == null) {
            throw new IOException(indexDir + ": no index yet (run 'attune index " + corpus + "')");
        }
        return searcher;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
    }
}
