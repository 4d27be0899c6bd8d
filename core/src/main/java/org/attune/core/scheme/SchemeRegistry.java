package org.attune.core.scheme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attune.core.eaf.Problem;
import org.attune.core.internal.scheme.BuiltInSchemes;
import org.attune.core.internal.scheme.SchemeCodec;
import org.attune.core.internal.scheme.Versions;

/**
 * The coding schemes an application knows: the built-in ones and a lab's own, looked up by reference.
 * A registry is an immutable value; {@link #with(CodingScheme)} and its siblings return a new one, so two
 * open documents or two tests never share mutable state.
 *
 * <p>References ignore case:
 * <ul>
 *   <li>{@code id@version} (e.g. {@code 3rs@2015}) names one version;</li>
 *   <li>a bare {@code id} (e.g. {@code 3rs}) names the version marked as default for that id (a scheme
 *       file's {@code default="true"}, or {@link #withDefault(String)}), else the newest version
 *       ({@code 2022 > 2015}, {@code 1.10 > 1.9}). Built in, {@code 3rs} means {@code 3rs@2015}, the
 *       marker-level version that codings use.</li>
 * </ul>
 * Lookups come in pairs: {@code find...} returns an empty Optional when nothing matches, its twin
 * {@code require...} throws an {@link IllegalArgumentException} whose message lists what exists.
 *
 * <pre>{@code
 * SchemeRegistry schemes = SchemeRegistry.builtIn().withFolder(Path.of("lab-schemes"));
 * CodingScheme rrs = schemes.require("3rs");
 * Optional<SchemeLayer> layer = schemes.findByVocabulary("3rs-2015-rupture");
 * }</pre>
 */
public final class SchemeRegistry {

    private final List<CodingScheme> schemes;
    /** Lower-case scheme id to the lower-case version marked as its default. */
    private final Map<String, String> defaults;

    private SchemeRegistry(List<CodingScheme> schemes, Map<String, String> defaults) {
        this.schemes = List.copyOf(schemes);
        this.defaults = Map.copyOf(defaults);
    }

    /**
     * A registry that knows no scheme.
     *
     * @return a registry that knows no scheme
     */
    public static SchemeRegistry empty() {
        return new SchemeRegistry(List.of(), Map.of());
    }

    /**
     * The schemes shipped with Attune: 3RS 2015 (default for {@code 3rs}), 3RS 2022, CIS-R, the stage-process model.
     *
     * @return the schemes shipped with Attune: 3RS 2015 (default for {@code 3rs}), 3RS 2022, CIS-R, the stage-process model
     */
    public static SchemeRegistry builtIn() {
        SchemeRegistry r = empty();
        for (SchemeCodec.Loaded loaded : BuiltInSchemes.all()) {
            r = r.with(loaded);
        }
        return r;
    }

    /**
     * A registry that also knows {@code scheme}. A scheme with the same reference (ignoring case) is
     * replaced in place, keeping its default mark: that is how a lab's edited labels take the place of
     * the built-in ones.
     *
     * @param scheme the coding scheme
     * @return a copy with that value replaced; this record is unchanged
     */
    public SchemeRegistry with(CodingScheme scheme) {
        List<CodingScheme> out = new ArrayList<>(schemes);
        int at = indexOf(scheme.ref());
        if (at >= 0) {
            out.set(at, scheme);
        } else {
            out.add(scheme);
        }
        return new SchemeRegistry(out, defaults);
    }

    /**
     * A registry in which the bare id of {@code ref}'s scheme means that version ({@code ref} must be known).
     *
     * @param ref the reference (an identifier or label)
     * @return a copy with that value replaced; this record is unchanged
     */
    public SchemeRegistry withDefault(String ref) {
        CodingScheme scheme = require(ref);
        Map<String, String> out = new HashMap<>(defaults);
        out.put(lower(scheme.id()), lower(scheme.version()));
        return new SchemeRegistry(schemes, out);
    }

    /**
     * A registry that also knows the scheme of a scheme file (and, if the file says so, takes it as default).
     *
     * @param file the file
     * @return a copy with that value replaced; this record is unchanged
     * @throws IOException if reading or writing a file fails
     */
    public SchemeRegistry withFile(Path file) throws IOException {
        return with(SchemeCodec.read(Files.readAllBytes(file), file.toString()));
    }

