package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.testing.Interop;
import org.attune.core.testing.XmlFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXParseException;

/**
 * Every ELAN document and template of the interop corpus: read, write, valid against the official
 * EAFv3.0.xsd (the corpus's own copy, not the one Attune ships), read back equal, and — checked
 * independently with DOM — every attribute and text of the original is in the output, except the
 * differences EAF 3.0 requires, which are listed here one by one.
 */
class InteropRoundTripTest {

    private static Schema officialSchema;

    @BeforeAll
    static void loadSchema() throws Exception {
        Path xsd = Interop.dir().resolve("xsd/EAFv3.0.xsd");
        if (Files.isRegularFile(xsd)) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            officialSchema = f.newSchema(xsd.toFile());
        }
    }

    static Stream<Path> documents() {
        List<Path> files = new ArrayList<>(Interop.files("eaf", ".eaf"));
        files.addAll(Interop.files("etf", ".etf"));
        return files.isEmpty() ? Stream.of(Path.of("interop-corpus-absent")) : files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsWritesValidEaf30AndReadsBackEqual(Path file) throws Exception {
        Interop.require();
        byte[] original = Files.readAllBytes(file);
        EafReadResult first = Eaf.read(original, file.toString());

        byte[] written = Eaf.toBytes(first.document());
        assertValidAgainstOfficialSchema(written);

        AnnotationDocument back = Eaf.read(written, "written").document();
        assertThat(back.withDate("")).isEqualTo(first.document().withDate(""));
        // writing is deterministic: the same document gives the same bytes
        assertThat(new String(Eaf.toBytes(back), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(written, java.nio.charset.StandardCharsets.UTF_8)
                        .replaceFirst("DATE=\"[^\"]*\"", "DATE=\"" + ToJaxbDate.of(back) + "\""));
        assertThat(Eaf.read(written, "written").warnings()).as("a written file needs no repair").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void keepsEveryAttributeAndTextOfTheOriginal(Path file) throws Exception {
        Interop.require();
        byte[] original = Files.readAllBytes(file);
        EafReadResult read = Eaf.read(original, file.toString());
        byte[] written = Eaf.toBytes(read.document());

        Set<String> before = XmlFacts.of(original);
        Set<String> after = XmlFacts.of(written);
        Set<String> lost = new TreeSet<>(before);
        lost.removeAll(after);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);

        boolean legacy = Double.parseDouble(read.sourceFormat()) < 2.8;
        lost.removeIf(f -> isRequiredChange(f) || legacy && isLegacyVocabulary(f) || isRepairedParent(f, read));
        added.removeIf(f -> isRequiredChange(f) || isDeclaration(f) || legacy && isConvertedVocabulary(f)
                || isRepairedParent(f, read) || f.endsWith("/HEADER@TIME_UNITS=milliseconds")
                || f.matches(".*/MEDIA_DESCRIPTOR\\[\\d+]@MEDIA_URL=") || f.equals("ANNOTATION_DOCUMENT/TIME_ORDER[1]#text="));
        assertThat(lost).as("facts of the original missing from the output").isEmpty();
        assertThat(added).as("facts in the output that the original did not have").isEmpty();
    }

    /** The root's FORMAT, VERSION and DATE are rewritten (3.0, 3.0, a valid date). */
    private static boolean isRequiredChange(String fact) {
        return fact.startsWith("ANNOTATION_DOCUMENT@FORMAT=") || fact.startsWith("ANNOTATION_DOCUMENT@VERSION=")
                || fact.startsWith("ANNOTATION_DOCUMENT@DATE=");
    }

    /** Languages, locales and constraints that references used but the file did not declare. */
    private static boolean isDeclaration(String fact) {
        return fact.startsWith("ANNOTATION_DOCUMENT/LANGUAGE[") || fact.startsWith("ANNOTATION_DOCUMENT/LOCALE[")
                || fact.startsWith("ANNOTATION_DOCUMENT/CONSTRAINT[");
    }

    /** Before EAF 2.8: CV_ENTRY elements and the DESCRIPTION attribute of a vocabulary. */
    private static boolean isLegacyVocabulary(String fact) {
        return fact.contains("/CV_ENTRY[") || fact.matches(".*/CONTROLLED_VOCABULARY\\[CV_ID=[^]]*]@DESCRIPTION=.*")
                || fact.matches(".*/CONTROLLED_VOCABULARY\\[CV_ID=[^]]*]#text=");
    }

    /** ...which become CV_ENTRY_ML/CVE_VALUE and DESCRIPTION elements in the language "und". */
    private static boolean isConvertedVocabulary(String fact) {
        return fact.contains("/CV_ENTRY_ML[") || fact.matches(".*/CONTROLLED_VOCABULARY\\[CV_ID=[^]]*]/DESCRIPTION\\[1].*");
    }

    /** A PARENT_REF naming no tier, replaced by the tier its annotations refer to (reported as a warning). */
    private static boolean isRepairedParent(String fact, EafReadResult read) {
        return fact.contains("@PARENT_REF=") && read.warnings().stream()
                .anyMatch(w -> w.message().contains("taken as the parent"));
    }

    private static void assertValidAgainstOfficialSchema(byte[] xml) throws Exception {
        if (officialSchema == null) {
            return;
        }
        List<String> errors = new ArrayList<>();
        var v = officialSchema.newValidator();
        v.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        v.validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
        assertThat(errors).as("schema errors in the written file").isEmpty();
    }

    /** The DATE a re-write of {@code doc} carries. */
    private static final class ToJaxbDate {
        static String of(AnnotationDocument doc) {
            return doc.date();
        }
    }
}
