package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attune.core.eaf.Eaf;
import org.attune.search.event.Event;
import org.attune.search.event.GroupKey;
import org.attune.search.event.Match;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.index.CorpusIndex;
import org.attune.search.index.IndexBusyException;
import org.attune.search.index.UpdateReport;
import org.attune.search.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune query CORPUS_DIR|FILE.eaf 'QUERY'}: every match of a query. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Find every match of a query in a corpus folder (indexed first if the index is missing or "
                + "stale) or in one .eaf file.",
            "The query language is described in docs/query-language.md. Examples:",
            "  attune query corpus 'confrontation -> R1 within 60s'",
            "  attune query corpus 'withdrawal in [role=patient]' --count",
            "  attune query corpus 'withdrawal !-> resolution within 5m' --format csv",
            "  attune query corpus 'rupture' --group-by session",
            "  attune query session.eaf 'confrontation -> resolution within 60s' --store Hits",
            "  attune query session.eaf 'confrontation' --codes-on Ruptures   (codes typed in ELAN)", ""})
final class QueryCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    SchemeOptions schemes;

    @Parameters(index = "0", paramLabel = "CORPUS_DIR|FILE", description = "A corpus folder or one .eaf file.")
    Path target;

    @Parameters(index = "1", paramLabel = "QUERY", description = "The query.")
    String queryText;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (matches in context, the default), csv or json.")
    Format format;

    @Option(names = "--count", description = "Print only the number of matches.")
    boolean count;

    @Option(names = "--by-session", description = "Print the number of matches per session.")
    boolean bySession;

    @Mixin
    CodesOnOption codesOn;

    @Option(names = "--group-by", paramLabel = "KEY",
            description = "Print the number of matches per KEY of each match's first element, sorted by KEY: "
                    + "session, tier, value, speaker, code or coder. An element without that key (the speaker of a "
                    + "coding, the code of an utterance) counts under " + GroupKey.NONE + ". CSV header: KEY,matches "
                    + "(e.g. tier,matches). By session, the table and JSON also give each session's length (the "
                    + "latest end of any of its annotations) and its matches per hour.")
    GroupKey groupBy;

    @Option(names = "--store", paramLabel = "TIER",
            description = "Write the matches into the .eaf file as a new time-aligned tier TIER (each hit spans the "
                    + "match's first element and is labelled as ELAN's Attune query recognizer labels it; hits that "
                    + "overlap go to TIER_2, TIER_3 ...). The file is replaced atomically and the old one kept as "
                    + "NAME.eaf.bak. An existing tier TIER is replaced only with --force, and never a speech or coding "
                    + "tier; on a corpus folder, --force is needed too (then every session of the corpus gets the "
                    + "tier).")
    String store;

    @Option(names = "--force", description = "With --store: replace an existing tier of that name, and allow a "
            + "corpus folder (every session gets the tier).")
    boolean force;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The corpus index (default: CORPUS_DIR/" + CorpusIndex.DEFAULT_FOLDER + ").")
    Path indexDir;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "When the corpus has no completed index yet and another program is building it: how long "
                    + "to wait for it (default: 10m). With a completed index, the query never waits: it answers "
                    + "from the last completed index while another program updates it.")
    long waitMs;

    @Override
    public Integer call() throws IOException {
        requireCompatibleOptions();
        Query query = Query.parse(queryText);
        org.attune.search.event.CodesOn codes = codesOn.resolve(spec, schemes.registry());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (store != null) {
            return store(query, out, err);
        }
        if (Files.isDirectory(target)) {
            Indexing.requireSessionFiles(target, indexDir);
            try (CorpusIndex index = CorpusIndex.open(target, indexDir, schemes.registry()::find,
                    CorpusIndex.defaultSearchThreads(), codes)) {
                index.rebuildReason().ifPresent(why -> err.println("attune: rebuilding the index " + index.folder()
                        + ": " + why + (codes == null ? "" : ", this query reads codes on " + codes.setting())));
                bringUpToDate(index, err);
                if (groupBy != null) {
                    Map<String, Long> lengths = groupBy == GroupKey.session ? index.sessionLengths() : Map.of();
                    GroupOutput.print(query, groupBy, index.countBy(query, groupBy),
                            session -> lengths.getOrDefault(session, 0L), format, out);
                    out.flush();
                    return 0;
                }
                print(query, new QueryOutput.Source() {
                    @Override
                    public List<Match> matches() throws IOException {
                        return index.search(query);
                    }

                    @Override
                    public long count() throws IOException {
                        return index.count(query);
                    }

                    @Override
                    public Map<String, Long> bySession() throws IOException {
                        return index.countBySession(query);
                    }

                    @Override
                    public List<org.attune.search.event.Event> utterances(String session, long from, long to)
                            throws IOException {
                        return index.utterances(session, from, to);
                    }
                }, out);
            }
        } else {
            SessionEvents session = SessionEvents.of(target.getFileName().toString(), Eaf.read(target).document(),
                    schemes.registry()::find, codes);
            List<Match> matches = ReferenceEvaluator.evaluate(query, session);
            if (groupBy != null) {
                long length = session.events().stream().mapToLong(Event::end).max().orElse(0);
                GroupOutput.print(query, groupBy, groupBy.count(matches), name -> length, format, out);
            } else {
                print(query, QueryOutput.Source.of(matches, session), out);
            }
        }
        out.flush();
        return 0;
    }

    private void requireCompatibleOptions() {
        String clash = null;
        if (store != null && (groupBy != null || count || bySession)) {
            clash = "--store writes the hits into the file and prints a summary: it does not go with "
                    + (groupBy != null ? "--group-by" : count ? "--count" : "--by-session");
        } else if (groupBy != null && (count || bySession)) {
            clash = "--group-by does not go with " + (count ? "--count" : "--by-session")
                    + " (--group-by session counts per session)";
        } else if (force && store == null) {
            clash = "--force goes with --store";
        } else if (store != null && store.isBlank()) {
            clash = "--store needs a tier name";
        }
        if (clash != null) {
            throw new ParameterException(spec.commandLine(), clash);
        }
    }

    /** {@code --store TIER}: the hits written into the file, or with --force into every session of the folder. */
    private int store(Query query, PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.isDirectory(target)) {
            if (!Files.exists(target)) {
                throw new java.nio.file.NoSuchFileException(target.toString());
            }
            HitTiers.Stored s = HitTiers.store(target, target.getFileName().toString(), query, store, force,
                    schemes.registry());
            out.printf("stored %d match(es) of %s in %s as tier %s%n", s.matches(), query.print(), target,
                    String.join(", ", s.tiers()));
            out.flush();
            return 0;
        }
        if (!force) {
            throw new Failures.UserError(target + " is a folder: --store writes into every session file of it "
                    + "only with --force");
        }
        Indexing.requireSessionFiles(target, indexDir);
        List<String> sessions;
        try (CorpusIndex index = CorpusIndex.open(target, indexDir, schemes.registry()::find)) {
            bringUpToDate(index, err);
            sessions = index.sessions();
            for (String failure : index.failures()) {
                err.println("attune: skipped (cannot be read): " + failure);
            }
        }
        long total = 0;
        int refused = 0;
        for (String session : sessions) {
            HitTiers.Stored s;
            try {
                s = HitTiers.store(target.resolve(session), session, query, store, true, schemes.registry());
            } catch (Failures.UserError | IOException e) {
                // one session that cannot take the tier does not stop the others
                Failures.report(e, err);
                refused++;
                continue;
            }
            total += s.matches();
            out.printf("%s: %d match(es) as tier %s%n", session, s.matches(), String.join(", ", s.tiers()));
        }
        out.printf("stored %d match(es) of %s in %d session(s) as tier %s%s%n", total, query.print(),
                sessions.size() - refused, store, refused == 0 ? "" : "; " + refused + " session(s) left unchanged");
        out.flush();
        err.flush();
        return refused == 0 ? 0 : Failures.FAILED;
    }

    /**
     * Indexes what changed first, unless another program is updating the index: then the search answers from the
     * last completed index (and says so) rather than wait; with no completed index yet, it waits for the other.
     */
    private void bringUpToDate(CorpusIndex index, PrintWriter err) throws IOException {
        int stale = index.staleFiles();
        if (stale == 0) {
            return;
        }
        boolean searchable = index.isSearchable();
        try {
            UpdateReport report = Indexing.update(index, err, searchable ? Duration.ZERO : Duration.ofMillis(waitMs),
                    "attune: indexing " + target + " first");
            if (report.changedAnything() || !searchable) {
                err.println(Indexing.summary(index, report));
            }
        } catch (IndexBusyException busy) {
            if (!searchable) {
                throw busy;
            }
            err.printf("attune: another program is updating %s; searching the last completed index "
                    + "(%d file(s) new, changed or removed since)%n", index.folder(), stale);
        }
        err.flush();
    }

    private void print(Query query, QueryOutput.Source source, PrintWriter out) throws IOException {
        if (count) {
            out.println(source.count());
        } else if (bySession) {
            QueryOutput.bySession(source.bySession(), format, out);
        } else {
            QueryOutput.matches(query, source, format, out);
        }
    }
}
