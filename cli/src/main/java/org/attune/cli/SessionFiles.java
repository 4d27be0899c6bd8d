package org.attune.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.attune.core.eaf.Eaf;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.SchemeRegistry;

/** Reads the sessions a command works on: an .eaf file, or every .eaf file under a folder (a corpus). */
final class SessionFiles {

    /** A session read from a file. */
    record Loaded(String name, Path file, SessionView view) {
    }

    private SessionFiles() {
    }

    /** The sessions of the given files and folders, in path order; a folder is searched recursively. */
    static List<Loaded> load(List<Path> paths, SchemeRegistry schemes) throws IOException {
        List<Loaded> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(p)) {
                    files = walk.filter(f -> Files.isRegularFile(f)
                            && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eaf")).sorted().toList();
                }
                if (files.isEmpty()) {
                    throw new Failures.UserError(p + ": no .eaf files in this folder");
                }
                for (Path f : files) {
                    out.add(read(f, nameOf(p.relativize(f)), schemes));
                }
            } else if (Files.exists(p)) {
                out.add(read(p, nameOf(p.getFileName()), schemes));
            } else {
                throw new NoSuchFileException(p.toString());
            }
        }
        return out;
    }

    private static Loaded read(Path f, String name, SchemeRegistry schemes) throws IOException {
        return new Loaded(name, f, SessionView.of(Eaf.read(f).document(), schemes::find));
    }

    private static String nameOf(Path relative) {
        String s = relative.toString().replace('\\', '/');
        return s.toLowerCase(Locale.ROOT).endsWith(".eaf") ? s.substring(0, s.length() - 4) : s;
    }

    /** The end of a session: the latest end of an utterance or coding. */
    static long end(SessionView v) {
        long end = 0;
        for (var u : v.utterances()) {
            end = Math.max(end, u.end());
        }
        for (var c : v.codings()) {
            end = Math.max(end, c.end());
        }
        return end;
    }
}
