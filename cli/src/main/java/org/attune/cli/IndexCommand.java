package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.attune.search.index.CorpusIndex;
import org.attune.search.index.UpdateReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune index CORPUS_DIR}: build or bring up to date the search index of a corpus. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index every .eaf file below CORPUS_DIR for 'attune query'. Only new, changed and deleted files "
                + "are (re)indexed; a file that cannot be read is reported and skipped, the rest are indexed. "
                + "One program updates an index at a time: a second waits for the first (see --wait); searches "
                + "meanwhile answer from the last completed index.", ""})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchemeOptions schemes;

    @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "The corpus folder.")
    Path corpus;

    @Mixin
    CodesOnOption codesOn;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Where the index lives (default: CORPUS_DIR/" + CorpusIndex.DEFAULT_FOLDER + ").")
    Path indexDir;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = Indexing.WAIT_HELP)
    long waitMs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Indexing.requireSessionFiles(corpus, indexDir);
        org.attune.search.event.CodesOn codes = codesOn.resolve(spec, schemes.registry());
        try (CorpusIndex index = CorpusIndex.open(corpus, indexDir, schemes.registry()::find,
                CorpusIndex.defaultSearchThreads(), codes)) {
            index.rebuildReason().ifPresent(why -> spec.commandLine().getErr().println("attune: rebuilding the index "
                    + index.folder() + ": " + why));
            UpdateReport report = Indexing.update(index, spec.commandLine().getErr(), Duration.ofMillis(waitMs), null);
            out.println(Indexing.summary(index, report));
        }
        return 0;
    }
}
