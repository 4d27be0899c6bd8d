package org.attune.core.internal.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafFormatException;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.eaf.Problem;
import org.attune.core.internal.eaf.EafCodec.Binding;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.testing.Documents;
import org.attune.core.testing.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differential test that keeps {@link StaxBinder} equal to JAXB's unmarshaller: every file is read both ways
 * ({@link Binding#STAX} and {@link Binding#JAXB}) and must give the same model, source format and problems
 * (messages and positions), or the same refusal. Files: the interop corpus, generated documents, the bad-input
 * files, and hand-made ones at the edges of the binding (whitespace, text chunks, order, unknown elements).
 */
class StaxBinderTest {

    // ------------------------------------------------------------------ real and generated files

    static Stream<Path> corpus() {
        return Stream.concat(Interop.cases("eaf", ".eaf"), Interop.files("etf", ".etf").stream());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyFileOfTheInteropCorpusReadsTheSameBothWays(Path file) throws IOException {
        assertSameReading(Files.readAllBytes(file), file.getFileName().toString());
    }

    @Test
    void theCorpusIsThere() {
        Interop.require();
        assertThat(corpus()).hasSizeGreaterThan(10);
    }

    @Property(tries = 200)
    void everyGeneratedDocumentReadsTheSameBothWays(@ForAll("documents") AnnotationDocument doc) throws Exception {
        byte[] bytes = Eaf.toBytes(doc);
        Outcome stax = assertSameReading(bytes, "generated.eaf");
        assertThat(stax.document()).isEqualTo(doc);
    }

    @Provide
    Arbitrary<AnnotationDocument> documents() {
        return Documents.documents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean.eaf",
        "bad/duplicate-time-slot-id.eaf", "bad/dangling-ext-ref.eaf", "bad/ends-before-it-starts.eaf",
        "bad/time-value-too-large.eaf", "bad/dangling-time-slot-ref.eaf", "bad/dangling-previous-annotation.eaf",
        "bad/dangling-linguistic-type-ref.eaf", "bad/entity-expansion-bomb.eaf", "bad/duplicate-annotation-id.eaf",
        "bad/empty.eaf", "bad/non-numeric-time-value.eaf", "bad/dangling-vocabulary-ref.eaf",
        "bad/duplicate-tier-id.eaf", "bad/unclosed-element.eaf", "bad/unterminated-start-tag.eaf",
        "bad/dangling-parent-ref.eaf", "bad/id-of-two-kinds.eaf", "bad/not-elan-root.eaf",
        "bad/dangling-annotation-ref.eaf", "lenient/repairable-parent-ref.eaf", "lenient/undeclared-language.eaf",
        "lenient/missing-media-url.eaf", "lenient/undeclared-locale.eaf"})
    void theBadInputFilesGiveTheSameProblemsBothWays(String name) {
        byte[] bytes = resource(name);
        Outcome stax = assertSameReading(bytes, name);
        assertThat(EafCodec.validate(bytes, name, Binding.STAX)).isEqualTo(EafCodec.validate(bytes, name, Binding.JAXB));
        if (!name.equals("clean.eaf")) {
            assertThat(stax.problems()).isNotEmpty();
        }
    }

    // ------------------------------------------------------------------ the edges of the binding

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<ANNOTATION_DOCUMENT AUTHOR=\"a\" DATE=\"2024-05-01T10:00:00+02:00\" VERSION=\"3.0\" FORMAT=\"3.0\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"x.xsd\">\n";
    private static final String HEADER = "  <HEADER MEDIA_FILE=\"\" TIME_UNITS=\"milliseconds\"/>\n";
    private static final String TIMES = "  <TIME_ORDER>\n    <TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"0\"/>\n"
            + "    <TIME_SLOT TIME_SLOT_ID=\"ts2\" TIME_VALUE=\"1000\"/>\n  </TIME_ORDER>\n";
    private static final String TYPE = "  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"t\" TIME_ALIGNABLE=\"true\""
            + " GRAPHIC_REFERENCES=\"false\"/>\n";
    private static final String END = "</ANNOTATION_DOCUMENT>\n";

    /** A document with one tier holding one annotation whose ANNOTATION_VALUE element is {@code value}. */
    private static String withAnnotationValue(String value) {
        return HEAD + HEADER + TIMES + "  <TIER TIER_ID=\"x\" LINGUISTIC_TYPE_REF=\"t\">\n    <ANNOTATION>\n"
                + "      <ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts2\">\n"
                + "        " + value + "\n      </ALIGNABLE_ANNOTATION>\n    </ANNOTATION>\n  </TIER>\n"
                + TYPE + END;
    }

    static List<String> edges() {
        List<String> out = new ArrayList<>();
        // text: chunks, CDATA, references, comments, whitespace kept, empty, absent, an unknown child inside
        for (String v : new String[] {"<ANNOTATION_VALUE>plain</ANNOTATION_VALUE>",
            "<ANNOTATION_VALUE>  spaced \t\n out  </ANNOTATION_VALUE>",
            "<ANNOTATION_VALUE>a &amp; b &lt;c&gt; &#233;&#x1F600; d</ANNOTATION_VALUE>",
            "<ANNOTATION_VALUE>x<![CDATA[ <y> ]]>z</ANNOTATION_VALUE>",
            "<ANNOTATION_VALUE>be<!-- no -->fore<?pi x?>after</ANNOTATION_VALUE>",
            "<ANNOTATION_VALUE></ANNOTATION_VALUE>", "<ANNOTATION_VALUE/>", "<ANNOTATION_VALUE>   </ANNOTATION_VALUE>",
            "", "<ANNOTATION_VALUE>one</ANNOTATION_VALUE><ANNOTATION_VALUE>two</ANNOTATION_VALUE>",
            "<ANNOTATION_VALUE>a<B>b</B>c</ANNOTATION_VALUE>", "<ANNOTATION_VALUE>a<B>b</B></ANNOTATION_VALUE>",
            "<ANNOTATION_VALUE>a<B/> </ANNOTATION_VALUE>", "<ANNOTATION_VALUE> <B/>c</ANNOTATION_VALUE>",
            "<FOO>x</FOO><ANNOTATION_VALUE>v</ANNOTATION_VALUE>", "<x:ANNOTATION_VALUE xmlns:x=\"urn:x\">v</x:ANNOTATION_VALUE>",
            "<ANNOTATION_VALUE>" + "long text &amp; more ".repeat(2000) + "</ANNOTATION_VALUE>"}) {
            out.add(withAnnotationValue(v));
        }
        // numbers and booleans with whitespace and signs, as JAXB reads them
        for (String n : new String[] {"123", " 123 ", "\t123\n", "+123", "0", "-5", "007", "", "+",
            "1 2", "1O0", "2,5s", "99999999999999999999", "4294967296", "&#160;12", "1.0"}) {
            out.add(HEAD + HEADER + "  <TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"" + n + "\"/></TIME_ORDER>\n" + END);
            out.add(HEAD + "  <HEADER><MEDIA_DESCRIPTOR MEDIA_URL=\"file:/a.wav\" MIME_TYPE=\"audio/x-wav\" TIME_ORIGIN=\""
                    + n + "\"/><LINKED_FILE_DESCRIPTOR LINK_URL=\"file:/b\" MIME_TYPE=\"text/plain\"/></HEADER>\n"
                    + "  <TIME_ORDER/>\n" + END);
        }
        for (String b : new String[] {"true", "false", "1", "0", " true ", "true\n", "\tfalse"}) {
            out.add(HEAD + HEADER + "  <TIME_ORDER/>\n  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"t\" TIME_ALIGNABLE=\"" + b
                    + "\" GRAPHIC_REFERENCES=\"" + b + "\"/>\n" + END);
        }
        // string attributes are kept as they are, IDs and references included
        out.add(HEAD + "  <HEADER TIME_UNITS=\" milliseconds \" MEDIA_FILE=\" m \"/>\n"
                + "  <TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\" ts1 \"/></TIME_ORDER>\n"
                + "  <TIER TIER_ID=\" x \" LINGUISTIC_TYPE_REF=\"t \" PARTICIPANT=\"\"/>\n"
                + "  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"t \" CONSTRAINTS=\" Symbolic_Association\"/>\n" + END);
        // TIME_UNITS absent stays absent; no HEADER at all; two HEADERs (the last wins); elements out of order
        out.add(HEAD + "  <HEADER/>\n  <TIME_ORDER/>\n" + END);
        out.add(HEAD + "  <TIME_ORDER/>\n" + END);
        out.add(HEAD + "  <HEADER TIME_UNITS=\"PAL-frames\"/>\n  <TIME_ORDER/>\n  <HEADER MEDIA_FILE=\"b\"/>\n" + END);
        out.add(HEAD + "  <LANGUAGE LANG_ID=\"eng\" LANG_DEF=\"d\" LANG_LABEL=\"English\"/>\n" + TYPE
                + "  <HEADER>\n    <PROPERTY NAME=\"p\">v</PROPERTY>\n"
                + "    <MEDIA_DESCRIPTOR MEDIA_URL=\"file:/a.wav\" MIME_TYPE=\"audio/x-wav\" RELATIVE_MEDIA_URL=\"./a.wav\""
                + " EXTRACTED_FROM=\"file:/v.mp4\" TIME_ORIGIN=\"5\"/>\n    <PROPERTY>no name</PROPERTY>\n"
                + "    <LINKED_FILE_DESCRIPTOR LINK_URL=\"file:/b\" RELATIVE_LINK_URL=\"./b\" MIME_TYPE=\"text/plain\""
                + " TIME_ORIGIN=\"-3\" ASSOCIATED_WITH=\"file:/a.wav\"/>\n    <PROPERTY NAME=\"empty\"/>\n  </HEADER>\n"
                + "  <LICENSE LICENSE_URL=\"http://l\">cc by</LICENSE>\n  <LICENSE/>\n"
                + TIMES + "  <LOCALE LANGUAGE_CODE=\"en\" COUNTRY_CODE=\"US\" VARIANT=\"v\"/>\n"
                + "  <CONSTRAINT STEREOTYPE=\"Time_Subdivision\" DESCRIPTION=\"d\"/>\n"
                + "  <EXTERNAL_REF EXT_REF_ID=\"er1\" TYPE=\"resource_url\" VALUE=\"http://x\"/>\n"
                + "  <LEXICON_REF LEX_REF_ID=\"lr1\" NAME=\"n\" TYPE=\"t\" URL=\"u\" LEXICON_ID=\"li\" LEXICON_NAME=\"ln\""
                + " DATCAT_ID=\"di\" DATCAT_NAME=\"dn\"/>\n"
                + "  <TIER TIER_ID=\"p\" LINGUISTIC_TYPE_REF=\"t\" PARTICIPANT=\"P\" ANNOTATOR=\"A\" DEFAULT_LOCALE=\"en\""
                + " LANG_REF=\"eng\" EXT_REF=\"er1\">\n    <ANNOTATION>\n"
                + "      <ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts2\""
                + " SVG_REF=\"s\" EXT_REF=\"er1\" LANG_REF=\"eng\" CVE_REF=\"c1\"><ANNOTATION_VALUE>v</ANNOTATION_VALUE>"
                + "</ALIGNABLE_ANNOTATION>\n    </ANNOTATION>\n  </TIER>\n"
                + "  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"r\" TIME_ALIGNABLE=\"false\" CONSTRAINTS=\"Symbolic_Association\""
                + " CONTROLLED_VOCABULARY_REF=\"cv\" LEXICON_REF=\"lr1\" EXT_REF=\"er1\"/>\n"
                + "  <TIER TIER_ID=\"c\" LINGUISTIC_TYPE_REF=\"r\" PARENT_REF=\"p\">\n    <ANNOTATION>\n"
                + "      <REF_ANNOTATION ANNOTATION_ID=\"a2\" ANNOTATION_REF=\"a1\" EXT_REF=\"er1\" LANG_REF=\"eng\""
                + " CVE_REF=\"c1\"><ANNOTATION_VALUE>w</ANNOTATION_VALUE></REF_ANNOTATION>\n    </ANNOTATION>\n"
                + "    <ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"a3\" ANNOTATION_REF=\"a1\" PREVIOUS_ANNOTATION=\"a2\">"
                + "<ANNOTATION_VALUE/></REF_ANNOTATION></ANNOTATION>\n  </TIER>\n"
                + "  <CONTROLLED_VOCABULARY CV_ID=\"cv\" EXT_REF=\"er1\">\n"
                + "    <CV_ENTRY_ML CVE_ID=\"c1\" EXT_REF=\"er1\"><CVE_VALUE LANG_REF=\"eng\" DESCRIPTION=\"dd\">one"
                + "</CVE_VALUE><CVE_VALUE LANG_REF=\"eng\"> two </CVE_VALUE></CV_ENTRY_ML>\n"
                + "    <DESCRIPTION LANG_REF=\"eng\">after the entries</DESCRIPTION>\n  </CONTROLLED_VOCABULARY>\n"
                + "  <REF_LINK_SET LINK_SET_ID=\"ls\" LINK_SET_NAME=\"n\" EXT_REF=\"er1\" LANG_REF=\"eng\" CV_REF=\"cv\">\n"
                + "    <GROUP_REF_LINK REF_LINK_ID=\"g1\" REFS=\" a1  a2 \" REF_LINK_NAME=\"gn\" EXT_REF=\"er1\""
                + " LANG_REF=\"eng\" CVE_REF=\"c1\" REF_TYPE=\"rt\">group</GROUP_REF_LINK>\n"
                + "    <CROSS_REF_LINK REF_LINK_ID=\"x1\" REF1=\"a1\" REF2=\"g1\" DIRECTIONALITY=\"unidirectional\""
                + " REF_LINK_NAME=\"xn\" EXT_REF=\"er1\" LANG_REF=\"eng\" CVE_REF=\"c1\" REF_TYPE=\"rt\"/>\n"
                + "    <GROUP_REF_LINK REF_LINK_ID=\"g2\" REFS=\"x1\"> </GROUP_REF_LINK>\n  </REF_LINK_SET>\n" + END);
        // unknown elements everywhere, more than JAXB's ten reported events; namespaced elements and attributes
        out.add(HEAD + "  <FOO a=\"1\"><TIER TIER_ID=\"hidden\"/></FOO>\n  <HEADER><BAR/><PROPERTY NAME=\"p\">v<BAZ/></PROPERTY>"
                + "</HEADER>\n  <TIME_ORDER><QUX/><TIME_SLOT TIME_SLOT_ID=\"ts1\"><IN/></TIME_SLOT></TIME_ORDER>\n"
                + "  <TIER TIER_ID=\"x\" LINGUISTIC_TYPE_REF=\"t\" x:TIER_ID=\"no\" xmlns:x=\"urn:x\"><ANNOTATION><ZAP/>"
                + "</ANNOTATION><x:ANNOTATION/></TIER>\n" + TYPE + "  <x:TIER xmlns:x=\"urn:x\" TIER_ID=\"y\"/>\n"
                + "  <LANGUAGE LANG_ID=\"l\"><WHAT/></LANGUAGE>\n" + END);
        // pre-2.8 vocabularies: CV_ENTRY and the DESCRIPTION attribute (also a CV_ENTRY where it does not belong)
        out.add(HEAD.replace("FORMAT=\"3.0\"", "FORMAT=\"2.7\"") + HEADER + "  <TIME_ORDER/>\n"
                + "  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"t\" CONTROLLED_VOCABULARY_REF=\"old\"/>\n"
                + "  <CONTROLLED_VOCABULARY CV_ID=\"old\" DESCRIPTION=\"an old one\">\n"
                + "    <CV_ENTRY DESCRIPTION=\"d1\">one &amp; <![CDATA[only]]></CV_ENTRY>\n"
                + "    <CV_ENTRY CVE_ID=\"cveid0\" EXT_REF=\"er\">two</CV_ENTRY>\n"
                + "    <CV_ENTRY>three<b>bold</b></CV_ENTRY>\n".repeat(3)
                + "  </CONTROLLED_VOCABULARY>\n  <CONTROLLED_VOCABULARY CV_ID=\"new\"><CV_ENTRY_ML CVE_ID=\"c\">"
                + "<CVE_VALUE LANG_REF=\"und\">v</CVE_VALUE></CV_ENTRY_ML></CONTROLLED_VOCABULARY>\n"
                + "  <FOO><CONTROLLED_VOCABULARY CV_ID=\"hidden\"/></FOO>\n"
                + "  <TIER TIER_ID=\"x\" LINGUISTIC_TYPE_REF=\"t\"><CV_ENTRY>stray</CV_ENTRY></TIER>\n"
                + "  <EXTERNAL_REF EXT_REF_ID=\"er\" TYPE=\"ecv\" VALUE=\"http://x\"/>\n" + END);
        // text where there should be none is ignored; content after the root; the root's attributes absent
        out.add(HEAD + "  text at the top\n  <HEADER>in the header</HEADER>\n  <TIME_ORDER>t<TIME_SLOT TIME_SLOT_ID=\"a\">"
                + "in a slot</TIME_SLOT></TIME_ORDER>\n" + END + "<!-- after -->\n");
        out.add("<ANNOTATION_DOCUMENT><HEADER/><TIME_ORDER/></ANNOTATION_DOCUMENT>");
        out.add("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- c --><ANNOTATION_DOCUMENT\n DATE=\"\"/>");
        // roots that are not this binder's: a namespaced ANNOTATION_DOCUMENT, an ECV file, another root
        out.add("<ANNOTATION_DOCUMENT xmlns=\"urn:x\"><HEADER/><TIME_ORDER/></ANNOTATION_DOCUMENT>");
        out.add("<CV_RESOURCE><CONTROLLED_VOCABULARY CV_ID=\"c\"/></CV_RESOURCE>");
        out.add("<?xml version=\"1.0\"?>\n<TEI/>");
        // not well-formed
        out.add(HEAD + HEADER + "  <TIME_ORDER>\n" + END);
        out.add(HEAD + HEADER + "  <TIME_ORDER/>\n" + END + "<junk");
        return out;
    }

    @ParameterizedTest
    @MethodSource("edges")
    void filesAtTheEdgesOfTheBindingReadTheSameBothWays(String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertSameReading(bytes, "edge.eaf");
        assertThat(EafCodec.validate(bytes, "edge.eaf", Binding.STAX))
                .isEqualTo(EafCodec.validate(bytes, "edge.eaf", Binding.JAXB));
    }

    @Test
    void everyUnknownElementIsReportedWhereJaxbStopsAfterTen() {
        String xml = HEAD + HEADER + "  <TIME_ORDER/>\n" + "  <FOO/>\n".repeat(12) + END;
        Outcome stax = outcome(xml.getBytes(StandardCharsets.UTF_8), "many.eaf", Binding.STAX);
        assertThat(stax.problems()).hasSize(12).allSatisfy(p -> {
            assertThat(p.message()).isEqualTo("ignored unknown element <FOO>");
            assertThat(p.isError()).isFalse();
        });
        assertThat(stax.problems().get(11).line()).isEqualTo(16);
        assertThat(stax.problems().get(11).column()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "++1", "+ 1", "\t"})
    void aNumberJaxbRefusedVaguelyIsRefusedAtTheSamePlaceNamingItsAttribute(String value) {
        // JAXB said "has a value that is not valid: null" (or named an empty string) for these
        String xml = HEAD + HEADER + "  <TIME_ORDER>\n    <TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"" + value
                + "\"/>\n  </TIME_ORDER>\n" + END;
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        Outcome stax = outcome(bytes, "n.eaf", Binding.STAX);
        Outcome jaxb = outcome(bytes, "n.eaf", Binding.JAXB);
        assertThat(stax.document()).isNull();
        assertThat(jaxb.document()).isNull();
        assertThat(stax.problems()).singleElement().satisfies(p -> {
            Problem j = jaxb.problems().get(0);
            assertThat(List.of(p.line(), p.column(), p.severity())).isEqualTo(List.of(j.line(), j.column(), j.severity()));
            assertThat(List.of(p.line(), p.column())).containsExactly(5, 5);
            assertThat(p.message()).isEqualTo("<TIME_SLOT> has TIME_VALUE=\"" + value.replace("\t", " ")
                    + "\", which is not a valid whole number");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "", "TRUE", "t", "x", "2"})
    void aBooleanThatIsNotOneIsAnErrorAtItsElement(String value) {
        // JAXB read "yes", "" and "TRUE" as absent and "x" and "2" as false without a word, and failed on "t"
        String xml = HEAD + HEADER + "  <TIME_ORDER/>\n  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"t\" TIME_ALIGNABLE=\""
                + value + "\"/>\n" + END;
        Outcome stax = outcome(xml.getBytes(StandardCharsets.UTF_8), "bool.eaf", Binding.STAX);
        assertThat(stax.document()).isNull();
        assertThat(stax.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(List.of(p.line(), p.column())).containsExactly(5, 3);
            assertThat(p.message()).isEqualTo("<LINGUISTIC_TYPE> has TIME_ALIGNABLE=\"" + value
                    + "\", which is not true or false");
        });
    }

    // ------------------------------------------------------------------ helpers

    /** What reading gives: the document and its source format with the warnings, or the problems that refused it. */
    record Outcome(AnnotationDocument document, String format, List<Problem> problems) {
    }

    private static Outcome outcome(byte[] bytes, String source, Binding binding) {
        try {
            EafReadResult r = EafCodec.readDocument(bytes, source, binding);
            return new Outcome(r.document(), r.sourceFormat(), r.warnings());
        } catch (EafFormatException e) {
            return new Outcome(null, null, e.problems());
        }
    }

    private static Outcome assertSameReading(byte[] bytes, String source) {
        Outcome stax = outcome(bytes, source, Binding.STAX);
        Outcome jaxb = outcome(bytes, source, Binding.JAXB);
        assertThat(stax.problems()).as("problems of %s", source).isEqualTo(jaxb.problems());
        assertThat(stax).as("reading %s", source).isEqualTo(jaxb);
        return stax;
    }

    private static byte[] resource(String name) {
        try (InputStream in = org.attune.core.eaf.Eaf.class.getResourceAsStream("input/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource input/" + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
