package org.attune.core.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Constraint;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CrossRefLink;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.ExternalRef;
import org.attune.core.model.GroupRefLink;
import org.attune.core.model.Language;
import org.attune.core.model.LexiconRef;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.LocaleInfo;
import org.attune.core.model.LocalizedText;
import org.attune.core.model.RefAnnotation;
import org.attune.core.model.RefLink;
import org.attune.core.model.RefLinkSet;
import org.attune.core.model.Stereotype;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.testing.DocumentSpec.AnnotationSpec;
import org.attune.core.testing.DocumentSpec.Decor;
import org.attune.core.testing.DocumentSpec.EntrySpec;
import org.attune.core.testing.DocumentSpec.LinkSetSpec;
import org.attune.core.testing.DocumentSpec.LinkSpec;
import org.attune.core.testing.DocumentSpec.TierSpec;
import org.attune.core.testing.DocumentSpec.TypeSpec;
import org.attune.core.testing.DocumentSpec.VocabularySpec;

/**
 * Makes a {@link DocumentSpec} a valid document, the way ELAN would lay it out: unique ids; every reference
 * resolved among what exists; a dependent tier under an earlier tier its constraint allows; Time_Subdivision
 * children filling their parent's span (inner boundaries aligned or not), Included_In children inside it,
 * Symbolic_Subdivision children chained by PREVIOUS_ANNOTATION, one Symbolic_Association child per parent;
 * every language, locale and constraint that is referred to declared.
 */
final class DocumentAssembler {

    /** The largest TIME_VALUE EAF allows (xsd:unsignedInt). */
    static final long MAX_TIME = 4_294_967_295L;

    private static final String[] LANGUAGE_IDS = {"eng", "nld", "deu", "fra", "tur", "und", "yue", "spa"};
    private static final String[] LOCALE_CODES = {"en", "nl", "de", "fr", "tr", "ja"};

    /** A tier as built, with what its children may refer to. */
    private record Built(Tier tier, Stereotype stereotype, List<Span> spans) {
        boolean holdsAlignableAnnotations() {
            return stereotype == null || stereotype.timeAlignable();
        }
    }

    /** An alignable annotation's slots, and its times when both slots are aligned (else both null). */
    private record Span(String id, String slot1, String slot2, Long start, Long end) {
    }

    private final DocumentSpec spec;
    private final String prefix;
    private final List<TimeSlot> slots = new ArrayList<>();
    private int annotationCount;
    private List<Language> languages;
    private List<LocaleInfo> locales;
    private List<ExternalRef> externalRefs;
    private List<LexiconRef> lexiconRefs;
    private List<ControlledVocabulary> vocabularies;
    private List<LinguisticType> types;

    private DocumentAssembler(DocumentSpec spec) {
        this.spec = spec;
        this.prefix = spec.idPrefix();
    }

    static AnnotationDocument assemble(DocumentSpec spec) {
        return new DocumentAssembler(spec).document();
    }

    private AnnotationDocument document() {
        DocumentSpec.Declarations d = spec.declarations();
        languages = new ArrayList<>();
        for (int i = 0; i < Math.min(d.languages().size(), LANGUAGE_IDS.length); i++) {
            languages.add(new Language(LANGUAGE_IDS[i], d.languages().get(i).definition(),
                    d.languages().get(i).label()));
        }
        if (languages.isEmpty() && !spec.vocabularies().isEmpty()) {
            languages.add(Language.ENGLISH); // vocabulary values and descriptions need a language
        }
        locales = new ArrayList<>();
        for (int i = 0; i < Math.min(d.locales().size(), LOCALE_CODES.length); i++) {
            DocumentSpec.LocaleSpec l = d.locales().get(i);
            locales.add(new LocaleInfo(LOCALE_CODES[i], l.countryCode(), l.variant()));
        }
        externalRefs = new ArrayList<>();
        for (ExternalRef e : d.externalRefs()) {
            externalRefs.add(new ExternalRef(prefix + "er" + (externalRefs.size() + 1), e.type(), e.value()));
        }
        lexiconRefs = new ArrayList<>();
        for (LexiconRef l : d.lexiconRefs()) {
            lexiconRefs.add(new LexiconRef(prefix + "lex" + (lexiconRefs.size() + 1), l.name(), l.type(), l.url(),
                    l.lexiconId(), l.lexiconName(), l.datcatId(), l.datcatName()));
        }
        vocabularies = vocabularies();
        types = types();
        List<Built> tiers = tiers();
        List<RefLinkSet> linkSets = linkSets(tiers);
        DocumentSpec.Head h = spec.head();
        return new AnnotationDocument(h.author(), h.date(), h.licenses(), h.header(), slots,
                tiers.stream().map(Built::tier).toList(), types, locales, languages, constraints(), vocabularies,
                lexiconRefs, linkSets, externalRefs);
    }

