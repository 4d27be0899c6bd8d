package org.attune.search.index;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * How the corpus folder differs from what the index holds.
     *
     * @param todo    new and changed files, to be (re)indexed
     * @param gone    paths whose events are to be deleted: changed and deleted files
     * @param added   how many of {@code todo} are new
     * @param changed how many of {@code todo} changed
     */
    record Changes(List<FileState> todo, List<String> gone, int added, int changed) {
        /** How many files were deleted from the folder. */
        int removed() {
            return gone.size() - changed;
        }

        /** How many files are new, changed or deleted. */
        int count() {
            return todo.size() + removed();
        }
    }

    /** Compares the files found with the sessions the index records (a file changed if its size or time did). */
    static Changes compare(Map<String, FileState> files, Map<String, SessionEntry> entries) {
        List<FileState> todo = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        int added = 0;
        int changed = 0;
        for (FileState f : files.values()) {
            SessionEntry e = entries.get(f.path());
            if (e == null) {
                todo.add(f);
                added++;
            } else if (e.size() != f.size() || e.mtime() != f.mtime()) {
                todo.add(f);
                gone.add(f.path());
                changed++;
            }
        }
        for (String p : entries.keySet()) {
            if (!files.containsKey(p)) {
                gone.add(p);
            }
        }
        return new Changes(todo, gone, added, changed);
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
