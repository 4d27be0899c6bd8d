package org.attune.core.internal.formats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attune.core.scheme.Category;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;

/**
 * A coding scheme made from the code columns of a table: one layer per column (id = the column name made
 * into an id, label = the column name), one code per distinct value in the order first seen (id = the value
 * made into an id, label = the value), all of the layer's category (= the layer id, as {@code SchemeImport}
 * names categories of vocabularies that do not state one). Unrated; version {@code 1}.
 */
final class ColumnScheme {

    private static final Pattern NOT_ID = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    private final CodingScheme scheme;
    /** Per layer id, the code of each value. */
    private final Map<String, Map<String, Code>> codes;

    private ColumnScheme(CodingScheme scheme, Map<String, Map<String, Code>> codes) {
        this.scheme = scheme;
        this.codes = codes;
    }

    /**
     * @param name   the scheme's name (its id is the name made into a lower-case id)
     * @param values per column name, the values in the order first seen
     */
    static ColumnScheme of(String name, Map<String, List<String>> values) {
        String schemeId = id(name.toLowerCase(Locale.ROOT), "codes");
        Set<String> layerIds = new HashSet<>();
        List<Layer> layers = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        Map<String, Map<String, Code>> byLayer = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> column : values.entrySet()) {
            String layerId = unique(id(column.getKey(), "layer"), layerIds);
            Set<String> codeIds = new HashSet<>();
            Map<String, Code> byValue = new LinkedHashMap<>();
            for (String value : new LinkedHashSet<>(column.getValue())) {
                String codeId = unique(id(value, "code"), codeIds);
                byValue.put(value, new Code(codeId, value, layerId, "", "", ""));
            }
            layers.add(new Layer(layerId, column.getKey(), List.copyOf(byValue.values()), false));
            categories.add(new Category(layerId, column.getKey()));
            byLayer.put(layerId, byValue);
        }
        return new ColumnScheme(new CodingScheme(schemeId, "1", name, name, "", categories, layers, null), byLayer);
    }

    CodingScheme scheme() {
        return scheme;
    }

    /** The layer id of the n-th column. */
    String layerId(int column) {
        return scheme.layers().get(column).id();
    }

    /** The code of a value of a layer. */
    Code code(String layerId, String value) {
        return codes.get(layerId).get(value);
    }

    private static String id(String text, String fallback) {
        String id = NOT_ID.matcher(text.strip()).replaceAll("-").replaceAll("^[-.]+|[-.]+$", "");
        return id.isEmpty() ? fallback : id;
    }

    /** The id, or the id with {@code -2}, {@code -3}... when it is taken (ignoring case). */
    private static String unique(String id, Set<String> taken) {
        String out = id;
        for (int k = 2; !taken.add(out.toLowerCase(Locale.ROOT)); k++) {
            out = id + "-" + k;
        }
        return out;
    }
}
