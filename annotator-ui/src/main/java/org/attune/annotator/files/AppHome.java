package org.attune.annotator.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.attune.core.io.PrivateFiles;

/**
 * The annotator's own folder (default {@code ~/.attune}, or the {@code attune.home} system property): the
 * settings file {@code annotator.properties} (coder, theme, recent files), the shortcut overrides
 * {@code shortcuts.properties}, {@code recovery/} for autosaves and {@code sample/} for the bundled sample.
 * An instance, not static state, so tests use a folder of their own.
 */
public final class AppHome {

    private static final int RECENT = 8;
    private final Path root;
    private final Properties settings = new Properties();

    private AppHome(Path root) {
        this.root = root;
    }

    /** The folder at {@code root}; settings are read now (a missing file means defaults). */
    public static AppHome at(Path root) throws IOException {
        AppHome home = new AppHome(root);
        Path file = home.settingsFile();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                home.settings.load(in);
            }
        }
        return home;
    }

    /** The default folder: {@code -Dattune.home=...}, else {@code ~/.attune}. */
    public static Path defaultRoot() {
        String p = System.getProperty("attune.home");
        return p != null && !p.isBlank() ? Path.of(p) : Path.of(System.getProperty("user.home"), ".attune");
    }

    public Path root() {
        return root;
    }

    public Path settingsFile() {
        return root.resolve("annotator.properties");
    }

    /** Creates the folder (and missing parents) as user-only (0700); returns it. */
    public Path createRoot() throws IOException {
        return PrivateFiles.createFolders(root);
    }

    public Path recoveryFolder() {
        return root.resolve("recovery");
    }

    public Path sampleFolder() {
        return root.resolve("sample");
    }

    /** The user's key remappings ({@code id = key}); empty when there are none. */
    public Properties shortcutOverrides() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve("shortcuts.properties"))) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return p;
        }
        return p;
    }

    /** Stores the user's key remappings (read back by {@link #shortcutOverrides()}). */
    public void setShortcutOverrides(Properties overrides) throws IOException {
        var out = new java.io.StringWriter();
        overrides.store(out, "Attune annotator key remappings: command id = key (e.g. ctrl S, shift W, F2)");
        PrivateFiles.write(root.resolve("shortcuts.properties"), out.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    public Optional<String> coder() {
        return Optional.ofNullable(settings.getProperty("coder")).filter(s -> !s.isBlank());
    }

    public void setCoder(String coder) throws IOException {
        settings.setProperty("coder", coder.strip());
        store();
    }

    public boolean dark() {
        return Boolean.parseBoolean(settings.getProperty("dark", "false"));
    }

    public void setDark(boolean dark) throws IOException {
        settings.setProperty("dark", Boolean.toString(dark));
        store();
    }

    /** Recently opened files, newest first. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String p = settings.getProperty("recent." + i);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void addRecent(Path file) throws IOException {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < RECENT; i++) {
            if (i < list.size()) {
                settings.setProperty("recent." + i, list.get(i).toString());
            } else {
                settings.remove("recent." + i);
            }
        }
        store();
    }

    private synchronized void store() throws IOException {
        var out = new java.io.StringWriter();
        settings.store(out, "Attune annotator settings");
        PrivateFiles.write(settingsFile(), out.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
}
