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
        Query query = Query.parse(queryText);
        org.attune.search.event.CodesOn codes = codesOn.resolve(spec, schemes.registry());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.isDirectory(target)) {
            Indexing.requireSessionFiles(target, indexDir);
            try (CorpusIndex index = CorpusIndex.open(target, indexDir, schemes.registry()::find,
                    CorpusIndex.defaultSearchThreads(), codes)) {
                index.rebuildReason().ifPresent(why -> err.println("attune: rebuilding the index " + index.folder()
                        + ": " + why + (codes == null ? "" : ", this query reads codes on " + codes.setting())));
                bringUpToDate(index, err);
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
            print(query, QueryOutput.Source.of(matches, session), out);
        }
        out.flush();
        return 0;
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