    // ------------------------------------------------------------------ vocabularies, types, constraints

    private List<ControlledVocabulary> vocabularies() {
        List<ControlledVocabulary> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (VocabularySpec v : spec.vocabularies()) {
            String id = unique(v.name(), ids);
            if (v.external() && !externalRefs.isEmpty()) {
                out.add(new ControlledVocabulary(id, pick(externalRefs, v.extRefPick()).id(), List.of(), List.of()));
                continue;
            }
            List<LocalizedText> descriptions = new ArrayList<>();
            for (int j = 0; j < Math.min(v.descriptions().size(), languages.size()); j++) {
                descriptions.add(new LocalizedText(languages.get(j).id(), v.descriptions().get(j)));
            }
            List<CvEntry> entries = new ArrayList<>();
            Set<String> entryIds = new HashSet<>();
            for (EntrySpec e : v.entries()) {
                List<CvEntryValue> values = new ArrayList<>();
                for (int j = 0; j < Math.min(e.values().size(), languages.size()); j++) {
                    String lang = languages.get((entries.size() + j) % languages.size()).id();
                    values.add(new CvEntryValue(lang, e.values().get(j).value(), e.values().get(j).description()));
                }
                ExternalRef ext = pick(externalRefs, e.extRefPick());
                entries.add(new CvEntry(unique(e.name(), entryIds), ext == null ? null : ext.id(), values));
            }
            out.add(new ControlledVocabulary(id, null, descriptions, entries));
        }
        return out;
    }

