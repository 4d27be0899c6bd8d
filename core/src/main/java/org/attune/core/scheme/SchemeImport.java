package org.attune.core.scheme;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.core.eaf.Ecv;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.Language;
import org.attune.core.model.LocalizedText;
import org.attune.core.model.VocabularyResource;
import org.attune.core.profile.AttuneProfile;

/**
 * A lab's own ELAN vocabularies as a coding scheme: each controlled vocabulary of an {@code .ecv} file
 * becomes a layer, each entry a code (id = CVE_ID, label = the value in the file's first language,
 * definition = its description). A description that starts with {@code [category]}, as
 * {@link SchemeExport} writes them, gives the code's category; otherwise the category is the
 * vocabulary's id in lower case. A rating vocabulary {@code attune-rating-<min>-<max>} becomes the
 * scheme's rating scale, and then every layer is rated. Keys and facets are not in ELAN files: imported
 * codes have none (add them in a scheme file, see {@link SchemeFiles}).
 */
public final class SchemeImport {

    private static final Pattern CATEGORY = Pattern.compile("\\[([^\\]]+)]\\s*(.*)", Pattern.DOTALL);
    private static final Pattern RATING = Pattern.compile(Pattern.quote(AttuneProfile.RATING_CV_PREFIX)
            + "(-?\\d+)-(-?\\d+)");
    private static final Pattern NOT_ID = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    private SchemeImport() {
    }

    /**
     * The vocabularies of an {@code .ecv} file as a scheme named after the file: id = the file name without
     * {@code .ecv}, lower case, blanks and other signs replaced by {@code -}; version {@code 1}.
     *
     * @param file the file
     * @return the vocabularies of an {@code .ecv} file as a scheme named after the file: id = the file name without {@code .ecv}, lower case, blanks and other signs replaced by {@code -}; version {@code 1}
     * @throws IOException if reading or writing a file fails
     */
    public static CodingScheme fromEcv(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.ecv$", "");
        String id = NOT_ID.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^[._-]+", "");
        return fromVocabularies(Ecv.read(file), id.isEmpty() ? "ecv" : id, "1");
    }

    /**
     * The vocabularies of a resource as a scheme. A vocabulary whose id starts with {@code <id>-<version>-}
     * (as {@link SchemeExport} names them) gives the layer the rest of its id, so that exporting and importing
     * a scheme gives back its layers.
     *
     * @param resource the vocabularies (e.g. from {@link Ecv#read(Path)})
     * @param id       the scheme id (lower case)
     * @param version  the scheme version
     * @return the vocabularies of a resource as a scheme
     */
    public static CodingScheme fromVocabularies(VocabularyResource resource, String id, String version) {
        String lang = resource.languages().stream().findFirst().map(Language::id).orElse(null);
        String prefix = id + "-" + version + "-";
        Map<String, Category> categories = new LinkedHashMap<>();
        List<Layer> layers = new ArrayList<>();
        RatingScale rating = null;
        for (ControlledVocabulary cv : resource.vocabularies()) {
            Optional<RatingScale> scale = ratingScale(cv, lang);
            if (scale.isPresent() && rating == null) {
                rating = scale.get();
                continue;
            }
            String layerId = cv.id().startsWith(prefix) && cv.id().length() > prefix.length()
                    ? cv.id().substring(prefix.length()) : cv.id();
            List<Code> codes = new ArrayList<>();
            for (CvEntry entry : cv.entries()) {
                Code code = code(entry, lang, cv.id().toLowerCase(Locale.ROOT));
                categories.putIfAbsent(code.category(), new Category(code.category(), code.category()));
                codes.add(code);
            }
            layers.add(new Layer(layerId, text(cv.descriptions(), lang).orElse(layerId), codes, false));
        }
        if (rating != null) {
            layers = layers.stream().map(l -> new Layer(l.id(), l.label(), l.codes(), true)).toList();
        }
        return new CodingScheme(id, version, null, null, "", List.copyOf(categories.values()), layers, rating);
    }

    private static Code code(CvEntry entry, String lang, String defaultCategory) {
        Optional<CvEntryValue> value = lang == null ? entry.values().stream().findFirst() : entry.value(lang);
        String label = value.map(CvEntryValue::value).orElse(entry.id());
        String description = value.map(CvEntryValue::description).orElse("");
        String category = defaultCategory;
        String definition = description == null ? "" : description.strip();
        Matcher m = CATEGORY.matcher(definition);
        if (m.matches() && !m.group(1).isBlank()) {
            category = m.group(1).strip().toLowerCase(Locale.ROOT);
            definition = m.group(2).strip();
        }
        return new Code(entry.id(), label, category, definition, "", "");
    }

    /** The scale of an {@code attune-rating-<min>-<max>} vocabulary (named by its description). */
    private static Optional<RatingScale> ratingScale(ControlledVocabulary cv, String lang) {
        Matcher m = RATING.matcher(cv.id());
        if (!m.matches()) {
            return Optional.empty();
        }
        int min;
        int max;
        try {
            min = Integer.parseInt(m.group(1));
            max = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (min > max) {
            return Optional.empty();
        }
        String name = text(cv.descriptions(), lang).orElse("rating");
        return Optional.of(new RatingScale(name, min, max, entryDescription(cv, min, lang),
                entryDescription(cv, max, lang)));
    }

    private static String entryDescription(ControlledVocabulary cv, int rating, String lang) {
        return cv.entries().stream()
                .filter(e -> e.values().stream().anyMatch(v -> v.value().strip().equals(Integer.toString(rating))))
                .findFirst()
                .flatMap(e -> lang == null ? e.values().stream().findFirst() : e.value(lang))
                .map(CvEntryValue::description).orElse("");
    }

    /** The text in the language, else the first non-blank one. */
    private static Optional<String> text(List<LocalizedText> texts, String lang) {
        return texts.stream().filter(t -> t.langRef() != null && t.langRef().equals(lang) && !t.text().isBlank())
                .findFirst().or(() -> texts.stream().filter(t -> !t.text().isBlank()).findFirst())
                .map(t -> t.text().strip());
    }
}
