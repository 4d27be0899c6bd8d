package org.attune.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.Property;
import org.attune.core.model.RefAnnotation;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSpan;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;

/**
 * The domain view of a session: its utterances (speech tiers, each speaker with a role) and its codings
 * (coding tiers bound to a scheme layer, each coding with code, span, rating, coder and note), read from an
 * {@link AnnotationDocument} by the rules of the Attune profile ({@code docs/eaf-profile.md}).
 *
 * <p>The view is computed once from an immutable snapshot; build a new one after an edit.
 */
public final class SessionView {

    private final AnnotationDocument document;
    private final DocumentIndex index;
    private final Map<String, Role> roles;
    private final List<CodingTier> codingTiers;
    private final List<Utterance> utterances;
    private final List<Coding> codings;

    private SessionView(AnnotationDocument document, SchemeLookup schemes) {
        this.document = document;
        this.index = DocumentIndex.of(document);
        this.roles = roles(document);
        this.codingTiers = findCodingTiers(schemes);
        this.utterances = readUtterances();
        this.codings = readCodings(schemes);
    }

    /**
     * The view of a document; {@code schemes} gives code metadata (category, labels) for known schemes.
     *
     * @param document the document
     * @param schemes the schemes to look codes up in
     * @return the view of a document; {@code schemes} gives code metadata (category, labels) for known schemes
     */
    public static SessionView of(AnnotationDocument document, SchemeLookup schemes) {
        return new SessionView(document, schemes);
    }

    /**
     * The session's document.
     *
     * @return the document
     */
    public AnnotationDocument document() {
        return document;
    }

    /**
     * The index over the session's document.
     *
     * @return the index
     */
    public DocumentIndex index() {
        return index;
    }

    /**
     * Speech annotations, ordered by start time (then tier order).
     *
     * @return the utterances (an unmodifiable list)
     */
    public List<Utterance> utterances() {
        return utterances;
    }

    /**
     * Codings of all coders, ordered by start time (then end, then tier order).
     *
     * @return the codings (an unmodifiable list)
     */
    public List<Coding> codings() {
        return codings;
    }

    /**
     * The coding tiers, in document order.
     *
     * @return the coding tiers, in document order
     */
    public List<CodingTier> codingTiers() {
        return codingTiers;
    }

    /**
     * The coders, in order of their first coding tier.
     *
     * @return the coders, in order of their first coding tier
     */
    public List<String> coders() {
        return codingTiers.stream().map(CodingTier::coder).distinct().toList();
    }

    /**
     * Speakers (participants, or tier ids of speech tiers without one) and their roles.
     *
     * @return each speaker's role, by participant (or tier id)
     */
    public Map<String, Role> speakers() {
        Map<String, Role> out = new LinkedHashMap<>();
        for (Tier t : speechTiers()) {
            String speaker = speakerOf(t);
            out.putIfAbsent(speaker, roleOf(speaker));
        }
        return out;
    }

