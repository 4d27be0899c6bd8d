package org.attune.core.internal.eaf;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
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
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.model.VocabularyResource;

/** Maps the model to the JAXB tree of an EAF 3.0 file, refusing text that XML 1.0 cannot hold. */
final class ToJaxb {

    private static final Pattern DATE_TIME = Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    private ToJaxb() {
    }

    /** Parses xsd date and time values; the JDK's factory keeps no state, so one serves all threads. */
    private static final DatatypeFactory DATATYPES = newDatatypeFactory();

    /** The DATE to write: the document's when it is a valid xsd:dateTime, else now. */
    static String dateOrNow(String date) {
        if (date != null && DATE_TIME.matcher(date).matches() && hasValidFields(date)) {
            return date;
        }
        return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Whether a date of the right shape also has values the schema accepts. The pattern alone let through
     * 30 February, month 13, an offset beyond ±14:00, year 0 and a leap second, and the schema check then
     * refused to write the whole document.
     */
    private static boolean hasValidFields(String date) {
        try {
            XMLGregorianCalendar c = DATATYPES.newXMLGregorianCalendar(date);
            return c.isValid() && c.getSecond() != 60; // the schema validator has no leap seconds
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static DatatypeFactory newDatatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("the JDK has no javax.xml.datatype implementation", e);
        }
    }

    static ANNOTATIONDOCUMENT document(AnnotationDocument d) {
        ANNOTATIONDOCUMENT j = new ANNOTATIONDOCUMENT();
        j.setAUTHOR(x(d.author(), "AUTHOR"));
        j.setDATE(dateOrNow(d.date()));
        j.setFORMAT("3.0");
        j.setVERSION("3.0");
        for (License l : d.licenses()) {
            LicenseType t = new LicenseType();
            t.setLICENSEURL(x(l.url(), "LICENSE_URL"));
            t.setValue(x(l.text(), "LICENSE"));
            j.getLICENSE().add(t);
        }
        j.setHEADER(header(d.header()));
        TimeType order = new TimeType();
        List<TimeType.TIMESLOT> slots = order.getTIMESLOT();
        for (TimeSlot s : d.timeSlots()) {
            TimeType.TIMESLOT t = new TimeType.TIMESLOT();
            t.setTIMESLOTID(x(s.id(), "TIME_SLOT_ID"));
            t.setTIMEVALUE(s.value());
            slots.add(t);
        }
        j.setTIMEORDER(order);
        for (Tier tier : d.tiers()) {
            j.getTIER().add(tier(tier));
        }
        for (LinguisticType l : d.linguisticTypes()) {
            LingType t = new LingType();
            t.setLINGUISTICTYPEID(x(l.id(), "LINGUISTIC_TYPE_ID"));
            t.setTIMEALIGNABLE(l.timeAlignable());
            t.setCONSTRAINTS(x(l.constraints(), "CONSTRAINTS"));
            t.setGRAPHICREFERENCES(l.graphicReferences());
            t.setCONTROLLEDVOCABULARYREF(x(l.controlledVocabularyRef(), "CONTROLLED_VOCABULARY_REF"));
            t.setEXTREF(x(l.extRef(), "EXT_REF"));
            t.setLEXICONREF(x(l.lexiconRef(), "LEXICON_REF"));
            j.getLINGUISTICTYPE().add(t);
        }
        for (LocaleInfo l : d.locales()) {
            LocaleType t = new LocaleType();
            t.setLANGUAGECODE(x(l.languageCode(), "LANGUAGE_CODE"));
            t.setCOUNTRYCODE(x(l.countryCode(), "COUNTRY_CODE"));
            t.setVARIANT(x(l.variant(), "VARIANT"));
            j.getLOCALE().add(t);
        }
        for (Language l : d.languages()) {
            j.getLANGUAGE().add(language(l));
        }
        for (Constraint c : d.constraints()) {
            ConstraintType t = new ConstraintType();
            t.setSTEREOTYPE(x(c.stereotype(), "STEREOTYPE"));
            t.setDESCRIPTION(x(c.description(), "DESCRIPTION"));
            j.getCONSTRAINT().add(t);
        }
        for (ControlledVocabulary cv : d.controlledVocabularies()) {
            j.getCONTROLLEDVOCABULARY().add(vocabulary(cv));
        }
        for (LexiconRef l : d.lexiconRefs()) {
            LexRefType t = new LexRefType();
            t.setLEXREFID(x(l.id(), "LEX_REF_ID"));
            t.setNAME(x(l.name(), "NAME"));
            t.setTYPE(x(l.type(), "TYPE"));
            t.setURL(x(l.url(), "URL"));
            t.setLEXICONID(x(l.lexiconId(), "LEXICON_ID"));
            t.setLEXICONNAME(x(l.lexiconName(), "LEXICON_NAME"));
            t.setDATCATID(x(l.datcatId(), "DATCAT_ID"));
            t.setDATCATNAME(x(l.datcatName(), "DATCAT_NAME"));
            j.getLEXICONREF().add(t);
        }
        for (RefLinkSet s : d.refLinkSets()) {
            j.getREFLINKSET().add(linkSet(s));
        }
        for (ExternalRef e : d.externalRefs()) {
            j.getEXTERNALREF().add(externalRef(e));
        }
        return j;
    }

    static CVRESOURCE resource(VocabularyResource r) {
        CVRESOURCE j = new CVRESOURCE();
        j.setAUTHOR(x(r.author(), "AUTHOR"));
        j.setDATE(r.date() == null ? null : dateOrNow(r.date()));
        j.setVERSION(x(r.version(), "VERSION"));
        for (Language l : r.languages()) {
            j.getLANGUAGE().add(language(l));
        }
        for (ControlledVocabulary cv : r.vocabularies()) {
            j.getCONTROLLEDVOCABULARY().add(vocabulary(cv));
        }
        for (ExternalRef e : r.externalRefs()) {
            j.getEXTERNALREF().add(externalRef(e));
        }
        return j;
    }

    private static HeadType header(Header h) {
        HeadType t = new HeadType();
        t.setMEDIAFILE(x(h.mediaFile(), "MEDIA_FILE"));
        t.setTIMEUNITS(x(h.timeUnits(), "TIME_UNITS"));
        for (MediaDescriptor m : h.media()) {
            HeadType.MEDIADESCRIPTOR md = new HeadType.MEDIADESCRIPTOR();
            md.setMEDIAURL(x(m.mediaUrl(), "MEDIA_URL"));
            md.setRELATIVEMEDIAURL(x(m.relativeMediaUrl(), "RELATIVE_MEDIA_URL"));
            md.setMIMETYPE(x(m.mimeType(), "MIME_TYPE"));
            md.setTIMEORIGIN(m.timeOrigin());
            md.setEXTRACTEDFROM(x(m.extractedFrom(), "EXTRACTED_FROM"));
            t.getMEDIADESCRIPTOR().add(md);
        }
        for (LinkedFileDescriptor l : h.linkedFiles()) {
            HeadType.LINKEDFILEDESCRIPTOR ld = new HeadType.LINKEDFILEDESCRIPTOR();
            ld.setLINKURL(x(l.linkUrl(), "LINK_URL"));
            ld.setRELATIVELINKURL(x(l.relativeLinkUrl(), "RELATIVE_LINK_URL"));
            ld.setMIMETYPE(x(l.mimeType(), "MIME_TYPE"));
            ld.setTIMEORIGIN(l.timeOrigin());
            ld.setASSOCIATEDWITH(x(l.associatedWith(), "ASSOCIATED_WITH"));
            t.getLINKEDFILEDESCRIPTOR().add(ld);
        }
        for (Property p : h.properties()) {
            PropType pt = new PropType();
            pt.setNAME(x(p.name(), "PROPERTY NAME"));
            pt.setValue(x(p.value(), "PROPERTY"));
            t.getPROPERTY().add(pt);
        }
        return t;
    }

    private static TierType tier(Tier tier) {
        TierType t = new TierType();
        t.setTIERID(x(tier.id(), "TIER_ID"));
        t.setPARTICIPANT(x(tier.participant(), "PARTICIPANT"));
        t.setANNOTATOR(x(tier.annotator(), "ANNOTATOR"));
        t.setLINGUISTICTYPEREF(x(tier.linguisticTypeRef(), "LINGUISTIC_TYPE_REF"));
        t.setDEFAULTLOCALE(x(tier.defaultLocale(), "DEFAULT_LOCALE"));
        t.setPARENTREF(x(tier.parentRef(), "PARENT_REF"));
        t.setEXTREF(x(tier.extRef(), "EXT_REF"));
        t.setLANGREF(x(tier.langRef(), "LANG_REF"));
        List<AnnotationType> list = t.getANNOTATION();
        for (Annotation a : tier.annotations()) {
            AnnotationType at = new AnnotationType();
            if (a instanceof AlignableAnnotation al) {
                AlignableType j = new AlignableType();
                j.setANNOTATIONID(x(al.id(), "ANNOTATION_ID"));
                j.setTIMESLOTREF1(x(al.timeSlotRef1(), "TIME_SLOT_REF1"));
                j.setTIMESLOTREF2(x(al.timeSlotRef2(), "TIME_SLOT_REF2"));
                j.setSVGREF(x(al.svgRef(), "SVG_REF"));
                j.setANNOTATIONVALUE(value(al.value(), al.id(), tier.id()));
                j.setEXTREF(x(al.extRef(), "EXT_REF"));
                j.setLANGREF(x(al.langRef(), "LANG_REF"));
                j.setCVEREF(x(al.cveRef(), "CVE_REF"));
                at.setALIGNABLEANNOTATION(j);
            } else {
                RefAnnotation r = (RefAnnotation) a;
                RefAnnoType j = new RefAnnoType();
                j.setANNOTATIONID(x(r.id(), "ANNOTATION_ID"));
                j.setANNOTATIONREF(x(r.annotationRef(), "ANNOTATION_REF"));
                j.setPREVIOUSANNOTATION(x(r.previousAnnotation(), "PREVIOUS_ANNOTATION"));
                j.setANNOTATIONVALUE(value(r.value(), r.id(), tier.id()));
                j.setEXTREF(x(r.extRef(), "EXT_REF"));
                j.setLANGREF(x(r.langRef(), "LANG_REF"));
                j.setCVEREF(x(r.cveRef(), "CVE_REF"));
                at.setREFANNOTATION(j);
            }
            list.add(at);
        }
        return t;
    }

    private static LangType language(Language l) {
        LangType t = new LangType();
        t.setLANGID(x(l.id(), "LANG_ID"));
        t.setLANGDEF(x(l.definition(), "LANG_DEF"));
        t.setLANGLABEL(x(l.label(), "LANG_LABEL"));
        return t;
    }

    private static ConvocType vocabulary(ControlledVocabulary cv) {
        ConvocType t = new ConvocType();
        t.setCVID(x(cv.id(), "CV_ID"));
        t.setEXTREF(x(cv.extRef(), "EXT_REF"));
        for (LocalizedText d : cv.descriptions()) {
            DescMultiLangType dt = new DescMultiLangType();
            dt.setLANGREF(x(d.langRef(), "LANG_REF"));
            dt.setValue(x(d.text(), "DESCRIPTION"));
            t.getDESCRIPTION().add(dt);
        }
        for (CvEntry e : cv.entries()) {
            CventryType et = new CventryType();
            et.setCVEID(x(e.id(), "CVE_ID"));
            et.setEXTREF(x(e.extRef(), "EXT_REF"));
            for (CvEntryValue v : e.values()) {
                CveValueType vt = new CveValueType();
                vt.setLANGREF(x(v.langRef(), "LANG_REF"));
                vt.setDESCRIPTION(x(v.description(), "DESCRIPTION"));
                vt.setValue(x(v.value(), "CVE_VALUE"));
                et.getCVEVALUE().add(vt);
            }
            t.getCVENTRYML().add(et);
        }
        return t;
    }

    private static RefLinksType linkSet(RefLinkSet s) {
        RefLinksType t = new RefLinksType();
        t.setLINKSETID(x(s.id(), "LINK_SET_ID"));
        t.setLINKSETNAME(x(s.name(), "LINK_SET_NAME"));
        t.setEXTREF(x(s.extRef(), "EXT_REF"));
        t.setLANGREF(x(s.langRef(), "LANG_REF"));
        t.setCVREF(x(s.cvRef(), "CV_REF"));
        for (RefLink link : s.links()) {
            if (link instanceof CrossRefLink c) {
                CrossLinkType ct = new CrossLinkType();
                ct.setREFLINKID(x(c.id(), "REF_LINK_ID"));
                ct.setREF1(x(c.ref1(), "REF1"));
                ct.setREF2(x(c.ref2(), "REF2"));
                ct.setDIRECTIONALITY(x(c.directionality(), "DIRECTIONALITY"));
                ct.setREFLINKNAME(x(c.name(), "REF_LINK_NAME"));
                ct.setEXTREF(x(c.extRef(), "EXT_REF"));
                ct.setLANGREF(x(c.langRef(), "LANG_REF"));
                ct.setCVEREF(x(c.cveRef(), "CVE_REF"));
                ct.setREFTYPE(x(c.refType(), "REF_TYPE"));
                ct.setValue(x(c.value(), "CROSS_REF_LINK"));
                t.getCROSSREFLINKOrGROUPREFLINK().add(ct);
            } else {
                GroupRefLink g = (GroupRefLink) link;
                GroupLinkType gt = new GroupLinkType();
                gt.setREFLINKID(x(g.id(), "REF_LINK_ID"));
                gt.setREFS(x(String.join(" ", g.refs()), "REFS"));
                gt.setREFLINKNAME(x(g.name(), "REF_LINK_NAME"));
                gt.setEXTREF(x(g.extRef(), "EXT_REF"));
                gt.setLANGREF(x(g.langRef(), "LANG_REF"));
                gt.setCVEREF(x(g.cveRef(), "CVE_REF"));
                gt.setREFTYPE(x(g.refType(), "REF_TYPE"));
                gt.setValue(x(g.value(), "GROUP_REF_LINK"));
                t.getCROSSREFLINKOrGROUPREFLINK().add(gt);
            }
        }
        return t;
    }

    private static ExtRefType externalRef(ExternalRef e) {
        ExtRefType t = new ExtRefType();
        t.setEXTREFID(x(e.id(), "EXT_REF_ID"));
        t.setTYPE(x(e.type(), "TYPE"));
        t.setVALUE(x(e.value(), "VALUE"));
        return t;
    }

    private static String value(String value, String annotationId, String tierId) {
        int bad = firstInvalidXmlChar(value);
        if (bad >= 0) {
            throw new InvalidTextException("annotation '" + annotationId + "' on tier '" + tierId
                    + "' contains the character U+" + String.format("%04X", value.codePointAt(bad))
                    + ", which XML cannot hold");
        }
        return value;
    }

    /** Returns {@code s} unchanged, or throws when it holds a character that XML 1.0 cannot represent. */
    private static String x(String s, String what) {
        if (s != null) {
            int bad = firstInvalidXmlChar(s);
            if (bad >= 0) {
                throw new InvalidTextException(what + " '" + s.replaceAll("\\p{Cntrl}", "?")
                        + "' contains the character U+" + String.format("%04X", s.codePointAt(bad))
                        + ", which XML cannot hold");
            }
        }
        return s;
    }

    static int firstInvalidXmlChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0xD7FF) {
                continue;
            }
            if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0xE000 && c <= 0xFFFD)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /** Text that cannot be written as XML. */
    static final class InvalidTextException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidTextException(String message) {
            super(message);
        }
    }
}
