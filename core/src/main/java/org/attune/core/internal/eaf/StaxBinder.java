package org.attune.core.internal.eaf;

import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.attune.core.eaf.EafFormatException;
import org.attune.core.eaf.Problem;
import org.attune.core.internal.jaxb.ANNOTATIONDOCUMENT;
import org.attune.core.internal.jaxb.AlignableType;
import org.attune.core.internal.jaxb.AnnotationType;
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

/**
 * Builds the JAXB object tree of an {@code ANNOTATION_DOCUMENT} (the classes generated from EAFv3.0.xsd) straight
 * from the hardened StAX stream, in one pass, without JAXB's unmarshaller.
 *
 * <p>It exists for speed: JAXB's unmarshal took about half of the time of reading a file (twice a bare StAX pass),
 * while everything after it, {@link FromJaxb} with all checks and repairs, is a few percent. The tree it builds is
 * the one JAXB builds, so {@link FromJaxb} stays as it is: elements are accepted in any order inside their parent
 * (a later single child replaces an earlier one), unknown attributes are ignored, text is every text and CDATA
 * chunk of the element as it is (xsd:string values are not trimmed), numbers and booleans are read as JAXB reads
 * them (surrounding XML whitespace and one leading {@code +} allowed), an unknown element is skipped with the
 * warning JAXB's event gives ("ignored unknown element &lt;X&gt;", at that element), and pre-2.8 {@code CV_ENTRY}
 * elements and the {@code DESCRIPTION} attribute of a vocabulary are recorded by {@link LegacyCapture.Recorder}.
 * StaxBinderTest reads the interop corpus, generated documents and the bad-input files both ways and requires
 * equal models and equal problems: keep it passing when changing either side.
 *
 * <p>Where JAXB would be silent or vague the binder is stricter: a boolean other than true, false, 1 or 0 is an
 * error (JAXB silently read "yes" or "TRUE" as absent and "x" or "2" as false, and failed on "t"), and every unknown element is reported (JAXB stops after ten events).
 */
final class StaxBinder {

    private final XMLStreamReader r;
    private final Report report;
    private final LegacyCapture.Recorder legacy = new LegacyCapture.Recorder();
    private final StringBuilder buffer = new StringBuilder();

    private StaxBinder(XMLStreamReader reader, Report report) {
        this.r = reader;
        this.report = report;
    }

    /** What the binder read: the tree and the pre-2.8 vocabulary parts the tree cannot hold. */
    record Bound(ANNOTATIONDOCUMENT document, List<LegacyCapture.Vocabulary> legacy) {
    }

    /**
     * Reads the document whose root start tag is the current event of {@code reader}.
     *
     * @throws EafFormatException for a number or boolean that cannot be read (at its element)
     * @throws XMLStreamException when the XML is not well-formed
     */
    static Bound bind(XMLStreamReader reader, Report report) throws XMLStreamException, EafFormatException {
        StaxBinder binder = new StaxBinder(reader, report);
        return new Bound(binder.document(), binder.legacy.vocabularies);
    }

    // ------------------------------------------------------------------ the document

