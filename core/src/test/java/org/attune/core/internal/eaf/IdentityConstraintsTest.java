package org.attune.core.internal.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.transform.stax.StAXSource;
import javax.xml.validation.Validator;
import org.attune.core.eaf.Problem;
import org.attune.core.testing.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The schema's key, unique and keyref constraints checked by {@link IdentityConstraints} in linear time find the
 * same violations as the JDK's own (quadratic) schema validator, on documents made to break each constraint and on
 * every file of the interop corpus; and name the element that breaks them.
 */
class IdentityConstraintsTest {

    private static final String GOOD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ANNOTATION_DOCUMENT AUTHOR="" DATE="2026-01-01T00:00:00+00:00" FORMAT="3.0" VERSION="3.0">
            <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>
            <TIME_ORDER>
            <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="0"/>
            <TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="1000"/>
            </TIME_ORDER>
            <TIER TIER_ID="T" LINGUISTIC_TYPE_REF="lt" LANG_REF="eng">
            <ANNOTATION>
            <ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2">
            <ANNOTATION_VALUE>v</ANNOTATION_VALUE>
            </ALIGNABLE_ANNOTATION>
            </ANNOTATION>
            </TIER>
            <TIER TIER_ID="W" LINGUISTIC_TYPE_REF="ss" PARENT_REF="T">
            <ANNOTATION>
            <REF_ANNOTATION ANNOTATION_ID="r1" ANNOTATION_REF="a1">
            <ANNOTATION_VALUE>w</ANNOTATION_VALUE>
            </REF_ANNOTATION>
            </ANNOTATION>
            <ANNOTATION>
            <REF_ANNOTATION ANNOTATION_ID="r2" ANNOTATION_REF="a1" PREVIOUS_ANNOTATION="r1">
            <ANNOTATION_VALUE>w</ANNOTATION_VALUE>
            </REF_ANNOTATION>
            </ANNOTATION>
            </TIER>
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="lt" TIME_ALIGNABLE="true" GRAPHIC_REFERENCES="false" CONTROLLED_VOCABULARY_REF="cv"/>
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="ss" CONSTRAINTS="Symbolic_Subdivision" TIME_ALIGNABLE="false" GRAPHIC_REFERENCES="false"/>
            <LANGUAGE LANG_ID="eng"/>
            <CONSTRAINT STEREOTYPE="Symbolic_Subdivision" DESCRIPTION="s"/>
            <CONTROLLED_VOCABULARY CV_ID="cv">
            <DESCRIPTION LANG_REF="eng">codes</DESCRIPTION>
            <CV_ENTRY_ML CVE_ID="e1">
            <CVE_VALUE LANG_REF="eng">x</CVE_VALUE>
            </CV_ENTRY_ML>
            <CV_ENTRY_ML CVE_ID="e2">
            <CVE_VALUE LANG_REF="eng">y</CVE_VALUE>
            </CV_ENTRY_ML>
            </CONTROLLED_VOCABULARY>
            </ANNOTATION_DOCUMENT>
            """;

    /** One edit of the good document, the constraint it breaks, and the text of the element that breaks it. */
    static Stream<Arguments> breaks() {
        return Stream.of(
                Arguments.of("TIME_SLOT_ID=\"ts2\"", "TIME_SLOT_ID=\"ts1\"", "timeSlotKey", "TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"1000\""),
                Arguments.of("TIME_SLOT_REF2=\"ts2\"", "TIME_SLOT_REF2=\"ts9\"", "timeSlotRef2", "ANNOTATION_ID=\"a1\""),
                Arguments.of("TIER_ID=\"W\"", "TIER_ID=\"T\"", "tierNameKey", "TIER_ID=\"T\" LINGUISTIC_TYPE_REF=\"ss\""),
                Arguments.of("PARENT_REF=\"T\"", "PARENT_REF=\"X\"", "tierNameRef", "PARENT_REF=\"X\""),
                Arguments.of("LINGUISTIC_TYPE_REF=\"ss\"", "LINGUISTIC_TYPE_REF=\"zz\"", "linTypeNameRef", "LINGUISTIC_TYPE_REF=\"zz\""),
                Arguments.of("CONTROLLED_VOCABULARY_REF=\"cv\"", "CONTROLLED_VOCABULARY_REF=\"nocv\"", "cvNameRef", "CONTROLLED_VOCABULARY_REF=\"nocv\""),
                Arguments.of("PREVIOUS_ANNOTATION=\"r1\"", "PREVIOUS_ANNOTATION=\"a1\"", "prevAnnoRef", "PREVIOUS_ANNOTATION=\"a1\""),
                Arguments.of("ANNOTATION_ID=\"r2\"", "ANNOTATION_ID=\"r1\"", "refAnnotationIdKey", "ANNOTATION_ID=\"r1\" ANNOTATION_REF=\"a1\" PREVIOUS"),
                Arguments.of("CVE_ID=\"e2\"", "CVE_ID=\"e1\"", "cvEntryKey", "CVE_ID=\"e1\">\n<CVE_VALUE LANG_REF=\"eng\">y"),
                Arguments.of("<DESCRIPTION LANG_REF=\"eng\">", "<DESCRIPTION LANG_REF=\"nld\">", "cvDescLangRef", "<DESCRIPTION LANG_REF=\"nld\">"),
                Arguments.of("LANG_REF=\"eng\">\n<ANNOTATION>", "LANG_REF=\"fra\">\n<ANNOTATION>", "tierLangRef", "LANG_REF=\"fra\""));
    }

    @Test
    void theGoodDocumentBreaksNoConstraint() throws Exception {
        byte[] bytes = GOOD.getBytes(StandardCharsets.UTF_8);
        assertThat(validatorViolations(bytes)).isEmpty();
        assertThat(own(bytes)).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("breaks")
    void eachBrokenConstraintIsFoundAsTheValidatorFindsItButAtTheElementThatBreaksIt(String from, String to,
            String constraint, String at) throws Exception {
        assertThat(GOOD).contains(from);
        String xml = GOOD.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(validatorViolations(bytes)).as("the JDK validator").contains(constraint);
        List<Problem> own = own(bytes);
        assertThat(names(own)).as("Attune's check").isEqualTo(validatorViolations(bytes));
        // StAX reports the end of the start tag; the element is the one whose tag holds that place
        int line = xml.substring(0, xml.indexOf(at)).split("\n", -1).length;
        assertThat(own).anySatisfy(p -> {
            assertThat(p.message()).contains(constraint);
            assertThat(p.line()).isEqualTo(line);
        });
    }

    @Test
    void everyConstraintOfTheEaf30SchemaIsCheckedAndNoneIsLeftToTheValidator() {
        IdentityConstraints c = IdentityConstraints.of("3.0").orElseThrow();
        assertThat(c.declaredOn("ANNOTATION_DOCUMENT")).extracting(IdentityConstraints.Constraint::name)
                .contains("timeSlotKey", "timeSlotRef1", "timeSlotRef2", "tierNameKey", "tierNameRef", "prevAnnoRef",
                        "langIdKey", "cvValueLangRef", "crossLinkRef1AlignAnnoKeyRef")
                .hasSize(35);
        assertThat(c.declaredOn("ANNOTATION_DOCUMENT/CONTROLLED_VOCABULARY")).extracting(IdentityConstraints.Constraint::name)
                .containsExactly("cvEntryKey");
        assertThat(c.declaredOn("CV_RESOURCE/CONTROLLED_VOCABULARY")).extracting(IdentityConstraints.Constraint::name)
                .containsExactly("cvEntryKey2");
        for (String version : Xml.SCHEMA_VERSIONS) {
            assertThat(IdentityConstraints.of(version)).as("EAF %s", version).isPresent();
        }
    }

    static Stream<Path> interopFiles() {
        return Stream.concat(Interop.cases("eaf", ".eaf"), Interop.cases("etf", ".etf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interopFiles")
    void findsTheSameViolationsAsTheValidatorOnEveryInteropFile(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String version = declaredVersion(bytes);
        assertThat(names(own(bytes, version))).isEqualTo(validatorViolations(bytes, version));
    }

    // ------------------------------------------------------------------

    private static final Pattern NAMED = Pattern.compile("cvc-identity-constraint[^:]*: .*?[\"']([A-Za-z0-9]+)[\"']");
    private static final Pattern NAMED_KEYREF = Pattern.compile("cvc-identity-constraint\\.4\\.3: Key '([^']+)'");
    private static final Pattern DUPLICATE = Pattern.compile("identity constraint \"([^\"]+)\"");
    private static final Pattern NO_VALUE = Pattern.compile("for the key \"([^\"]+)\"");

    /** The names of the constraints the messages say are broken. */
    private static Set<String> names(List<Problem> problems) {
        Set<String> out = new TreeSet<>();
        for (Problem p : problems) {
            out.add(name(p.message()));
        }
        return out;
    }

    private static String name(String message) {
        for (Pattern p : List.of(NAMED_KEYREF, DUPLICATE, NO_VALUE, NAMED)) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return message;
    }

    private static List<Problem> own(byte[] bytes) throws Exception {
        return own(bytes, "3.0");
    }

    private static List<Problem> own(byte[] bytes, String version) throws Exception {
        return IdentityConstraints.of(version).orElseThrow().check(bytes, "t.eaf", "");
    }

    private static Set<String> validatorViolations(byte[] bytes) throws Exception {
        return validatorViolations(bytes, "3.0");
    }

    /** The constraints the JDK's validator, identity checks on, says are broken. */
    private static Set<String> validatorViolations(byte[] bytes, String version) throws Exception {
        List<String> messages = new ArrayList<>();
        Validator v = Xml.schema(version).newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                messages.add(e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                messages.add(e.getMessage());
            }
        });
        v.validate(new StAXSource(Xml.reader(bytes)));
        Set<String> out = new TreeSet<>();
        for (String m : messages) {
            if (m.startsWith("cvc-identity-constraint")) {
                out.add(name(m));
            }
        }
        return out;
    }

    private static String declaredVersion(byte[] bytes) {
        Matcher m = Pattern.compile("FORMAT=\"([0-9.]+)\"").matcher(new String(bytes, 0, Math.min(bytes.length, 4000),
                StandardCharsets.ISO_8859_1));
        String v = m.find() ? m.group(1) : "3.0";
        return Xml.hasSchema(v) ? v : "3.0";
    }
}
