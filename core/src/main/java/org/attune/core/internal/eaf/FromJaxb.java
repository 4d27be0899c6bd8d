package org.attune.core.internal.eaf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.core.internal.jaxb.ANNOTATIONDOCUMENT;
import org.attune.core.internal.jaxb.AlignableType;
import org.attune.core.internal.jaxb.AnnotationType;
import org.attune.core.internal.jaxb.CVRESOURCE;
import org.attune.core.internal.jaxb.ConstraintType;
import org.attune.core.internal.jaxb.ConvocType;
import org.attune.core.internal.jaxb.CrossLinkType;
import org.attune.core.internal.jaxb.CveValueType;
import org.attune.core.internal.jaxb.CventryType;
import org.attune.core.internal.jaxb.DescMultiLangType;
import org.attune.core.internal.jaxb.ExtRefType;
import org.attune.core.internal.jaxb.GroupLinkType;
import org.attune.core.internal.jaxb.HeadType;
import org.attune.core.internal.jaxb.LangType;
import org.attune.core.internal.jaxb.LexRefType;
import org.attune.core.internal.jaxb.LicenseType;
import org.attune.core.internal.jaxb.LingType;
import org.attune.core.internal.jaxb.LocaleType;
import org.attune.core.internal.jaxb.PropType;
import org.attune.core.internal.jaxb.RefAnnoType;
import org.attune.core.internal.jaxb.RefLinksType;
import org.attune.core.internal.jaxb.TierType;
import org.attune.core.internal.jaxb.TimeType;
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
import org.attune.core.model.Header;
import org.attune.core.model.Language;
import org.attune.core.model.LexiconRef;
import org.attune.core.model.License;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.LinkedFileDescriptor;
import org.attune.core.model.LocaleInfo;
import org.attune.core.model.LocalizedText;
import org.attune.core.model.MediaDescriptor;
import org.attune.core.model.Property;
import org.attune.core.model.RefAnnotation;
import org.attune.core.model.RefLink;
import org.attune.core.model.RefLinkSet;
import org.attune.core.model.Stereotype;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.model.VocabularyResource;

/**
 * Maps the JAXB tree of a file to the immutable model and checks its structure. What ELAN tolerates and can
 * be repaired without losing anything is repaired and reported as a warning; what cannot be read faithfully
 * is reported as an error with its position.
 */
final class FromJaxb {

    /** The largest TIME_VALUE EAF allows (the maximum of xsd:unsignedInt), about 49.7 days. */
    static final long MAX_TIME = 4_294_967_295L;

    private final Report report;
    private final List<LegacyCapture.Vocabulary> legacy;

    /** What the document declares (languages, locales, constraints, ids), checked and repaired apart from the mapping. */
    private final Declarations declared;
    /** The ids of REF_ANNOTATIONs (the only annotations a PREVIOUS_ANNOTATION may name). */
    private final Set<String> refAnnotationIds = new HashSet<>();

    FromJaxb(Report report, List<LegacyCapture.Vocabulary> legacy) {
        this.report = report;
        this.legacy = legacy;
        this.declared = new Declarations(report);
    }

    // ------------------------------------------------------------------ documents

