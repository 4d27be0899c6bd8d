package org.attune.search.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attune.core.model.Annotation;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.RefAnnotation;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSpan;
import org.attune.core.profile.Coding;
import org.attune.core.profile.CodingTier;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.ValueCodes;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;

/**
 * The codings of the plain tiers a {@link CodesOn} names, in one session: a value is read as {@link ValueCodes}
 * reads it; when it names no code, the controlled-vocabulary entry it refers to (its {@code CVE_REF}, else the entry
 * with that value) is read by its id and values. A coding's rating comes from the tier's ratings tier: its first
 * child tier whose values all start with a number (the child annotation referring to the coding, else the one
 * {@link ValueCodes#ratingOf} chooses).
 */
final class PlainCodes {
    private final CodesOn codesOn;
    private final CodingScheme scheme;
    private final DocumentIndex index;
    private final Set<String> profileTiers;
    private final Map<String, Ratings> ratings = new HashMap<>();

    private PlainCodes(CodesOn codesOn, CodingScheme scheme, SessionView view) {
        this.codesOn = codesOn;
        this.scheme = scheme;
        this.index = view.index();
        this.profileTiers = view.codingTiers().stream().map(CodingTier::tierId).collect(Collectors.toSet());
    }

    static PlainCodes of(CodesOn codesOn, SessionView view, SchemeLookup schemes) {
        CodingScheme scheme = schemes.find(codesOn.scheme()).orElseThrow(() -> new IllegalArgumentException(
                "--codes-on: no coding scheme '" + codesOn.scheme() + "'"));
        return new PlainCodes(codesOn, scheme, view);
    }

    /** Whether the tier's values are read as codes: its id matches and it is not a coding tier of the profile. */
    boolean appliesTo(Tier tier) {
        return codesOn.appliesTo(tier.id()) && !profileTiers.contains(tier.id());
    }

    /** The coding an annotation of such a tier is, if its value (or its vocabulary entry) names a code. */
    Optional<Coding> coding(Tier tier, Annotation a, TimeSpan span) {
        Optional<Code> code = ValueCodes.code(scheme, a.value()).or(() -> fromVocabulary(tier, a));
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Code c = code.get();
        String layer = scheme.layerOf(c).map(Layer::id).orElse("");
        String coder = tier.annotator() != null && !tier.annotator().isBlank() ? tier.annotator() : tier.id();
        Integer rating = ratings.computeIfAbsent(tier.id(), this::ratingsOf).of(a, span).orElse(null);
        return Optional.of(new Coding(tier.id(), a.id(), scheme.ref(), layer, c.id(), c.label(), c.category(),
                span.start(), span.end(), rating, coder, ""));
    }

    private Optional<Code> fromVocabulary(Tier tier, Annotation a) {
        Optional<ControlledVocabulary> cv = index.vocabularyOf(tier);
        Optional<CvEntry> entry = cv.flatMap(v -> a.cveRef() != null ? v.entry(a.cveRef()) : Optional.empty())
                .or(() -> cv.flatMap(v -> v.entryByValue(a.value())));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        Optional<Code> byId = ValueCodes.code(scheme, entry.get().id());
        if (byId.isPresent()) {
            return byId;
        }
        for (CvEntryValue v : entry.get().values()) {
            Optional<Code> byValue = ValueCodes.code(scheme, v.value());
            if (byValue.isPresent()) {
                return byValue;
            }
        }
        return Optional.empty();
    }

    private Ratings ratingsOf(String tierId) {
        for (Tier child : index.children(tierId)) {
            List<Annotation> values = child.annotations().stream()
                    .filter(a -> a.value() != null && !a.value().isBlank()).toList();
            if (!values.isEmpty() && values.stream().allMatch(a -> ValueCodes.rating(a.value()).isPresent())) {
                return new Ratings(values, index);
            }
        }
        return new Ratings(List.of(), index);
    }

    /** The annotations of a ratings tier. */
    private static final class Ratings {
        private final Map<String, Annotation> byParent = new HashMap<>();
        private final List<Annotation> timed = new ArrayList<>();
        private final DocumentIndex index;

        Ratings(List<Annotation> annotations, DocumentIndex index) {
            this.index = index;
            for (Annotation a : annotations) {
                if (a instanceof RefAnnotation r) {
                    byParent.putIfAbsent(r.annotationRef(), r);
                } else if (index.span(a).isPresent()) {
                    timed.add(a);
                }
            }
        }

        Optional<Integer> of(Annotation coding, TimeSpan span) {
            Annotation r = byParent.get(coding.id());
            if (r == null) {
                r = ValueCodes.ratingOf(span, timed, a -> index.span(a).orElseThrow()).orElse(null);
            }
            return r == null ? Optional.empty() : ValueCodes.rating(r.value());
        }
    }
}
