package org.attune.core.internal.eaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafFormatException;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.eaf.Problem;
import org.attune.core.eaf.ProblemsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every attribute the official EAF 3.0 schema marks {@code use="required"}, removed in turn from a small valid
 * document that has every element the reader maps ({@code required-attributes/complete.eaf}): reading must either
 * refuse the file with a problem at that element naming the attribute, or give a document that saves and reads
 * back equal. Before the one table-driven check, fuzzing found these one by one (a LANGUAGE without LANG_ID, a
 * CONSTRAINT without STEREOTYPE, a TIME_SLOT without TIME_SLOT_ID...): the file loaded, and the save refused it.
 */
class SchemaAttributesTest {

    private static final String COMPLETE = "/org/attune/core/eaf/required-attributes/complete.eaf";

    @ParameterizedTest(name = "<{0}> without {1}")
    @CsvSource({
            "ANNOTATION_DOCUMENT, DATE", "ANNOTATION_DOCUMENT, AUTHOR", "ANNOTATION_DOCUMENT, VERSION",
            "MEDIA_DESCRIPTOR, MEDIA_URL", "MEDIA_DESCRIPTOR, MIME_TYPE",
            "LINKED_FILE_DESCRIPTOR, LINK_URL", "LINKED_FILE_DESCRIPTOR, MIME_TYPE",
            "TIME_SLOT, TIME_SLOT_ID",
            "TIER, TIER_ID", "TIER, LINGUISTIC_TYPE_REF",
            "ALIGNABLE_ANNOTATION, ANNOTATION_ID", "ALIGNABLE_ANNOTATION, TIME_SLOT_REF1",
            "ALIGNABLE_ANNOTATION, TIME_SLOT_REF2",
            "REF_ANNOTATION, ANNOTATION_ID", "REF_ANNOTATION, ANNOTATION_REF",
            "LINGUISTIC_TYPE, LINGUISTIC_TYPE_ID",
            "LOCALE, LANGUAGE_CODE",
            "LANGUAGE, LANG_ID",
            "CONSTRAINT, STEREOTYPE",
            "CONTROLLED_VOCABULARY, CV_ID",
            "DESCRIPTION, LANG_REF",
            "CV_ENTRY_ML, CVE_ID",
            "CVE_VALUE, LANG_REF",
            "LEXICON_REF, LEX_REF_ID", "LEXICON_REF, NAME", "LEXICON_REF, TYPE", "LEXICON_REF, URL",
            "LEXICON_REF, LEXICON_ID", "LEXICON_REF, LEXICON_NAME",
            "REF_LINK_SET, LINK_SET_ID",
            "CROSS_REF_LINK, REF1", "CROSS_REF_LINK, REF2", "CROSS_REF_LINK, REF_LINK_ID",
            "GROUP_REF_LINK, REFS", "GROUP_REF_LINK, REF_LINK_ID",
            "EXTERNAL_REF, EXT_REF_ID", "EXTERNAL_REF, TYPE", "EXTERNAL_REF, VALUE",
    })
    void aMissingRequiredAttributeIsAProblemAtItsElementOrTheFileRoundTrips(String element, String attribute)
            throws Exception {
        String complete = complete();
        assertThat(Eaf.load(bytes(complete), "complete.eaf").warnings()).isEmpty();
        Edit edit = without(complete, element, attribute);

        EafReadResult read;
        try {
            read = Eaf.load(bytes(edit.text()), "missing.eaf");
        } catch (ProblemsException refused) {
            assertThat(refused.problems()).as("the problems of <%s> without %s", element, attribute)
                    .anySatisfy(p -> {
                        assertThat(p.isError()).isTrue();
                        assertThat(p.line()).isEqualTo(edit.line());
                        assertThat(p.column()).isEqualTo(edit.column());
                        assertThat(p.message()).contains(element).contains(attribute);
                    });
            return;
        }
        for (Problem w : read.warnings()) {
            if (w.message().contains(attribute)) {
                assertThat(w.line()).as("the line of " + w).isEqualTo(edit.line());
                assertThat(w.column()).as("the column of " + w).isEqualTo(edit.column());
            }
        }
        byte[] saved;
        try {
            saved = Eaf.toBytes(read.document());
        } catch (ProblemsException e) {
            fail("<" + element + "> without " + attribute + " loaded but cannot be saved: " + e.getMessage());
            return;
        }
        EafReadResult back = Eaf.load(saved, "saved.eaf");
        assertThat(back.document()).usingRecursiveComparison().ignoringFields("date").isEqualTo(read.document());
    }

