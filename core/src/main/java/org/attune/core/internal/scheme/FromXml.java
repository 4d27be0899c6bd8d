package org.attune.core.internal.scheme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.attune.core.internal.scheme.SchemeXml.CategoryXml;
import org.attune.core.internal.scheme.SchemeXml.CodeXml;
import org.attune.core.internal.scheme.SchemeXml.LayerXml;
import org.attune.core.internal.scheme.SchemeXml.RatingXml;
import org.attune.core.internal.scheme.SchemeXml.Text;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;
import org.attune.core.scheme.RatingScale;
import org.xml.sax.Locator;

/**
 * Checks a parsed scheme file and turns it into a {@link CodingScheme}. Every rule of
 * {@code docs/schemes.md} is checked here, and every violation is reported at its element.
 */
final class FromXml {

    /** Ids: a letter or digit, then letters, digits, '.', '_' or '-' (no blanks, '@', '/', ':'). */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final Problems problems;

    FromXml(Problems problems) {
        this.problems = problems;
    }

    /** The scheme, or null when the file has errors (they are in the problems). */
    SchemeCodec.Loaded convert(SchemeXml x) {
        unknown(x.locator, "scheme", x.unknown, "format, id, version, name, default");
        String format = attr(x.format);
        if (format != null && !SchemeXml.FORMAT.equals(format)) {
            problems.at(x.locator, "unsupported scheme file format '" + format + "' (this version of Attune reads format "
                    + SchemeXml.FORMAT + ")");
        }
        String id = lowerCaseId(x.locator, "scheme", "id", x.id);
        String version = id(x.locator, "scheme", "version", x.version);
        boolean isDefault = bool(x.locator, "scheme", "default", x.isDefault);
        String title = text(x.title, "title");
        String description = text(x.description, "description");

        List<Category> categories = categories(x.categories);
        RatingScale rating = rating(x.rating);
        List<Layer> layers = layers(x, categories, rating);
        if (!problems.isEmpty()) {
            return null;
        }
        CodingScheme scheme = new CodingScheme(id, version, attr(x.name), title.isEmpty() ? null : title,
                description, categories, layers, rating);
        return new SchemeCodec.Loaded(scheme, isDefault);
    }