    /**
     * The speech tiers: top-level, time-alignable, no controlled vocabulary, not coding tiers, not query hit tiers
     * ({@link AttuneProfile#HITS_TYPE}).
     *
     * @return the speech tiers: top-level, time-alignable, no controlled vocabulary, not coding tiers, not hit tiers
     */
    public List<Tier> speechTiers() {
        List<Tier> out = new ArrayList<>();
        for (Tier t : document.tiers()) {
            if (isSpeechTier(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The role recorded for a speaker ({@code attune:role:} property), else a guess from the name.
     *
     * @param speaker the speaker
     * @return the role recorded for a speaker ({@code attune:role:} property), else a guess from the name
     */
    public Role roleOf(String speaker) {
        Role r = roles.get(speaker);
        return r != null ? r : Role.guess(speaker);
    }

    private boolean isSpeechTier(Tier t) {
        if (t.parentRef() != null || isCodingTier(t.id()) || AttuneProfile.HITS_TYPE.equals(t.linguisticTypeRef())) {
            return false;
        }
        Optional<LinguisticType> type = index.typeOf(t);
        if (type.isPresent() && Boolean.FALSE.equals(type.get().timeAlignable())) {
            return false;
        }
        return type.map(LinguisticType::controlledVocabularyRef).isEmpty();
    }

    private boolean isCodingTier(String tierId) {
        for (CodingTier c : codingTiers) {
            if (c.tierId().equals(tierId)) {
                return true;
            }
        }
        return false;
    }

    private static String speakerOf(Tier t) {
        return t.participant() != null && !t.participant().isBlank() ? t.participant() : t.id();
    }

    private static Map<String, Role> roles(AnnotationDocument document) {
        Map<String, Role> out = new HashMap<>();
        for (Property p : document.header().properties()) {
            if (p.name() != null && p.name().startsWith(AttuneProfile.ROLE_PROPERTY_PREFIX)) {
                Role.parse(p.value()).ifPresent(r ->
                        out.put(p.name().substring(AttuneProfile.ROLE_PROPERTY_PREFIX.length()), r));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ coding tiers

    private List<CodingTier> findCodingTiers(SchemeLookup schemes) {
        Map<String, String> layerOfVocabulary = new HashMap<>();
        for (Property p : document.header().properties()) {
            if (p.name() != null && p.name().startsWith(AttuneProfile.LAYER_PROPERTY_PREFIX)) {
                layerOfVocabulary.put(p.name().substring(AttuneProfile.LAYER_PROPERTY_PREFIX.length()), p.value());
            }
        }
        List<CodingTier> out = new ArrayList<>();
        for (Tier t : document.tiers()) {
            if (t.parentRef() != null) {
                continue;
            }
            Optional<String> cvId = index.typeOf(t).map(LinguisticType::controlledVocabularyRef);
            if (cvId.isEmpty()) {
                continue;
            }
            String layerRef = layerOfVocabulary.get(cvId.get());
            if (layerRef == null) {
                continue;
            }
            int slash = layerRef.lastIndexOf('/');
            String schemeRef = slash < 0 ? layerRef : layerRef.substring(0, slash);
            String layer = slash < 0 ? "" : layerRef.substring(slash + 1);
            String rating = null;
            String note = null;
            for (Tier child : index.children(t.id())) {
                if (AttuneProfile.isRatingType(child.linguisticTypeRef()) && rating == null) {
                    rating = child.id();
                } else if (AttuneProfile.isNoteType(child.linguisticTypeRef()) && note == null) {
                    note = child.id();
                }
            }
            String coder = t.annotator() != null && !t.annotator().isBlank() ? t.annotator() : t.id();
            out.add(new CodingTier(t.id(), schemeRef, layer, cvId.get(), coder, rating, note));
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ reading

    private List<Utterance> readUtterances() {
        List<Utterance> out = new ArrayList<>();
        for (Tier t : speechTiers()) {
            String speaker = speakerOf(t);
            Role role = roleOf(speaker);
            for (Annotation a : t.annotations()) {
                index.span(a).ifPresent(span -> out.add(new Utterance(t.id(), a.id(), speaker, role, span.start(),
                        span.end(), a.value())));
            }
        }
        Map<String, Integer> order = tierOrder();
        out.sort(Comparator.comparingLong(Utterance::start)
                .thenComparing(u -> order.getOrDefault(u.tierId(), 0)));
        return List.copyOf(out);
    }

    private List<Coding> readCodings(SchemeLookup schemes) {
        List<Coding> out = new ArrayList<>();
        for (CodingTier ct : codingTiers) {
            Tier tier = index.tier(ct.tierId()).orElseThrow();
            Optional<CodingScheme> scheme = ct.schemeRef().isEmpty() ? Optional.empty() : schemes.find(ct.schemeRef());
            Optional<Layer> layer = scheme.flatMap(s -> s.layer(ct.layerId()));
            Optional<ControlledVocabulary> cv = document.controlledVocabulary(ct.vocabularyId());
            Map<String, String> ratings = childValues(ct.ratingTierId());
            Map<String, String> notes = childValues(ct.noteTierId());
            for (Annotation a : tier.annotations()) {
                Optional<TimeSpan> span = index.span(a);
                if (span.isEmpty()) {
                    continue;
                }
                String[] codeAndCategory = resolveCode(a, layer, cv);
                out.add(new Coding(tier.id(), a.id(), ct.schemeRef(), ct.layerId(), codeAndCategory[0], a.value(),
                        codeAndCategory[1], span.get().start(), span.get().end(), parseRating(ratings.get(a.id())),
                        ct.coder(), notes.getOrDefault(a.id(), "")));
            }
        }
        Map<String, Integer> order = tierOrder();
        out.sort(Comparator.comparingLong(Coding::start).thenComparingLong(Coding::end)
                .thenComparing(c -> order.getOrDefault(c.tierId(), 0)));
        return List.copyOf(out);
    }

    /** The code id and category of a coding annotation: from its CVE_REF, else from its value. */
    private static String[] resolveCode(Annotation a, Optional<Layer> layer, Optional<ControlledVocabulary> cv) {
        Optional<CvEntry> entry = cv.flatMap(v -> a.cveRef() != null ? v.entry(a.cveRef()) : Optional.empty())
                .or(() -> cv.flatMap(v -> v.entryByValue(a.value())));
        Optional<Code> code = entry.flatMap(e -> layer.flatMap(l -> l.code(e.id())))
                .or(() -> layer.flatMap(l -> l.code(a.value())));
        if (code.isPresent()) {
            return new String[] {code.get().id(), code.get().category()};
        }
        if (entry.isPresent()) {
            return new String[] {entry.get().id(), categoryFromDescription(entry.get())};
        }
        return new String[] {a.value(), ""};
    }

    /** Attune writes vocabulary descriptions as {@code [category] definition}. */
    private static String categoryFromDescription(CvEntry entry) {
        for (CvEntryValue v : entry.values()) {
            String d = v.description();
            if (d != null && d.startsWith("[") && d.indexOf(']') > 1) {
                return d.substring(1, d.indexOf(']')).strip();
            }
        }
        return "";
    }

    private Map<String, String> childValues(String tierId) {
        Map<String, String> out = new HashMap<>();
        if (tierId == null) {
            return out;
        }
        for (Annotation a : index.tier(tierId).map(Tier::annotations).orElse(List.of())) {
            if (a instanceof RefAnnotation r) {
                out.putIfAbsent(r.annotationRef(), r.value());
            }
        }
        return out;
    }

    private static Integer parseRating(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, Integer> tierOrder() {
        Map<String, Integer> order = new HashMap<>();
        List<Tier> tiers = document.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            order.putIfAbsent(tiers.get(i).id(), i);
        }
        return order;
    }
}
