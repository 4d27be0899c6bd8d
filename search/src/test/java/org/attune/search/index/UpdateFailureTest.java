package org.attune.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.attune.core.eaf.Eaf;
import org.attune.search.query.Query;
import org.attune.search.testing.RandomSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed update leaves the index as the last completed update left it: no partial segment files. */
class UpdateFailureTest {
    @TempDir
    Path dir;

    /** A disk that fills up once the new segment's files are written, as the update commits. */
    private static final class FullAtCommit extends FilterDirectory {
        FullAtCommit(Directory in) {
            super(in);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (name.startsWith("pending_segments")) {
                throw new IOException("No space left on device");
            }
            return super.createOutput(name, context);
        }
    }

    @Test
    void anUpdateThatFailsAsItCommitsLeavesOnlyTheFilesOfTheLastCompletedIndex() throws IOException {
        List<Path> files = RandomSessions.corpus(new Random(5), dir, 4);
        Path indexDir = dir.resolve(CorpusIndex.DEFAULT_FOLDER);
        long before;
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            index.update(IndexProgress.none());
            before = index.count(Query.parse("[value~\"\"]"));
        }
        Set<String> committed = luceneFiles(indexDir);
        for (Path f : files.subList(0, 3)) {
            Eaf.write(RandomSessions.session(new Random(f.hashCode())), f);
            Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        }

        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find);
             Directory full = new FullAtCommit(FSDirectory.open(indexDir))) {
            Updater failing = new Updater(full, index.corpus(), index.folder(), RandomSessions.SCHEMES::find, null,
                    index.entries(), false);
            assertThatThrownBy(() -> failing.run(IndexProgress.none())).hasMessageContaining("No space left");
        }

        assertThat(luceneFiles(indexDir)).as("files in the index folder").isEqualTo(committed);
        try (CorpusIndex index = CorpusIndex.open(dir, null, RandomSessions.SCHEMES::find)) {
            assertThat(index.count(Query.parse("[value~\"\"]"))).as("the last completed index").isEqualTo(before);
            assertThat(index.staleFiles()).isEqualTo(3);
        }
    }

    private static Set<String> luceneFiles(Path indexDir) throws IOException {
        try (Stream<Path> s = Files.list(indexDir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