    private List<Category> categories(List<CategoryXml> xs) {
        List<Category> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CategoryXml c : xs) {
            unknown(c.locator, "category", c.unknown, "id, label");
            String id = lowerCaseId(c.locator, "category", "id", c.id);
            if (id != null && !seen.add(id)) {
                problems.at(c.locator, "category '" + id + "' is declared twice");
            }
            out.add(new Category(id == null ? "?" : id, attr(c.label)));
        }
        return out;
    }

    private RatingScale rating(RatingXml r) {
        if (r == null) {
            return null;
        }
        unknown(r.locator, "rating", r.unknown, "name, min, max, low, high");
        String name = required(r.locator, "rating", "name", r.name);
        Integer min = integer(r.locator, "min", r.min);
        Integer max = integer(r.locator, "max", r.max);
        if (name == null || min == null || max == null) {
            return null;
        }
        if (min > max) {
            problems.at(r.locator, "rating scale '" + name + "': min " + min + " is greater than max " + max);
            return null;
        }
        return new RatingScale(name, min, max, attr(r.low), attr(r.high));
    }

    private List<Layer> layers(SchemeXml x, List<Category> categories, RatingScale rating) {
        if (x.layers.isEmpty()) {
            problems.at(x.locator, "the scheme has no <layer>; a scheme needs at least one layer of codes");
        }
        Set<String> categoryIds = new HashSet<>();
        categories.forEach(c -> categoryIds.add(c.id()));
        Set<String> layerIds = new HashSet<>();
        Map<String, String> keys = new HashMap<>();
        List<Layer> out = new ArrayList<>();
        for (LayerXml l : x.layers) {
            unknown(l.locator, "layer", l.unknown, "id, label, rated");
            String id = id(l.locator, "layer", "id", l.id);
            if (id != null && !layerIds.add(id.toLowerCase(Locale.ROOT))) {
                problems.at(l.locator, "layer '" + id + "' is declared twice");
            }
            boolean rated = bool(l.locator, "layer", "rated", l.rated);
            if (rated && rating == null && x.rating == null) {
                problems.at(l.locator, "layer '" + id + "' is rated=\"true\" but the scheme has no <rating> scale");
            }
            if (l.codes.isEmpty()) {
                problems.at(l.locator, "layer '" + id + "' has no <code>");
            }
            List<Code> codes = new ArrayList<>();
            Map<String, String> codeIds = new HashMap<>();
            Map<String, String> labels = new HashMap<>();
            for (CodeXml c : l.codes) {
                Code code = code(c, categoryIds, codeIds, keys, labels);
                if (code != null) {
                    codes.add(code);
                }
            }
            out.add(new Layer(id == null ? "?" : id, attr(l.label), codes, rated));
        }
        return out;
    }

    private Code code(CodeXml c, Set<String> categoryIds, Map<String, String> codeIds, Map<String, String> keys,
                      Map<String, String> labels) {
        unknown(c.locator, "code", c.unknown, "id, label, category, key, facet");
        String id = id(c.locator, "code", "id", c.id);
        String label = required(c.locator, "code", "label", c.label);
        String category = required(c.locator, "code", "category", c.category);
        String key = attr(c.key);
        if (id != null) {
            String before = codeIds.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
            if (before != null) {
                problems.at(c.locator, "code id '" + id + "' is used twice in this layer (ids ignore case)");
            }
        }
        if (label != null) {
            String before = labels.putIfAbsent(label.toLowerCase(Locale.ROOT), id);
            if (before != null) {
                problems.at(c.locator, "code '" + id + "' has the same label as code '" + before
                        + "' of this layer: \"" + label + "\"");
            }
        }
        if (category != null && !categoryIds.contains(category)) {
            problems.at(c.locator, "code '" + id + "' has category '" + category + "', which no <category> declares"
                    + (categoryIds.isEmpty() ? " (none is declared)"
                    : " (declared: " + String.join(", ", categoryIds.stream().sorted().toList()) + ")"));
        }
        if (key != null) {
            if (BLANKS.matcher(key).find()) {
                problems.at(c.locator, "code '" + id + "': key '" + key + "' contains blanks");
            }
            String before = keys.putIfAbsent(key, id);
            if (before != null) {
                problems.at(c.locator, "code '" + id + "' has key '" + key + "', already the key of code '" + before + "'");
            }
        }
        if (id == null || label == null || category == null) {
            return null;
        }
        return new Code(id, label, category, normalize(c.definition), key, attr(c.facet));
    }

    // ------------------------------------------------------------------ values

    private void unknown(Locator at, String element, Map<QName, String> attributes, String known) {
        for (QName name : attributes.keySet()) {
            if (!name.getNamespaceURI().isEmpty()) {
                continue; // xmlns declarations and foreign attributes such as xsi:noNamespaceSchemaLocation
            }
            problems.at(at, "unknown attribute '" + name.getLocalPart() + "' on <" + element + "> (known: " + known + ")");
        }
    }

    private String required(Locator at, String element, String attribute, String raw) {
        String v = attr(raw);
        if (v == null) {
            problems.at(at, "<" + element + "> needs a non-empty " + attribute + "=\"...\"");
        }
        return v;
    }

    private String id(Locator at, String element, String attribute, String raw) {
        String v = required(at, element, attribute, raw);
        if (v != null && !ID.matcher(v).matches()) {
            problems.at(at, "<" + element + "> " + attribute + " '" + v
                    + "' must start with a letter or digit and hold only letters, digits, '.', '_' or '-'");
            return null;
        }
        return v;
    }

    private String lowerCaseId(Locator at, String element, String attribute, String raw) {
        String v = id(at, element, attribute, raw);
        if (v != null && !v.equals(v.toLowerCase(Locale.ROOT))) {
            problems.at(at, "<" + element + "> " + attribute + " '" + v + "' must be lower case");
            return null;
        }
        return v;
    }

    private boolean bool(Locator at, String element, String attribute, String raw) {
        String v = attr(raw);
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        problems.at(at, "<" + element + "> " + attribute + " must be \"true\" or \"false\", not \"" + v + "\"");
        return false;
    }

    private Integer integer(Locator at, String attribute, String raw) {
        String v = required(at, "rating", attribute, raw);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.at(at, "<rating> " + attribute + " must be a whole number, not \"" + v + "\"");
            return null;
        }
    }

    /** An attribute value stripped of outer blanks, or null when absent or blank. */
    private static String attr(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        return v.isEmpty() ? null : v;
    }

    private String text(Text t, String element) {
        if (t == null) {
            return "";
        }
        unknown(t.locator, element, t.unknown, "none");
        return normalize(t.value);
    }

    /** Text with runs of blanks and line breaks collapsed to one space, as a hand-wrapped paragraph means. */
    static String normalize(String raw) {
        return raw == null ? "" : BLANKS.matcher(raw.strip()).replaceAll(" ");
    }
}