    private ANNOTATIONDOCUMENT document() throws XMLStreamException, EafFormatException {
        bound();
        ANNOTATIONDOCUMENT d = new ANNOTATIONDOCUMENT();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (plain(i)) {
                String v = r.getAttributeValue(i);
                switch (r.getAttributeLocalName(i)) {
                    case "DATE" -> d.setDATE(v);
                    case "AUTHOR" -> d.setAUTHOR(v);
                    case "VERSION" -> d.setVERSION(v);
                    case "FORMAT" -> d.setFORMAT(v);
                    default -> { }
                }
            }
        }
        while (nextChild()) {
            switch (childName()) {
                case "LICENSE" -> d.getLICENSE().add(license());
                case "HEADER" -> d.setHEADER(header());
                case "TIME_ORDER" -> d.setTIMEORDER(timeOrder());
                case "TIER" -> d.getTIER().add(tier());
                case "LINGUISTIC_TYPE" -> d.getLINGUISTICTYPE().add(linguisticType());
                case "LOCALE" -> d.getLOCALE().add(locale());
                case "LANGUAGE" -> d.getLANGUAGE().add(language());
                case "CONSTRAINT" -> d.getCONSTRAINT().add(constraint());
                case "CONTROLLED_VOCABULARY" -> d.getCONTROLLEDVOCABULARY().add(vocabulary());
                case "LEXICON_REF" -> d.getLEXICONREF().add(lexiconRef());
                case "REF_LINK_SET" -> d.getREFLINKSET().add(refLinkSet());
                case "EXTERNAL_REF" -> d.getEXTERNALREF().add(externalRef());
                default -> unknown();
            }
        }
        return d;
    }

    private LicenseType license() throws XMLStreamException {
        bound();
        LicenseType l = new LicenseType();
        l.setLICENSEURL(attribute("LICENSE_URL"));
        l.setValue(text());
        return l;
    }

    // ------------------------------------------------------------------ header

    private HeadType header() throws XMLStreamException, EafFormatException {
        bound();
        HeadType h = new HeadType();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (plain(i)) {
                switch (r.getAttributeLocalName(i)) {
                    case "MEDIA_FILE" -> h.setMEDIAFILE(r.getAttributeValue(i));
                    // set only when present: isSetTIMEUNITS() must keep telling an absent attribute apart
                    case "TIME_UNITS" -> h.setTIMEUNITS(r.getAttributeValue(i));
                    default -> { }
                }
            }
        }
        while (nextChild()) {
            switch (childName()) {
                case "MEDIA_DESCRIPTOR" -> h.getMEDIADESCRIPTOR().add(mediaDescriptor());
                case "LINKED_FILE_DESCRIPTOR" -> h.getLINKEDFILEDESCRIPTOR().add(linkedFile());
                case "PROPERTY" -> h.getPROPERTY().add(property());
                default -> unknown();
            }
        }
        return h;
    }

    private HeadType.MEDIADESCRIPTOR mediaDescriptor() throws XMLStreamException, EafFormatException {
        bound();
        HeadType.MEDIADESCRIPTOR m = new HeadType.MEDIADESCRIPTOR();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (plain(i)) {
                String v = r.getAttributeValue(i);
                switch (r.getAttributeLocalName(i)) {
                    case "MEDIA_URL" -> m.setMEDIAURL(v);
                    case "RELATIVE_MEDIA_URL" -> m.setRELATIVEMEDIAURL(v);
                    case "MIME_TYPE" -> m.setMIMETYPE(v);
                    case "TIME_ORIGIN" -> m.setTIMEORIGIN(wholeNumber(i));
                    case "EXTRACTED_FROM" -> m.setEXTRACTEDFROM(v);
                    default -> { }
                }
            }
        }
        skipContent();
        return m;
    }

    private HeadType.LINKEDFILEDESCRIPTOR linkedFile() throws XMLStreamException, EafFormatException {
        bound();
        HeadType.LINKEDFILEDESCRIPTOR l = new HeadType.LINKEDFILEDESCRIPTOR();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (plain(i)) {
                String v = r.getAttributeValue(i);
                switch (r.getAttributeLocalName(i)) {
                    case "LINK_URL" -> l.setLINKURL(v);
                    case "RELATIVE_LINK_URL" -> l.setRELATIVELINKURL(v);
                    case "MIME_TYPE" -> l.setMIMETYPE(v);
                    case "TIME_ORIGIN" -> l.setTIMEORIGIN(wholeNumber(i));
                    case "ASSOCIATED_WITH" -> l.setASSOCIATEDWITH(v);
                    default -> { }
                }
            }
        }
        skipContent();
        return l;
    }

    private PropType property() throws XMLStreamException {
        bound();
        PropType p = new PropType();
        p.setNAME(attribute("NAME"));
        p.setValue(text());
        return p;
    }

    // ------------------------------------------------------------------ time and tiers

    private TimeType timeOrder() throws XMLStreamException, EafFormatException {
        bound();
        TimeType t = new TimeType();
        List<TimeType.TIMESLOT> slots = t.getTIMESLOT();
        while (nextChild()) {
            if ("TIME_SLOT".equals(childName())) {
                slots.add(timeSlot());
            } else {
                unknown();
            }
        }
        return t;
    }

    private TimeType.TIMESLOT timeSlot() throws XMLStreamException, EafFormatException {
        bound();
        TimeType.TIMESLOT s = new TimeType.TIMESLOT();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (plain(i)) {
                switch (r.getAttributeLocalName(i)) {
                    case "TIME_SLOT_ID" -> s.setTIMESLOTID(r.getAttributeValue(i));
                    case "TIME_VALUE" -> s.setTIMEVALUE(wholeNumber(i));
                    default -> { }
                }
            }
        }
        skipContent();
        return s;
    }

    private TierType tier() throws XMLStreamException, EafFormatException {
        bound();
        TierType t = new TierType();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (plain(i)) {
                String v = r.getAttributeValue(i);
                switch (r.getAttributeLocalName(i)) {
                    case "TIER_ID" -> t.setTIERID(v);
                    case "PARTICIPANT" -> t.setPARTICIPANT(v);
                    case "ANNOTATOR" -> t.setANNOTATOR(v);
                    case "LINGUISTIC_TYPE_REF" -> t.setLINGUISTICTYPEREF(v);
                    case "DEFAULT_LOCALE" -> t.setDEFAULTLOCALE(v);
                    case "PARENT_REF" -> t.setPARENTREF(v);
                    case "EXT_REF" -> t.setEXTREF(v);
                    case "LANG_REF" -> t.setLANGREF(v);
                    default -> { }
                }
            }
        }
        List<AnnotationType> annotations = t.getANNOTATION();
        while (nextChild()) {
            if ("ANNOTATION".equals(childName())) {
                annotations.add(annotation());
            } else {
                unknown();
            }
        }
        return t;
    }

    private AnnotationType annotation() throws XMLStreamException {
        bound();
        AnnotationType a = new AnnotationType();
        while (nextChild()) {
            switch (childName()) {
                case "ALIGNABLE_ANNOTATION" -> a.setALIGNABLEANNOTATION(alignable());
                case "REF_ANNOTATION" -> a.setREFANNOTATION(reference());
                default -> unknown();
            }
        }
        return a;
    }

    private AlignableType alignable() throws XMLStreamException {
        bound();
        AlignableType a = new AlignableType();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (plain(i)) {
                String v = r.getAttributeValue(i);
                switch (r.getAttributeLocalName(i)) {
                    case "ANNOTATION_ID" -> a.setANNOTATIONID(v);
                    case "TIME_SLOT_REF1" -> a.setTIMESLOTREF1(v);
                    case "TIME_SLOT_REF2" -> a.setTIMESLOTREF2(v);
                    case "SVG_REF" -> a.setSVGREF(v);
                    case "EXT_REF" -> a.setEXTREF(v);
                    case "LANG_REF" -> a.setLANGREF(v);
                    case "CVE_REF" -> a.setCVEREF(v);
                    default -> { }
                }
            }
        }
        annotationValue(a::setANNOTATIONVALUE);
        return a;
    }

    private RefAnnoType reference() throws XMLStreamException {
        bound();
        RefAnnoType a = new RefAnnoType();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (plain(i)) {
                String v = r.getAttributeValue(i);
                switch (r.getAttributeLocalName(i)) {
                    case "ANNOTATION_ID" -> a.setANNOTATIONID(v);
                    case "ANNOTATION_REF" -> a.setANNOTATIONREF(v);
                    case "PREVIOUS_ANNOTATION" -> a.setPREVIOUSANNOTATION(v);
                    case "EXT_REF" -> a.setEXTREF(v);
                    case "LANG_REF" -> a.setLANGREF(v);
                    case "CVE_REF" -> a.setCVEREF(v);
                    default -> { }
                }
            }
        }
        annotationValue(a::setANNOTATIONVALUE);
        return a;
    }

    /** The children of an annotation: its ANNOTATION_VALUE, and unknown elements reported and skipped. */
    private void annotationValue(Consumer<String> set) throws XMLStreamException {
        while (nextChild()) {
            if ("ANNOTATION_VALUE".equals(childName())) {
                set.accept(text());
            } else {
                unknown();
            }
        }
    }

    // ------------------------------------------------------------------ declarations

    private LingType linguisticType() throws XMLStreamException, EafFormatException {
        bound();
        LingType t = new LingType();
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (plain(i)) {
                String v = r.getAttributeValue(i);
                switch (r.getAttributeLocalName(i)) {
                    case "LINGUISTIC_TYPE_ID" -> t.setLINGUISTICTYPEID(v);
                    case "TIME_ALIGNABLE" -> t.setTIMEALIGNABLE(truthValue(i));
                    case "CONSTRAINTS" -> t.setCONSTRAINTS(v);
                    case "GRAPHIC_REFERENCES" -> t.setGRAPHICREFERENCES(truthValue(i));
                    case "CONTROLLED_VOCABULARY_REF" -> t.setCONTROLLEDVOCABULARYREF(v);
                    case "EXT_REF" -> t.setEXTREF(v);
                    case "LEXICON_REF" -> t.setLEXICONREF(v);
                    default -> { }
                }
            }
        }
        skipContent();
        return t;
    }

    private LocaleType locale() throws XMLStreamException {
        bound();
        LocaleType l = new LocaleType();
        l.setLANGUAGECODE(attribute("LANGUAGE_CODE"));
        l.setCOUNTRYCODE(attribute("COUNTRY_CODE"));
        l.setVARIANT(attribute("VARIANT"));
        skipContent();
        return l;
    }

    private LangType language() throws XMLStreamException {
        bound();
        LangType l = new LangType();
        l.setLANGID(attribute("LANG_ID"));
        l.setLANGDEF(attribute("LANG_DEF"));
        l.setLANGLABEL(attribute("LANG_LABEL"));
        skipContent();
        return l;
    }

    private ConstraintType constraint() throws XMLStreamException {
        bound();
        ConstraintType c = new ConstraintType();
        c.setSTEREOTYPE(attribute("STEREOTYPE"));
        c.setDESCRIPTION(attribute("DESCRIPTION"));
        skipContent();
        return c;
    }

    private LexRefType lexiconRef() throws XMLStreamException {
        bound();
        LexRefType l = new LexRefType();
        l.setLEXREFID(attribute("LEX_REF_ID"));
        l.setNAME(attribute("NAME"));
        l.setTYPE(attribute("TYPE"));
        l.setURL(attribute("URL"));
        l.setLEXICONID(attribute("LEXICON_ID"));
        l.setLEXICONNAME(attribute("LEXICON_NAME"));
        l.setDATCATID(attribute("DATCAT_ID"));
        l.setDATCATNAME(attribute("DATCAT_NAME"));
        skipContent();
        return l;
    }

    private ExtRefType externalRef() throws XMLStreamException {
        bound();
        ExtRefType e = new ExtRefType();
        e.setEXTREFID(attribute("EXT_REF_ID"));
        e.setTYPE(attribute("TYPE"));
        e.setVALUE(attribute("VALUE"));
        skipContent();
        return e;
    }

    // ------------------------------------------------------------------ vocabularies

    private ConvocType vocabulary() throws XMLStreamException {
        bound();
        legacy.observe(XMLStreamConstants.START_ELEMENT, r); // the pre-2.8 DESCRIPTION attribute
        ConvocType c = new ConvocType();
        c.setCVID(attribute("CV_ID"));
        c.setEXTREF(attribute("EXT_REF"));
        while (nextChild()) {
            switch (childName()) {
                case "DESCRIPTION" -> c.getDESCRIPTION().add(description());
                case "CV_ENTRY_ML" -> c.getCVENTRYML().add(entry());
                default -> unknown(); // including a pre-2.8 CV_ENTRY, which the recorder takes
            }
        }
        legacy.observe(XMLStreamConstants.END_ELEMENT, r);
        return c;
    }

    private DescMultiLangType description() throws XMLStreamException {
        bound();
        DescMultiLangType d = new DescMultiLangType();
        d.setLANGREF(attribute("LANG_REF"));
        d.setValue(text());
        return d;
    }

    private CventryType entry() throws XMLStreamException {
        bound();
        CventryType e = new CventryType();
        e.setCVEID(attribute("CVE_ID"));
        e.setEXTREF(attribute("EXT_REF"));
        while (nextChild()) {
            if ("CVE_VALUE".equals(childName())) {
                bound();
                CveValueType v = new CveValueType();
                v.setLANGREF(attribute("LANG_REF"));
                v.setDESCRIPTION(attribute("DESCRIPTION"));
                v.setValue(text());
                e.getCVEVALUE().add(v);
            } else {
                unknown();
            }
        }
        return e;
    }

    // ------------------------------------------------------------------ reference links

    private RefLinksType refLinkSet() throws XMLStreamException {
        bound();
        RefLinksType s = new RefLinksType();
        s.setLINKSETID(attribute("LINK_SET_ID"));
        s.setLINKSETNAME(attribute("LINK_SET_NAME"));
        s.setEXTREF(attribute("EXT_REF"));
        s.setLANGREF(attribute("LANG_REF"));
        s.setCVREF(attribute("CV_REF"));
        List<Object> links = s.getCROSSREFLINKOrGROUPREFLINK(); // in document order, the two kinds mixed
        while (nextChild()) {
            switch (childName()) {
                case "CROSS_REF_LINK" -> links.add(crossLink());
                case "GROUP_REF_LINK" -> links.add(groupLink());
                default -> unknown();
            }
        }
        return s;
    }

    private CrossLinkType crossLink() throws XMLStreamException {
        bound();
        CrossLinkType c = new CrossLinkType();
        c.setREF1(attribute("REF1"));
        c.setREF2(attribute("REF2"));
        c.setDIRECTIONALITY(attribute("DIRECTIONALITY"));
        c.setREFLINKID(attribute("REF_LINK_ID"));
        c.setREFLINKNAME(attribute("REF_LINK_NAME"));
        c.setEXTREF(attribute("EXT_REF"));
        c.setLANGREF(attribute("LANG_REF"));
        c.setCVEREF(attribute("CVE_REF"));
        c.setREFTYPE(attribute("REF_TYPE"));
        c.setValue(text());
        return c;
    }

    private GroupLinkType groupLink() throws XMLStreamException {
        bound();
        GroupLinkType g = new GroupLinkType();
        g.setREFS(attribute("REFS"));
        g.setREFLINKID(attribute("REF_LINK_ID"));
        g.setREFLINKNAME(attribute("REF_LINK_NAME"));
        g.setEXTREF(attribute("EXT_REF"));
        g.setLANGREF(attribute("LANG_REF"));
        g.setCVEREF(attribute("CVE_REF"));
        g.setREFTYPE(attribute("REF_TYPE"));
        g.setValue(text());
        return g;
    }

    // ------------------------------------------------------------------ stream helpers

    /**
     * Moves to the next child start tag of the current element and says so, or to the element's end tag and
     * answers false. Text between children is ignored (JAXB ignores text in element-only content).
     */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /**
     * The start tag at hand is an element the binder maps: its required attributes are checked (one table for
     * all of them, {@link SchemaAttributes}). Elements skipped as unknown are not.
     */
    private void bound() {
        SchemaAttributes.check(r, report);
    }

    /** The name of the child at hand, or "" (matching nothing) when it is in a namespace: EAF has none. */
    private String childName() {
        String ns = r.getNamespaceURI();
        return ns == null || ns.isEmpty() ? r.getLocalName() : "";
    }

    /** Whether attribute {@code i} has no namespace: only those are EAF's (JAXB ignores xsi:, xml: and others). */
    private boolean plain(int i) {
        String ns = r.getAttributeNamespace(i);
        return ns == null || ns.isEmpty();
    }

    /** The value of an attribute without namespace, or null. */
    private String attribute(String name) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (name.equals(r.getAttributeLocalName(i)) && plain(i)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * The text of an element of simple content, as JAXB gives it: the text and CDATA chunks after its last child
     * element, concatenated and untrimmed (JAXB hands the text over at each tag, and the last one wins; a child is
     * unknown and skipped with a warning). Ends on the element's end tag.
     */
    private String text() throws XMLStreamException {
        String first = null; // the common case, one chunk, needs no copy
        buffer.setLength(0);
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (first == null && buffer.isEmpty()) {
                        first = r.getText();
                    } else {
                        if (first != null) {
                            buffer.append(first);
                            first = null;
                        }
                        buffer.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    first = null;
                    buffer.setLength(0);
                    unknown();
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return first != null ? first : buffer.toString();
                }
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
    }

    /** Skips what an element without content holds (JAXB ignores its text; a child is unknown). */
    private void skipContent() throws XMLStreamException {
        while (nextChild()) {
            unknown();
        }
    }

    /**
     * An element JAXB does not know where it stands: warned about at its start tag (except a pre-2.8
     * {@code CV_ENTRY}, which is converted), then skipped with everything inside, which the recorder sees.
     */
    private void unknown() throws XMLStreamException {
        String name = r.getLocalName();
        if (!"CV_ENTRY".equals(name)) {
            Location at = r.getLocation();
            report.atElement(Problem.Severity.WARNING, Math.max(at.getLineNumber(), 0),
                    Math.max(at.getColumnNumber(), 0), "ignored unknown element <" + name + ">");
        }
        legacy.observe(XMLStreamConstants.START_ELEMENT, r);
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            legacy.observe(event, r);
        }
    }

    // ------------------------------------------------------------------ values

    /**
     * Attribute {@code i} as an xsd:long, read as JAXB reads it: XML whitespace around it and one leading
     * {@code +} are allowed.
     */
    private Long wholeNumber(int i) throws EafFormatException {
        String raw = r.getAttributeValue(i);
        String s = trimXmlWhitespace(raw);
        if (s.length() > 1 && s.charAt(0) == '+' && s.charAt(1) >= '0' && s.charAt(1) <= '9') {
            s = s.substring(1);
        }
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            throw invalid(i, raw, "which is not a valid whole number");
        }
    }

    /** Attribute {@code i} as an xsd:boolean: true, false, 1 or 0, with XML whitespace around it allowed. */
    private Boolean truthValue(int i) throws EafFormatException {
        String raw = r.getAttributeValue(i);
        switch (trimXmlWhitespace(raw)) {
            case "true", "1" -> {
                return Boolean.TRUE;
            }
            case "false", "0" -> {
                return Boolean.FALSE;
            }
            default -> throw invalid(i, raw, "which is not true or false");
        }
    }

    /** A value that cannot be read stops reading, with an error at its element (as a JAXB conversion failure did). */
    private EafFormatException invalid(int i, String raw, String what) {
        Location at = r.getLocation();
        return new EafFormatException(report.elementProblem(Problem.Severity.ERROR, at.getLineNumber(),
                at.getColumnNumber(), "<" + r.getLocalName() + "> has " + r.getAttributeLocalName(i) + "=\"" + raw
                        + "\", " + what));
    }

    private static String trimXmlWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isXmlWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isXmlWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isXmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