    @Test
    void theTableIsEveryRequiredAttributeOfTheSchemaAndNoOther() {
        assertThat(SchemaAttributes.table()).isEqualTo(Map.ofEntries(
                Map.entry("ANNOTATION_DOCUMENT", List.of("DATE", "AUTHOR", "VERSION")),
                Map.entry("MEDIA_DESCRIPTOR", List.of("MEDIA_URL", "MIME_TYPE")),
                Map.entry("LINKED_FILE_DESCRIPTOR", List.of("LINK_URL", "MIME_TYPE")),
                Map.entry("TIME_SLOT", List.of("TIME_SLOT_ID")),
                Map.entry("TIER", List.of("TIER_ID", "LINGUISTIC_TYPE_REF")),
                Map.entry("ALIGNABLE_ANNOTATION", List.of("TIME_SLOT_REF1", "TIME_SLOT_REF2", "ANNOTATION_ID")),
                Map.entry("REF_ANNOTATION", List.of("ANNOTATION_REF", "ANNOTATION_ID")),
                Map.entry("LINGUISTIC_TYPE", List.of("LINGUISTIC_TYPE_ID")),
                Map.entry("LOCALE", List.of("LANGUAGE_CODE")),
                Map.entry("LANGUAGE", List.of("LANG_ID")),
                Map.entry("CONSTRAINT", List.of("STEREOTYPE")),
                Map.entry("CONTROLLED_VOCABULARY", List.of("CV_ID")),
                Map.entry("DESCRIPTION", List.of("LANG_REF")),
                Map.entry("CV_ENTRY_ML", List.of("CVE_ID")),
                Map.entry("CVE_VALUE", List.of("LANG_REF")),
                Map.entry("LEXICON_REF", List.of("LEX_REF_ID", "NAME", "TYPE", "URL", "LEXICON_ID", "LEXICON_NAME")),
                Map.entry("REF_LINK_SET", List.of("LINK_SET_ID")),
                Map.entry("CROSS_REF_LINK", List.of("REF1", "REF2", "REF_LINK_ID")),
                Map.entry("GROUP_REF_LINK", List.of("REFS", "REF_LINK_ID")),
                Map.entry("EXTERNAL_REF", List.of("EXT_REF_ID", "TYPE", "VALUE"))));
        // every lenient pair is one of the schema's (a misspelt one would silently make an error of a warning)
        for (String pair : SchemaAttributes.LENIENT.keySet()) {
            String[] ea = pair.split("@");
            assertThat(SchemaAttributes.table().get(ea[0])).as(pair).contains(ea[1]);
        }
    }

