package org.attune.core.internal.scheme;

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

/** Turns a {@link CodingScheme} into the binding of a scheme file; empty values are left out. */
final class ToXml {

    private ToXml() {
    }

    static SchemeXml scheme(CodingScheme s, boolean isDefault) {
        SchemeXml x = new SchemeXml();
        x.format = SchemeXml.FORMAT;
        x.id = s.id();
        x.version = s.version();
        x.name = s.name();
        x.isDefault = isDefault ? "true" : null;
        x.title = s.title().isEmpty() ? null : new Text(s.title());
        x.description = s.description().isEmpty() ? null : new Text(s.description());
        for (Category c : s.categories()) {
            CategoryXml cx = new CategoryXml();
            cx.id = c.id();
            cx.label = c.label().equals(c.id()) ? null : c.label();
            x.categories.add(cx);
        }
        x.rating = rating(s.rating());
        for (Layer l : s.layers()) {
            x.layers.add(layer(l));
        }
        return x;
    }

    private static RatingXml rating(RatingScale r) {
        if (r == null) {
            return null;
        }
        RatingXml x = new RatingXml();
        x.name = r.name();
        x.min = Integer.toString(r.min());
        x.max = Integer.toString(r.max());
        x.low = emptyToNull(r.lowLabel());
        x.high = emptyToNull(r.highLabel());
        return x;
    }

    private static LayerXml layer(Layer l) {
        LayerXml x = new LayerXml();
        x.id = l.id();
        x.label = l.label().equals(l.id()) ? null : l.label();
        x.rated = l.rated() ? "true" : null;
        for (Code c : l.codes()) {
            CodeXml cx = new CodeXml();
            cx.id = c.id();
            cx.category = c.category();
            cx.key = emptyToNull(c.key());
            cx.facet = emptyToNull(c.facet());
            cx.label = c.label();
            cx.definition = emptyToNull(c.definition());
            x.codes.add(cx);
        }
        return x;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