    private List<LinguisticType> types() {
        List<LinguisticType> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TypeSpec t : spec.types()) {
            Stereotype s = t.stereotype();
            ControlledVocabulary cv = pick(vocabularies, t.cvPick());
            LexiconRef lex = pick(lexiconRefs, t.lexiconPick());
            ExternalRef ext = pick(externalRefs, t.extRefPick());
            out.add(new LinguisticType(unique(t.name(), ids),
                    t.declareTimeAlignable() ? Boolean.valueOf(s == null || s.timeAlignable()) : null,
                    s == null ? null : s.xmlName(), t.graphicReferences(), cv == null ? null : cv.id(),
                    ext == null ? null : ext.id(), lex == null ? null : lex.id()));
        }
        if (out.stream().noneMatch(t -> t.constraints() == null)) {
            out.add(LinguisticType.timeAligned(unique("default-lt", ids)));
        }
        return out;
    }

    /** Every constraint a type uses, and the extra ones, in ELAN's order. */
    private List<Constraint> constraints() {
        Set<Stereotype> declared = EnumSet.noneOf(Stereotype.class);
        declared.addAll(spec.declarations().extraConstraints());
        types.forEach(t -> t.stereotype().ifPresent(declared::add));
        return declared.stream()
                .map(s -> new Constraint(s.xmlName(), spec.declarations().constraintDescriptions().get(s.ordinal())))
                .toList();
    }

    // ------------------------------------------------------------------ tiers

    private List<Built> tiers() {
        List<Built> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<LinguisticType> topTypes = types.stream().filter(t -> t.constraints() == null).toList();
        for (TierSpec ts : spec.tiers()) {
            LinguisticType type = types.get(ts.typePick() % types.size());
            Stereotype s = type.stereotype().orElse(null);
            List<Built> parents = s == null ? List.of() : parentsFor(s, out);
            if (s != null && parents.isEmpty()) {
                type = topTypes.get(ts.typePick() % topTypes.size());
                s = null;
            }
            Built parent = s == null ? null : parents.get(ts.parentPick() % parents.size());
            String id = unique(ts.name(), ids);
            List<Annotation> annotations = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            ControlledVocabulary cv = vocabulary(type.controlledVocabularyRef());
            if (s == null) {
                topLevel(ts.annotations(), cv, annotations, spans);
            } else if (s.timeAlignable()) {
                dependentAlignable(s, parent, ts.annotations(), cv, annotations, spans);
            } else {
                symbolic(s, parent, ts.annotations(), cv, annotations);
            }
            LocaleInfo locale = pick(locales, ts.localePick());
            ExternalRef ext = ts.decor().extRefPicks().isEmpty() ? null
                    : pick(externalRefs, ts.decor().extRefPicks().get(0));
            Tier tier = new Tier(id, ts.participant(), ts.annotator(), type.id(),
                    locale == null ? null : locale.languageCode(), parent == null ? null : parent.tier().id(),
                    ext == null ? null : ext.id(), language(ts.decor().langPick()), annotations);
            out.add(new Built(tier, s, spans));
        }
        return out;
    }

    /**
     * The tiers a tier of this constraint may depend on (time-alignable ones need alignable parents); those with
     * annotations when there are any, so that most dependent tiers have annotations of their own.
     */
    private static List<Built> parentsFor(Stereotype s, List<Built> tiers) {
        List<Built> allowed = tiers.stream().filter(b -> !s.timeAlignable() || b.holdsAlignableAnnotations()).toList();
        List<Built> annotated = allowed.stream().filter(b -> !b.tier().annotations().isEmpty()).toList();
        return annotated.isEmpty() ? allowed : annotated;
    }

    private void topLevel(List<AnnotationSpec> specs, ControlledVocabulary cv, List<Annotation> out,
                          List<Span> spans) {
        long time = spec.timeBase();
        String previousEnd = null;
        for (AnnotationSpec a : specs) {
            long start = time + a.gap();
            long end = start + a.duration();
            String slot1 = a.variant() && a.gap() == 0 && previousEnd != null ? previousEnd : slot(start);
            String slot2 = slot(end);
            spans.add(alignable(a, slot1, slot2, start, end, cv, out));
            time = end;
            previousEnd = slot2;
        }
    }

    private void dependentAlignable(Stereotype s, Built parent, List<AnnotationSpec> specs, ControlledVocabulary cv,
                                    List<Annotation> out, List<Span> spans) {
        for (Map.Entry<Integer, List<AnnotationSpec>> group : byParent(specs, parent.spans().size()).entrySet()) {
            Span p = parent.spans().get(group.getKey());
            List<AnnotationSpec> children = group.getValue();
            if (s == Stereotype.TIME_SUBDIVISION) {
                subdivide(p, children, cv, out, spans);
            } else if (p.start() != null) {
                include(p, children, cv, out, spans);
            }
        }
    }

    /** Time_Subdivision: the children share the parent's first and last slot; inner boundaries may be unaligned. */
    private void subdivide(Span p, List<AnnotationSpec> children, ControlledVocabulary cv, List<Annotation> out,
                           List<Span> spans) {
        int k = children.size();
        String[] bounds = new String[k + 1];
        Long[] times = new Long[k + 1];
        bounds[0] = p.slot1();
        times[0] = p.start();
        bounds[k] = p.slot2();
        times[k] = p.end();
        for (int j = 1; j < k; j++) {
            if (p.start() != null && children.get(j).variant()) {
                times[j] = p.start() + (p.end() - p.start()) * j / k;
                bounds[j] = slot(times[j]);
            } else {
                bounds[j] = slot(null);
            }
        }
        for (int j = 0; j < k; j++) {
            spans.add(alignable(children.get(j), bounds[j], bounds[j + 1], times[j], times[j + 1], cv, out));
        }
    }

    /** Included_In: the children lie inside the parent's span, each in its own share of it, gaps allowed. */
    private void include(Span p, List<AnnotationSpec> children, ControlledVocabulary cv, List<Annotation> out,
                         List<Span> spans) {
        int k = children.size();
        long share = (p.end() - p.start()) / k;
        for (int j = 0; j < k; j++) {
            AnnotationSpec a = children.get(j);
            long shareStart = p.start() + j * share;
            long shareEnd = j == k - 1 ? p.end() : shareStart + share;
            long start = Math.min(shareStart + a.gap(), shareEnd);
            long end = Math.min(start + a.duration(), shareEnd);
            spans.add(alignable(a, slot(start), slot(end), start, end, cv, out));
        }
    }

    /** Symbolic_Subdivision: an ordered chain per parent; Symbolic_Association: the first child per parent only. */
    private void symbolic(Stereotype s, Built parent, List<AnnotationSpec> specs, ControlledVocabulary cv,
                          List<Annotation> out) {
        List<String> parentIds = parent.tier().annotations().stream().map(Annotation::id).toList();
        for (Map.Entry<Integer, List<AnnotationSpec>> group : byParent(specs, parentIds.size()).entrySet()) {
            String parentId = parentIds.get(group.getKey());
            String previous = null;
            for (AnnotationSpec a : group.getValue()) {
                String id = annotationId();
                out.add(new RefAnnotation(id, parentId, previous, a.value(), extRefs(a.decor()),
                        language(a.decor().langPick()), entry(cv, a.cvePick())));
                if (s == Stereotype.SYMBOLIC_ASSOCIATION) {
                    break;
                }
                previous = id;
            }
        }
    }

    private Span alignable(AnnotationSpec a, String slot1, String slot2, Long start, Long end, ControlledVocabulary cv,
                           List<Annotation> out) {
        String id = annotationId();
        out.add(new AlignableAnnotation(id, slot1, slot2, a.svgRef(), a.value(), extRefs(a.decor()),
                language(a.decor().langPick()), entry(cv, a.cvePick())));
        boolean aligned = start != null && end != null;
        return new Span(id, slot1, slot2, aligned ? start : null, aligned ? end : null);
    }

    /** The annotations grouped by the parent they pick, in the parents' order. */
    private static Map<Integer, List<AnnotationSpec>> byParent(List<AnnotationSpec> specs, int parents) {
        Map<Integer, List<AnnotationSpec>> out = new TreeMap<>();
        if (parents > 0) {
            for (AnnotationSpec a : specs) {
                out.computeIfAbsent(a.parentPick() % parents, k -> new ArrayList<>()).add(a);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ ref link sets

    private List<RefLinkSet> linkSets(List<Built> tiers) {
        List<String> targets = new ArrayList<>();
        tiers.forEach(b -> b.tier().annotations().forEach(a -> targets.add(a.id())));
        int linkCount = spec.linkSets().stream().mapToInt(s -> s.links().size()).sum();
        List<String> linkIds = new ArrayList<>();
        for (int i = 1; i <= linkCount; i++) {
            linkIds.add(prefix + "rl" + i);
        }
        targets.addAll(linkIds);
        List<RefLinkSet> out = new ArrayList<>();
        int next = 0;
        for (LinkSetSpec s : spec.linkSets()) {
            List<RefLink> links = new ArrayList<>();
            for (LinkSpec l : s.links()) {
                links.add(link(l, linkIds.get(next++), targets));
            }
            ControlledVocabulary cv = pick(vocabularies, s.cvPick());
            out.add(new RefLinkSet(prefix + "ls" + (out.size() + 1), s.name(), extRefs(s.decor()),
                    language(s.decor().langPick()), cv == null ? null : cv.id(), links));
        }
        return out;
    }

    private RefLink link(LinkSpec l, String id, List<String> targets) {
        List<Integer> picks = l.refPicks();
        if (l.group()) {
            Set<String> refs = new LinkedHashSet<>();
            picks.forEach(p -> refs.add(targets.get(p % targets.size())));
            return new GroupRefLink(id, List.copyOf(refs), l.name(), extRefs(l.decor()), language(l.decor().langPick()),
                    l.cveRef(), l.refType(), l.value());
        }
        String ref1 = targets.get(picks.get(0) % targets.size());
        String ref2 = targets.get((picks.size() > 1 ? picks.get(1) : picks.get(0) + 1) % targets.size());
        return new CrossRefLink(id, ref1, ref2, l.directionality(), l.name(), extRefs(l.decor()),
                language(l.decor().langPick()), l.cveRef(), l.refType(), l.value());
    }

    // ------------------------------------------------------------------ references and ids

    /** A new time slot, aligned at {@code time} or unaligned when it is null. */
    private String slot(Long time) {
        String id = prefix + "ts" + (slots.size() + 1);
        slots.add(new TimeSlot(id, time));
        return id;
    }

    private String annotationId() {
        return prefix + "a" + (++annotationCount);
    }

    /** EXT_REF as a space-separated list of distinct ids (IDREFS), or null. */
    private String extRefs(Decor decor) {
        if (externalRefs.isEmpty() || decor.extRefPicks().isEmpty()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        decor.extRefPicks().forEach(p -> ids.add(pick(externalRefs, p).id()));
        return String.join(" ", ids);
    }

    private String language(Integer pick) {
        Language l = pick(languages, pick);
        return l == null ? null : l.id();
    }

    /** A CVE_REF to an entry of the tier's vocabulary, when it has entries and one is picked. */
    private static String entry(ControlledVocabulary cv, Integer pick) {
        CvEntry e = cv == null ? null : pick(cv.entries(), pick);
        return e == null ? null : e.id();
    }

    private ControlledVocabulary vocabulary(String id) {
        return vocabularies.stream().filter(cv -> cv.id().equals(id)).findFirst().orElse(null);
    }

    private static <T> T pick(List<T> candidates, Integer pick) {
        return pick == null || candidates.isEmpty() ? null : candidates.get(pick % candidates.size());
    }

    /** {@code name}, or {@code name~n} when it is taken. */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 1; !taken.add(candidate); n++) {
            candidate = name + "~" + n;
        }
        return candidate;
    }
}