    /**
     * A registry that also knows every scheme file ({@code *.xml}) directly in {@code folder}, read in
     * name order. All files are checked before any is used: if one is bad, or two define the same
     * {@code id@version}, a {@link SchemeFormatException} lists every problem of every file.
     *
     * @param folder the folder
     * @return a copy with that value replaced; this record is unchanged
     * @throws IOException if reading or writing a file fails
     */
    public SchemeRegistry withFolder(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> lower(p.getFileName().toString()).endsWith(".xml") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> seen = new LinkedHashMap<>();
        List<SchemeCodec.Loaded> loaded = new ArrayList<>();
        for (Path file : files) {
            try {
                SchemeCodec.Loaded l = SchemeCodec.read(Files.readAllBytes(file), file.toString());
                Path before = seen.putIfAbsent(lower(l.scheme().ref()), file);
                if (before != null) {
                    problems.add(Problem.error(file.toString(), 1, 1, "scheme " + l.scheme().ref()
                            + " is already defined by " + before));
                }
                loaded.add(l);
            } catch (SchemeFormatException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SchemeFormatException(problems);
        }
        SchemeRegistry r = this;
        for (SchemeCodec.Loaded l : loaded) {
            r = r.with(l);
        }
        return r;
    }

    private SchemeRegistry with(SchemeCodec.Loaded loaded) {
        SchemeRegistry r = with(loaded.scheme());
        return loaded.isDefault() ? r.withDefault(loaded.scheme().ref()) : r;
    }

    /**
     * Every scheme, built-in ones first, then in the order they were added.
     *
     * @return the schemes
     */
    public List<CodingScheme> all() {
        return schemes;
    }

    /**
     * The scheme a reference names ({@code 3rs@2015} or {@code 3rs}, ignoring case), if any.
     *
     * @param ref the reference (an identifier or label)
     * @return the scheme a reference names ({@code 3rs@2015} or {@code 3rs}, ignoring case), if any
     */
    public Optional<CodingScheme> find(String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String r = lower(ref.strip());
        int at = r.indexOf('@');
        if (at >= 0) {
            int i = indexOf(r);
            return i < 0 ? Optional.empty() : Optional.of(schemes.get(i));
        }
        String version = defaults.get(r);
        if (version != null) {
            return find(r + "@" + version);
        }
        return schemes.stream().filter(s -> lower(s.id()).equals(r))
                .max(Comparator.comparing(CodingScheme::version, Versions.ORDER));
    }

    /**
     * The scheme a reference names; throws, listing the known schemes, when there is none.
     *
     * @param ref the reference (an identifier or label)
     * @return the scheme a reference names; throws, listing the known schemes, when there is none
     */
    public CodingScheme require(String ref) {
        return find(ref).orElseThrow(() -> new IllegalArgumentException(
                "unknown coding scheme '" + ref + "'; known schemes: " + describe()));
    }

    /**
     * The layer a layer reference names: {@code id@version/layer} as in the {@code attune:layer:} header
     * property, or {@code id/layer} for the scheme's default version (ignoring case).
     *
     * @param layerRef the layer's identifier or label
     * @return the layer a layer reference names: {@code id@version/layer} as in the {@code attune:layer:} header property, or {@code id/layer} for the scheme's default version (ignoring case)
     */
    public Optional<SchemeLayer> findLayer(String layerRef) {
        if (layerRef == null) {
            return Optional.empty();
        }
        int slash = layerRef.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String layerId = layerRef.substring(slash + 1).strip();
        return find(layerRef.substring(0, slash)).flatMap(s -> layerOf(s, layerId));
    }

    /**
     * The layer a layer reference names; throws, listing what exists, when there is none.
     *
     * @param layerRef the layer's identifier or label
     * @return the layer a layer reference names; throws, listing what exists, when there is none
     */
    public SchemeLayer requireLayer(String layerRef) {
        return findLayer(layerRef).orElseThrow(() -> {
            int slash = layerRef == null ? -1 : layerRef.lastIndexOf('/');
            Optional<CodingScheme> scheme = slash < 0 ? Optional.empty() : find(layerRef.substring(0, slash));
            if (scheme.isPresent()) {
                return new IllegalArgumentException("unknown layer '" + layerRef.substring(slash + 1) + "' of "
                        + scheme.get().ref() + "; its layers: "
                        + scheme.get().layers().stream().map(Layer::id).collect(Collectors.joining(", ")));
            }
            return new IllegalArgumentException("unknown scheme layer '" + layerRef
                    + "' (expected id@version/layer); known schemes: " + describe());
        });
    }

    /**
     * The scheme layer whose Attune-profile vocabulary has this CV_ID (e.g. {@code 3rs-2015-rupture}); an exact
     * match wins over one that ignores case.
     *
     * @param cvId the CV_ID
     * @return the scheme layer whose Attune-profile vocabulary has this CV_ID (e.g
     */
    public Optional<SchemeLayer> findByVocabulary(String cvId) {
        if (cvId == null) {
            return Optional.empty();
        }
        List<SchemeLayer> layers = layers().toList();
        return layers.stream().filter(l -> l.vocabularyId().equals(cvId)).findFirst()
                .or(() -> layers.stream().filter(l -> l.vocabularyId().equalsIgnoreCase(cvId.strip())).findFirst());
    }

    /**
     * The scheme layer of a vocabulary; throws, listing the known vocabularies, when there is none.
     *
     * @param cvId the CV_ID
     * @return the scheme layer of a vocabulary; throws, listing the known vocabularies, when there is none
     */
    public SchemeLayer requireByVocabulary(String cvId) {
        return findByVocabulary(cvId).orElseThrow(() -> new IllegalArgumentException(
                "no coding scheme layer has the vocabulary '" + cvId + "'; known vocabularies: "
                        + layers().map(SchemeLayer::vocabularyId).collect(Collectors.joining(", "))));
    }

    private Stream<SchemeLayer> layers() {
        return schemes.stream().flatMap(s -> s.layers().stream().map(l -> new SchemeLayer(s, l)));
    }

    private static Optional<SchemeLayer> layerOf(CodingScheme scheme, String layerId) {
        return scheme.layers().stream().filter(l -> l.id().equalsIgnoreCase(layerId)).findFirst()
                .map(l -> new SchemeLayer(scheme, l));
    }

    private int indexOf(String ref) {
        String r = lower(ref.strip());
        for (int i = 0; i < schemes.size(); i++) {
            if (lower(schemes.get(i).ref()).equals(r)) {
                return i;
            }
        }
        return -1;
    }

    /** E.g. {@code 3rs@2015 (default for 3rs), 3rs@2022, cis-r@2019}, or {@code none}. */
    private String describe() {
        if (schemes.isEmpty()) {
            return "none";
        }
        return schemes.stream().map(s -> {
            String id = lower(s.id());
            boolean isDefault = versionsOf(id) > 1 && find(id).map(d -> d == s).orElse(false);
            return isDefault ? s.ref() + " (default for " + s.id() + ")" : s.ref();
        }).collect(Collectors.joining(", "));
    }

    private long versionsOf(String lowerId) {
        return schemes.stream().filter(s -> lower(s.id()).equals(lowerId)).count();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