    AnnotationDocument document(ANNOTATIONDOCUMENT j) {
        for (LangType l : j.getLANGUAGE()) {
            if (l.getLANGID() == null) {
                // kept, the document could not be saved (a fuzz finding): SchemaAttributes warned that it is ignored
                continue;
            }
            Language lang = new Language(nz(l.getLANGID()), l.getLANGDEF(), l.getLANGLABEL());
            if (declared.languages.putIfAbsent(lang.id(), lang) != null) {
                report.error("LANGUAGE", lang.id(), 1, "duplicate LANGUAGE id '" + lang.id() + "'");
            }
            declared.claimId(lang.id(), "LANGUAGE", "language");
        }
        for (LocaleType l : j.getLOCALE()) {
            LocaleInfo locale = new LocaleInfo(nz(l.getLANGUAGECODE()), l.getCOUNTRYCODE(), l.getVARIANT());
            if (declared.locales.putIfAbsent(locale.languageCode(), locale) != null) {
                report.error("LOCALE", locale.languageCode(), 1,
                        "duplicate LOCALE language code '" + locale.languageCode() + "'");
            }
            declared.claimId(locale.languageCode(), "LOCALE", "locale");
        }
        for (ConstraintType c : j.getCONSTRAINT()) {
            if (c.getSTEREOTYPE() == null) {
                // kept, the document could not be saved (a fuzz finding): SchemaAttributes warned that it is ignored
                continue;
            }
            Constraint constraint = new Constraint(nz(c.getSTEREOTYPE()), c.getDESCRIPTION());
            if (declared.constraints.putIfAbsent(constraint.stereotype(), constraint) != null) {
                report.error("CONSTRAINT", constraint.stereotype(), 1,
                        "duplicate CONSTRAINT '" + constraint.stereotype() + "'");
            }
            declared.claimId(constraint.stereotype(), "CONSTRAINT", "constraint");
        }
        List<ExternalRef> externalRefs = externalRefs(j.getEXTERNALREF());
        Set<String> extRefIds = new HashSet<>();
        externalRefs.forEach(e -> extRefIds.add(e.id()));

        List<LexiconRef> lexiconRefs = new ArrayList<>();
        Set<String> lexIds = new HashSet<>();
        for (LexRefType l : j.getLEXICONREF()) {
            LexiconRef ref = new LexiconRef(nz(l.getLEXREFID()), nz(l.getNAME()), nz(l.getTYPE()), nz(l.getURL()),
                    nz(l.getLEXICONID()), nz(l.getLEXICONNAME()), l.getDATCATID(), l.getDATCATNAME());
            if (!lexIds.add(ref.id())) {
                report.error("LEXICON_REF", ref.id(), 1, "duplicate LEXICON_REF id '" + ref.id() + "'");
            }
            declared.claimId(ref.id(), "LEXICON_REF", "lexicon reference");
            lexiconRefs.add(ref);
        }

        List<ControlledVocabulary> vocabularies = vocabularies(j.getCONTROLLEDVOCABULARY());
        Set<String> cvIds = new HashSet<>();
        for (ControlledVocabulary cv : vocabularies) {
            if (!cvIds.add(cv.id())) {
                report.error("CONTROLLED_VOCABULARY", cv.id(), 1, "duplicate CONTROLLED_VOCABULARY id '" + cv.id() + "'");
            }
        }

        List<LinguisticType> types = new ArrayList<>();
        Set<String> typeIds = new HashSet<>();
        for (LingType t : j.getLINGUISTICTYPE()) {
            LinguisticType type = new LinguisticType(nz(t.getLINGUISTICTYPEID()), t.isTIMEALIGNABLE(),
                    t.getCONSTRAINTS(), t.isGRAPHICREFERENCES(), t.getCONTROLLEDVOCABULARYREF(), t.getEXTREF(),
                    t.getLEXICONREF());
            if (!typeIds.add(type.id())) {
                report.error("LINGUISTIC_TYPE", type.id(), 1, "duplicate LINGUISTIC_TYPE id '" + type.id() + "'");
            }
            if (type.constraints() != null && !declared.constraints.containsKey(type.constraints())) {
                Stereotype s = Stereotype.fromXmlName(type.constraints()).orElse(null);
                if (s != null) {
                    declared.constraints.put(s.xmlName(), new Constraint(s.xmlName(), s.description()));
                    declared.claimId(s.xmlName(), "CONSTRAINT", "constraint");
                    report.warning("LINGUISTIC_TYPE", type.id(), "linguistic type '" + type.id()
                            + "' uses constraint " + s.xmlName() + " which the file does not declare; declared it");
                } else {
                    report.error("LINGUISTIC_TYPE", type.id(), "linguistic type '" + type.id()
                            + "' has unknown constraint '" + type.constraints() + "'");
                }
            }
            if (type.controlledVocabularyRef() != null && !cvIds.contains(type.controlledVocabularyRef())) {
                report.error("LINGUISTIC_TYPE", type.id(), "linguistic type '" + type.id()
                        + "' refers to controlled vocabulary '" + type.controlledVocabularyRef()
                        + "', which does not exist");
            }
            if (type.lexiconRef() != null && !lexIds.contains(type.lexiconRef())) {
                report.error("LINGUISTIC_TYPE", type.id(), "linguistic type '" + type.id()
                        + "' refers to lexicon '" + type.lexiconRef() + "', which does not exist");
            }
            checkExtRefs(type.extRef(), extRefIds, "LINGUISTIC_TYPE", type.id(), "linguistic type '" + type.id() + "'");
            types.add(type);
        }

        Map<String, TimeSlot> slots = new LinkedHashMap<>();
        TimeType order = j.getTIMEORDER();
        List<TimeSlot> timeSlots = new ArrayList<>();
        if (order != null) {
            for (TimeType.TIMESLOT s : order.getTIMESLOT()) {
                String id = nz(s.getTIMESLOTID());
                Long value = s.getTIMEVALUE();
                if (value != null && value < 0) {
                    report.error("TIME_SLOT", id, "time slot '" + id + "' has a negative time " + value);
                    value = null;
                } else if (value != null && value > MAX_TIME) {
                    // TIME_VALUE is an xsd:unsignedInt: such a file could be read but never written back
                    report.error("TIME_SLOT", id, "time slot '" + id + "' has the time " + value
                            + " ms, more than EAF can hold (" + MAX_TIME + " ms)");
                    value = null;
                }
                TimeSlot slot = new TimeSlot(id, value);
                if (slots.putIfAbsent(id, slot) != null) {
                    report.error("TIME_SLOT", id, 1, "duplicate TIME_SLOT id '" + id + "'");
                }
                declared.claimId(id, "TIME_SLOT", "time slot");
                timeSlots.add(slot);
            }
        }

        List<Tier> tiers = tiers(j.getTIER(), typeIds, slots, extRefIds);
        new Structure(report).check(tiers, types, slots);
        Set<String> annotationIds = new HashSet<>();
        for (Tier t : tiers) {
            for (Annotation a : t.annotations()) {
                annotationIds.add(a.id());
            }
        }
        List<RefLinkSet> linkSets = refLinkSets(j.getREFLINKSET(), annotationIds, extRefIds);

        for (ControlledVocabulary cv : vocabularies) {
            checkExtRefs(cv.extRef(), extRefIds, "CONTROLLED_VOCABULARY", cv.id(), "controlled vocabulary '" + cv.id() + "'");
            for (CvEntry e : cv.entries()) {
                checkExtRefs(e.extRef(), extRefIds, "CV_ENTRY_ML", e.id(), "vocabulary entry '" + e.id() + "'");
            }
        }
        declared.checkLanguageRefs(vocabularies);

        HeadType h = j.getHEADER();
        Header header = h == null ? Header.milliseconds() : header(h);
        if (h == null) {
            report.warning("ANNOTATION_DOCUMENT", null, "the document has no HEADER; added an empty one");
        }
        List<License> licenses = new ArrayList<>();
        for (LicenseType l : j.getLICENSE()) {
            licenses.add(new License(l.getLICENSEURL(), l.getValue()));
        }
        return new AnnotationDocument(j.getAUTHOR(), j.getDATE(), licenses, header, timeSlots, tiers, types,
                new ArrayList<>(declared.locales.values()), new ArrayList<>(declared.languages.values()),
                new ArrayList<>(declared.constraints.values()), vocabularies, lexiconRefs, linkSets, externalRefs);
    }