    @Test
    void aLocaleWithoutLanguageCodeIsAProblemAtItsLine() throws Exception {
        Edit edit = without(complete(), "LOCALE", "LANGUAGE_CODE");

        assertThatThrownBy(() -> Eaf.load(bytes(edit.text()), "locale.eaf"))
                .isInstanceOf(EafFormatException.class)
                .satisfies(e -> assertThat(((ProblemsException) e).problems()).anySatisfy(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.line()).isEqualTo(29);
                    assertThat(p.column()).isEqualTo(5);
                    assertThat(p.message()).contains("<LOCALE>").contains("LANGUAGE_CODE");
                }));
    }

    @Test
    void aVocabularyFileIsCheckedToo() {
        String ecv = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CV_RESOURCE AUTHOR=\"\" DATE=\"2024-05-01T10:00:00Z\""
                + " VERSION=\"0.1\">\n    <LANGUAGE LANG_ID=\"eng\"/>\n    <CONTROLLED_VOCABULARY CV_ID=\"3RS\">\n"
                + "        <CV_ENTRY_ML><CVE_VALUE LANG_REF=\"eng\">C2</CVE_VALUE></CV_ENTRY_ML>\n"
                + "    </CONTROLLED_VOCABULARY>\n</CV_RESOURCE>\n";

        assertThatThrownBy(() -> EafCodec.readVocabularies(bytes(ecv), "v.ecv"))
                .isInstanceOf(EafFormatException.class)
                .satisfies(e -> assertThat(((ProblemsException) e).problems()).anySatisfy(p -> {
                    assertThat(p.line()).isEqualTo(5);
                    assertThat(p.column()).isEqualTo(9);
                    assertThat(p.message()).isEqualTo("<CV_ENTRY_ML> has no CVE_ID, which EAF requires");
                }));
    }

    @ParameterizedTest(name = "<{0}> with {1}=\"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "TIME_SLOT | TIME_SLOT_ID | 1",
            "ALIGNABLE_ANNOTATION | ANNOTATION_ID | a 1",
            "REF_ANNOTATION | ANNOTATION_REF | a:1",
            "LANGUAGE | LANG_ID | ''",
            "LOCALE | LANGUAGE_CODE | \u00B7en",
            "ALIGNABLE_ANNOTATION | EXT_REF | ' '",
            "GROUP_REF_LINK | REFS | a1 2",
            "HEADER | TIME_UNITS | seconds",
            "EXTERNAL_REF | TYPE | url",
            "CROSS_REF_LINK | DIRECTIONALITY | sideways",
            "MEDIA_DESCRIPTOR | MEDIA_URL | %zz",
            "MEDIA_DESCRIPTOR | RELATIVE_MEDIA_URL | ./[s01.wav",
            "LINKED_FILE_DESCRIPTOR | LINK_URL | #a#b",
            "LICENSE | LICENSE_URL | ::",
    })
    void aValueTheSchemaRefusesIsAnErrorAtItsElement(String element, String attribute, String value) throws Exception {
        Edit edit = with(complete(), element, attribute, value);

        assertThatThrownBy(() -> Eaf.load(bytes(edit.text()), "value.eaf"))
                .isInstanceOf(EafFormatException.class)
                .satisfies(e -> assertThat(((ProblemsException) e).problems()).anySatisfy(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.line()).isEqualTo(edit.line());
                    assertThat(p.column()).isEqualTo(edit.column());
                    assertThat(p.message()).startsWith("<" + element + "> has " + attribute + "=\"");
                }));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"a1", "_x", "ts-1.2", "'  ts1 '", "\u00F1and\u00FA", "\u65E5\u672C"})
    void idsTheSchemaAcceptsAreAccepted(String id) {
        assertThat(SchemaAttributes.wrong(new SchemaAttributes.Rule(SchemaAttributes.Kind.ID, List.of()), id)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"file:///sessions/s01.wav", "./s01.wav", "'file:///C:/My Sessions/s01.wav'", "''", "http://x/\u00E9"})
    void urisTheSchemaAcceptsAreAccepted(String uri) {
        assertThat(SchemaAttributes.wrong(new SchemaAttributes.Rule(SchemaAttributes.Kind.URI, List.of()), uri)).isNull();
    }

    @Test
    void theListedValuesAreTheSchemas() {
        assertThat(SchemaAttributes.rules().get("HEADER").get("TIME_UNITS").values())
                .containsExactly("NTSC-frames", "PAL-frames", "milliseconds");
        assertThat(SchemaAttributes.rules().get("EXTERNAL_REF").get("TYPE").values())
                .containsExactly("iso12620", "ecv", "cve_id", "lexen_id", "resource_url");
        assertThat(SchemaAttributes.rules().get("CROSS_REF_LINK").get("DIRECTIONALITY").values())
                .containsExactly("undirected", "unidirectional", "bidirectional");
        assertThat(SchemaAttributes.rules().get("GROUP_REF_LINK").get("REFS").kind()).isEqualTo(SchemaAttributes.Kind.IDS);
        assertThat(SchemaAttributes.rules().get("TIER")).doesNotContainKey("TIER_ID"); // an xsd:string in EAF 3.0
    }

    /** The text with one attribute of the first start tag of the element set (added if absent). */
    private static Edit with(String text, String element, String attribute, String value) {
        int start = text.indexOf("<" + element + " ");
        int end = text.indexOf('>', start);
        String tag = text.substring(start, end);
        Matcher m = Pattern.compile("\\s" + attribute + "=\"[^\"]*\"").matcher(tag);
        String set = " " + attribute + "=\"" + value + "\"";
        String edited = m.find() ? tag.substring(0, m.start()) + set + tag.substring(m.end())
                : "<" + element + set + tag.substring(element.length() + 1);
        Edit at = without(text, element, null);
        return new Edit(text.substring(0, start) + edited + text.substring(end), at.line(), at.column());
    }

    /** The text with one attribute removed from the first start tag of the element, and where that tag is. */
    private record Edit(String text, int line, int column) {
    }

    private static Edit without(String text, String element, String attribute) {
        int start = text.indexOf("<" + element + " ");
        assertThat(start).as("<%s> in the complete document", element).isGreaterThanOrEqualTo(0);
        int end = text.indexOf('>', start);
        String edited = text;
        if (attribute != null) {
            Matcher m = Pattern.compile("\\s" + attribute + "=\"[^\"]*\"").matcher(text.substring(start, end));
            assertThat(m.find()).as("%s on <%s>", attribute, element).isTrue();
            edited = text.substring(0, start + m.start()) + text.substring(start + m.end());
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Edit(edited, line, start - lineStart + 1);
    }

    private static String complete() throws IOException {
        try (InputStream in = SchemaAttributesTest.class.getResourceAsStream(COMPLETE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
