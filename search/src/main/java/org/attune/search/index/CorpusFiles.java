package org.attune.search.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The {@code .eaf} files of a corpus folder, with the size and modification time that tell when one changed. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /** One file: its corpus-relative path (with '/'), where it is, its size and modification time (ms). */
    record FileState(String path, Path file, long size, long mtime) {
    }

    /** Every {@code .eaf} below {@code corpus}, skipping the index folder and hidden folders, by path. */
    static Map<String, FileState> scan(Path corpus, Path indexDir) throws IOException {
        Map<String, FileState> out = new TreeMap<>();
        Files.walkFileTree(corpus, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(corpus) && (dir.equals(indexDir) || dir.getFileName().toString().startsWith("."))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && name.toLowerCase(Locale.ROOT).endsWith(".eaf")) {
                    String rel = corpus.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    out.put(rel, new FileState(rel, file, attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }
}