    // ------------------------------------------------------------------ vocabulary files

    VocabularyResource resource(CVRESOURCE j) {
        for (LangType l : j.getLANGUAGE()) {
            if (l.getLANGID() == null) {
                // kept, the document could not be saved (a fuzz finding): SchemaAttributes warned that it is ignored
                continue;
            }
            Language lang = new Language(nz(l.getLANGID()), l.getLANGDEF(), l.getLANGLABEL());
            if (declared.languages.putIfAbsent(lang.id(), lang) != null) {
                report.error("LANGUAGE", lang.id(), 1, "duplicate LANGUAGE id '" + lang.id() + "'");
            }
        }
        List<ControlledVocabulary> vocabularies = vocabularies(j.getCONTROLLEDVOCABULARY());
        List<ExternalRef> externalRefs = externalRefs(j.getEXTERNALREF());
        declared.checkLanguageRefs(vocabularies);
        return new VocabularyResource(j.getAUTHOR(), j.getDATE(), j.getVERSION(), new ArrayList<>(declared.languages.values()),
                vocabularies, externalRefs);
    }

    // ------------------------------------------------------------------ parts

    private Header header(HeadType h) {
        List<MediaDescriptor> media = new ArrayList<>();
        List<HeadType.MEDIADESCRIPTOR> descriptors = h.getMEDIADESCRIPTOR();
        for (int i = 0; i < descriptors.size(); i++) {
            HeadType.MEDIADESCRIPTOR m = descriptors.get(i);
            // without MEDIA_URL (SchemaAttributes warned) the model keeps an empty URL
            media.add(new MediaDescriptor(m.getMEDIAURL(), m.getRELATIVEMEDIAURL(), m.getMIMETYPE(),
                    m.getTIMEORIGIN(), m.getEXTRACTEDFROM()));
        }
        List<LinkedFileDescriptor> linked = new ArrayList<>();
        for (HeadType.LINKEDFILEDESCRIPTOR l : h.getLINKEDFILEDESCRIPTOR()) {
            linked.add(new LinkedFileDescriptor(l.getLINKURL(), l.getRELATIVELINKURL(), l.getMIMETYPE(),
                    l.getTIMEORIGIN(), l.getASSOCIATEDWITH()));
        }
        List<Property> properties = new ArrayList<>();
        for (PropType p : h.getPROPERTY()) {
            properties.add(new Property(p.getNAME(), p.getValue()));
        }
        String mediaFile = h.getMEDIAFILE();
        // the getter answers the schema default for an absent attribute; the model keeps it absent (null)
        String timeUnits = h.isSetTIMEUNITS() ? h.getTIMEUNITS() : null;
        return new Header(mediaFile, timeUnits, media, linked, properties);
    }

    private List<ExternalRef> externalRefs(List<ExtRefType> list) {
        List<ExternalRef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ExtRefType e : list) {
            ExternalRef ref = new ExternalRef(nz(e.getEXTREFID()), nz(e.getTYPE()), e.getVALUE());
            if (!seen.add(ref.id())) {
                report.error("EXTERNAL_REF", ref.id(), 1, "duplicate EXTERNAL_REF id '" + ref.id() + "'");
            }
            declared.claimId(ref.id(), "EXTERNAL_REF", "external reference");
            out.add(ref);
        }
        return out;
    }

    private List<ControlledVocabulary> vocabularies(List<ConvocType> list) {
        List<ControlledVocabulary> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            ConvocType c = list.get(i);
            String cvId = nz(c.getCVID());
            LegacyCapture.Vocabulary old = i < legacy.size() && cvId.equals(legacy.get(i).id) ? legacy.get(i) : null;
            List<LocalizedText> descriptions = new ArrayList<>();
            for (DescMultiLangType d : c.getDESCRIPTION()) {
                descriptions.add(new LocalizedText(declared.langOrUndetermined(d.getLANGREF()),
                        d.getValue()));
            }
            List<CvEntry> entries = new ArrayList<>();
            Set<String> entryIds = new HashSet<>();
            for (CventryType e : c.getCVENTRYML()) {
                List<CvEntryValue> values = new ArrayList<>();
                for (CveValueType v : e.getCVEVALUE()) {
                    values.add(new CvEntryValue(declared.langOrUndetermined(v.getLANGREF()),
                            v.getValue(), v.getDESCRIPTION()));
                }
                String entryId = nz(e.getCVEID());
                if (!entryIds.add(entryId)) {
                    report.error("CV_ENTRY_ML", entryId, 1, "duplicate entry id '" + entryId
                            + "' in controlled vocabulary '" + cvId + "'");
                }
                if (values.isEmpty()) {
                    report.warning("CV_ENTRY_ML", entryId, "vocabulary entry '" + entryId + "' of '" + cvId
                            + "' has no value");
                }
                entries.add(new CvEntry(entryId, e.getEXTREF(), values));
            }
            if (old != null) {
                // EAF before 2.8: one description attribute and monolingual entries, in the language "und"
                if (old.description != null && descriptions.isEmpty()) {
                    descriptions.add(new LocalizedText(declared.undetermined(), old.description));
                }
                int n = 0;
                for (LegacyCapture.Entry e : old.entries) {
                    String id = e.id() != null ? e.id() : "cveid" + n;
                    while (entryIds.contains(id)) {
                        id = "cveid" + (++n);
                    }
                    entryIds.add(id);
                    n++;
                    entries.add(new CvEntry(id, e.extRef(),
                            List.of(new CvEntryValue(declared.undetermined(), e.value(), e.description()))));
                }
            }
            out.add(new ControlledVocabulary(cvId, c.getEXTREF(), descriptions, entries));
        }
        return out;
    }

    private List<Tier> tiers(List<TierType> list, Set<String> typeIds, Map<String, TimeSlot> slots,
                             Set<String> extRefIds) {
        Map<String, TierType> byId = new LinkedHashMap<>();
        Map<String, String> tierOfAnnotation = new HashMap<>();
        Map<String, Integer> annotationSeen = new HashMap<>();
        for (TierType t : list) {
            String id = nz(t.getTIERID());
            if (byId.putIfAbsent(id, t) != null) {
                report.error("TIER", id, 1, "duplicate TIER id '" + id + "'");
            }
            for (AnnotationType a : t.getANNOTATION()) {
                String aid = annotationId(a);
                if (aid == null) {
                    continue;
                }
                int seen = annotationSeen.merge(aid, 1, Integer::sum);
                if (seen > 1) {
                    String element = a.getALIGNABLEANNOTATION() != null ? "ALIGNABLE_ANNOTATION" : "REF_ANNOTATION";
                    report.error(element, aid, seen - 1, "duplicate ANNOTATION_ID '" + aid + "'");
                } else {
                    tierOfAnnotation.put(aid, id);
                    if (a.getALIGNABLEANNOTATION() == null) {
                        refAnnotationIds.add(aid);
                    }
                    declared.claimId(aid, a.getALIGNABLEANNOTATION() != null ? "ALIGNABLE_ANNOTATION" : "REF_ANNOTATION",
                            "annotation");
                }
            }
        }
        List<Tier> out = new ArrayList<>();
        for (TierType t : list) {
            String id = nz(t.getTIERID());
            String typeRef = nz(t.getLINGUISTICTYPEREF());
            if (!typeIds.contains(typeRef)) {
                report.error("TIER", id, "tier '" + id + "' refers to linguistic type '" + typeRef
                        + "', which does not exist");
            }
            String parent = t.getPARENTREF();
            if (parent != null && !byId.containsKey(parent)) {
                parent = repairParent(t, id, parent, tierOfAnnotation);
            }
            String locale = t.getDEFAULTLOCALE();
            if (locale != null && !declared.locales.containsKey(locale)) {
                declared.locales.put(locale, new LocaleInfo(locale, null, null));
                declared.claimId(locale, "LOCALE", "locale");
                report.warning("TIER", id, "tier '" + id + "' refers to locale '" + locale
                        + "', which the file does not declare; declared it");
            }
            String langRef = declared.language(t.getLANGREF(), "TIER", id, "tier '" + id + "'");
            checkExtRefs(t.getEXTREF(), extRefIds, "TIER", id, "tier '" + id + "'");
            List<Annotation> annotations = new ArrayList<>(t.getANNOTATION().size());
            for (AnnotationType a : t.getANNOTATION()) {
                Annotation annotation = annotation(a, id, parent, slots, tierOfAnnotation, extRefIds);
                if (annotation != null) {
                    annotations.add(annotation);
                }
            }
            out.add(new Tier(id, t.getPARTICIPANT(), t.getANNOTATOR(), typeRef, locale, parent, t.getEXTREF(),
                    langRef, annotations));
        }
        return out;
    }

    /** A PARENT_REF that names no tier: adopt the one tier its reference annotations point into, if there is one. */
    private String repairParent(TierType t, String id, String parent, Map<String, String> tierOfAnnotation) {
        Set<String> targets = new LinkedHashSet<>();
        for (AnnotationType a : t.getANNOTATION()) {
            if (a.getREFANNOTATION() != null) {
                targets.add(tierOfAnnotation.get(a.getREFANNOTATION().getANNOTATIONREF()));
            }
        }
        targets.remove(null);
        targets.remove(id);
        if (targets.size() == 1) {
            String adopted = targets.iterator().next();
            report.warning("TIER", id, "tier '" + id + "' names parent tier '" + parent
                    + "', which does not exist; its annotations refer to tier '" + adopted + "', taken as the parent");
            return adopted;
        }
        if (targets.isEmpty() && t.getANNOTATION().stream().allMatch(a -> a.getREFANNOTATION() == null)) {
            report.error("TIER", id, "tier '" + id + "' names parent tier '" + parent + "', which does not exist");
        } else {
            report.error("TIER", id, "tier '" + id + "' names parent tier '" + parent
                    + "', which does not exist, and its annotations refer to several tiers");
        }
        return parent;
    }

    private static String annotationId(AnnotationType a) {
        if (a.getALIGNABLEANNOTATION() != null) {
            return a.getALIGNABLEANNOTATION().getANNOTATIONID();
        }
        if (a.getREFANNOTATION() != null) {
            return a.getREFANNOTATION().getANNOTATIONID();
        }
        return null;
    }

    private Annotation annotation(AnnotationType a, String tierId, String parentTier, Map<String, TimeSlot> slots,
                                  Map<String, String> tierOfAnnotation, Set<String> extRefIds) {
        AlignableType al = a.getALIGNABLEANNOTATION();
        if (al != null) {
            String id = nz(al.getANNOTATIONID());
            String where = "annotation '" + id + "' on tier '" + tierId + "'";
            String s1 = nz(al.getTIMESLOTREF1());
            String s2 = nz(al.getTIMESLOTREF2());
            TimeSlot t1 = slots.get(s1);
            TimeSlot t2 = slots.get(s2);
            if (t1 == null) {
                report.error("ALIGNABLE_ANNOTATION", id, where + " refers to time slot '" + s1 + "', which does not exist");
            }
            if (t2 == null) {
                report.error("ALIGNABLE_ANNOTATION", id, where + " refers to time slot '" + s2 + "', which does not exist");
            }
            if (t1 != null && t2 != null && t1.isAligned() && t2.isAligned() && t2.value() < t1.value()) {
                report.error("ALIGNABLE_ANNOTATION", id, where + " ends (" + t2.value() + " ms) before it starts ("
                        + t1.value() + " ms)");
            }
            checkExtRefs(al.getEXTREF(), extRefIds, "ALIGNABLE_ANNOTATION", id, where);
            String lang = declared.language(al.getLANGREF(), "ALIGNABLE_ANNOTATION", id, where);
            return new AlignableAnnotation(id, s1, s2, al.getSVGREF(), al.getANNOTATIONVALUE(), al.getEXTREF(), lang,
                    al.getCVEREF());
        }
        RefAnnoType r = a.getREFANNOTATION();
        if (r == null) {
            report.error("TIER", tierId, "tier '" + tierId + "' has an ANNOTATION with neither an ALIGNABLE_ANNOTATION"
                    + " nor a REF_ANNOTATION");
            return null;
        }
        String id = nz(r.getANNOTATIONID());
        String where = "annotation '" + id + "' on tier '" + tierId + "'";
        String ref = nz(r.getANNOTATIONREF());
        String refTier = tierOfAnnotation.get(ref);
        if (refTier == null) {
            report.error("REF_ANNOTATION", id, where + " refers to annotation '" + ref + "', which does not exist");
        } else if (parentTier == null) {
            report.error("REF_ANNOTATION", id, where + " is a reference annotation, but tier '" + tierId
                    + "' has no parent tier");
        }
        String previous = r.getPREVIOUSANNOTATION();
        if (previous != null && !tierOfAnnotation.containsKey(previous)) {
            report.error("REF_ANNOTATION", id, where + " names previous annotation '" + previous
                    + "', which does not exist");
        } else if (previous != null && !refAnnotationIds.contains(previous)) {
            report.error("REF_ANNOTATION", id, where + " names previous annotation '" + previous
                    + "', which is not a reference annotation");
        }
        checkExtRefs(r.getEXTREF(), extRefIds, "REF_ANNOTATION", id, where);
        String lang = declared.language(r.getLANGREF(), "REF_ANNOTATION", id, where);
        return new RefAnnotation(id, ref, previous, r.getANNOTATIONVALUE(), r.getEXTREF(), lang, r.getCVEREF());
    }

    private List<RefLinkSet> refLinkSets(List<RefLinksType> list, Set<String> annotationIds, Set<String> extRefIds) {
        Set<String> linkIds = new HashSet<>();
        for (RefLinksType s : list) {
            declared.claimId(nz(s.getLINKSETID()), "REF_LINK_SET", "link set");
            for (Object o : s.getCROSSREFLINKOrGROUPREFLINK()) {
                String id = o instanceof CrossLinkType c ? c.getREFLINKID() : ((GroupLinkType) o).getREFLINKID();
                String element = o instanceof CrossLinkType ? "CROSS_REF_LINK" : "GROUP_REF_LINK";
                if (!linkIds.add(nz(id))) {
                    report.error(element, id, 1, "duplicate REF_LINK_ID '" + id + "'");
                }
                declared.claimId(nz(id), element, "reference link");
            }
        }
        List<RefLinkSet> out = new ArrayList<>();
        for (RefLinksType s : list) {
            String setId = nz(s.getLINKSETID());
            List<RefLink> links = new ArrayList<>();
            for (Object o : s.getCROSSREFLINKOrGROUPREFLINK()) {
                if (o instanceof CrossLinkType c) {
                    String id = nz(c.getREFLINKID());
                    for (String ref : new String[] {c.getREF1(), c.getREF2()}) {
                        checkLinkTarget(ref, annotationIds, linkIds, "CROSS_REF_LINK", id);
                    }
                    checkExtRefs(c.getEXTREF(), extRefIds, "CROSS_REF_LINK", id, "link '" + id + "'");
                    links.add(new CrossRefLink(id, nz(c.getREF1()), nz(c.getREF2()), c.getDIRECTIONALITY(),
                            c.getREFLINKNAME(), c.getEXTREF(), declared.language(c.getLANGREF(), "CROSS_REF_LINK", id,
                            "link '" + id + "'"), c.getCVEREF(), c.getREFTYPE(), c.getValue()));
                } else {
                    GroupLinkType g = (GroupLinkType) o;
                    String id = nz(g.getREFLINKID());
                    List<String> refs = splitIds(g.getREFS());
                    for (String ref : refs) {
                        checkLinkTarget(ref, annotationIds, linkIds, "GROUP_REF_LINK", id);
                    }
                    checkExtRefs(g.getEXTREF(), extRefIds, "GROUP_REF_LINK", id, "link '" + id + "'");
                    links.add(new GroupRefLink(id, refs, g.getREFLINKNAME(), g.getEXTREF(),
                            declared.language(g.getLANGREF(), "GROUP_REF_LINK", id, "link '" + id + "'"), g.getCVEREF(),
                            g.getREFTYPE(), g.getValue()));
                }
            }
            checkExtRefs(s.getEXTREF(), extRefIds, "REF_LINK_SET", setId, "link set '" + setId + "'");
            out.add(new RefLinkSet(setId, s.getLINKSETNAME(), s.getEXTREF(),
                    declared.language(s.getLANGREF(), "REF_LINK_SET", setId, "link set '" + setId + "'"), s.getCVREF(), links));
        }
        return out;
    }

    private void checkLinkTarget(String ref, Set<String> annotationIds, Set<String> linkIds, String element,
                                 String id) {
        if (ref == null || ref.isEmpty()) {
            report.error(element, id, "link '" + id + "' has an empty reference");
        } else if (!annotationIds.contains(ref) && !linkIds.contains(ref)) {
            report.error(element, id, "link '" + id + "' refers to '" + ref
                    + "', which is neither an annotation nor a link");
        }
    }

    // ------------------------------------------------------------------ references

    private void checkExtRefs(String extRef, Set<String> extRefIds, String element, String id, String what) {
        if (extRef == null) {
            return;
        }
        for (String ref : splitIds(extRef)) {
            if (!extRefIds.contains(ref)) {
                report.error(element, id, what + " refers to external reference '" + ref + "', which does not exist");
            }
        }
    }

    static List<String> splitIds(String ids) {
        if (ids == null || ids.isBlank()) {
            return List.of();
        }
        return Arrays.asList(ids.strip().split("\\s+"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
