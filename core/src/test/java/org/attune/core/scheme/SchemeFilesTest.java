package org.attune.core.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.attune.core.eaf.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing scheme files: good files read, bad ones are refused with file:line:column. */
class SchemeFilesTest {

    private static final String GOOD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scheme format="1" id="lab" version="1.2" name="LAB">
              <title>Lab scheme</title>
              <description>
                A scheme a lab wrote
                by hand.
              </description>
              <category id="withdrawal" label="Moving away"/>
              <category id="resolution"/>
              <rating name="significance" min="1" max="3" low="little" high="much"/>
              <layer id="rupture" label="Ruptures" rated="true">
                <code id="W1" category="withdrawal" key="1" label="Silence">
                  The patient   falls
                  silent.
                </code>
                <code id="W2" category="withdrawal" label="Joking"/>
              </layer>
              <layer id="repair">
                <code id="R1" category="resolution" facet="immediate" key="a" label="Clarifies">Clears up.</code>
              </layer>
            </scheme>
            """;

    @Test
    void readsEveryPartOfAHandWrittenFile() throws Exception {
        CodingScheme s = read(GOOD, "lab.xml");

        assertThat(s.ref()).isEqualTo("lab@1.2");
        assertThat(s.name()).isEqualTo("LAB");
        assertThat(s.title()).isEqualTo("Lab scheme");
        assertThat(s.description()).isEqualTo("A scheme a lab wrote by hand.");
        assertThat(s.categories()).containsExactly(new Category("withdrawal", "Moving away"),
                new Category("resolution", "resolution"));
        assertThat(s.rating()).isEqualTo(new RatingScale("significance", 1, 3, "little", "much"));
        assertThat(s.layers()).extracting(Layer::id, Layer::label, Layer::rated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rupture", "Ruptures", true),
                        org.assertj.core.groups.Tuple.tuple("repair", "repair", false));
        assertThat(s.codes()).containsExactly(
                new Code("W1", "Silence", "withdrawal", "The patient falls silent.", "1", ""),
                new Code("W2", "Joking", "withdrawal", "", "", ""),
                new Code("R1", "Clarifies", "resolution", "Clears up.", "a", "immediate"));
    }

    @Test
    void writtenFileReadsBackEqual() throws Exception {
        CodingScheme s = read(GOOD, "lab.xml");
        byte[] bytes = SchemeFiles.toBytes(s);
        assertThat(SchemeFiles.read(bytes, "written")).isEqualTo(s);
    }

    @Test
    void writeIsAtomicAndReadableFromAPath(@TempDir Path dir) throws Exception {
        CodingScheme s = read(GOOD, "lab.xml");
        Path file = dir.resolve("lab.xml");
        SchemeFiles.write(s, file);
        SchemeFiles.write(s, file);
        assertThat(SchemeFiles.read(file)).isEqualTo(s);
        assertThat(dir.resolve("lab.xml.bak")).exists();
    }

    @Test
    void malformedXmlGivesFileLineAndColumn() {
        String broken = GOOD.replace("<code id=\"W2\" category=\"withdrawal\" label=\"Joking\"/>",
                "<code id=\"W2\" category=\"withdrawal\" label=\"Joking\">");
        SchemeFormatException e = refused(broken, "broken.xml");
        Problem p = e.problems().get(0);
        assertThat(p.source()).isEqualTo("broken.xml");
        assertThat(p.line()).isGreaterThan(1);
        assertThat(p.column()).isPositive();
        assertThat(e.getMessage()).startsWith("broken.xml:" + p.line() + ":" + p.column() + ": malformed XML");
    }

    @Test
    void undeclaredCategoryIsReportedAtItsCode() {
        String typo = GOOD.replace("<code id=\"W2\" category=\"withdrawal\"", "<code id=\"W2\" category=\"withdrawl\"");
        SchemeFormatException e = refused(typo, "typo.xml");
        assertThat(e.problems()).hasSize(1);
        Problem p = e.problems().get(0);
        assertThat(p.line()).isEqualTo(lineOf(typo, "id=\"W2\""));
        assertThat(p.message()).contains("'W2'", "'withdrawl'", "declared: resolution, withdrawal");
        assertThat(e.getMessage()).startsWith("typo.xml:" + p.line() + ":" + p.column() + ": code 'W2'");
    }

    @Test
    void everyProblemOfAFileIsListedInFileOrder() {
        String bad = GOOD.replace("version=\"1.2\"", "")
                .replace("key=\"a\"", "key=\"1\"")
                .replace("<code id=\"W2\"", "<code id=\"w1\"")
                .replace("max=\"3\"", "max=\"three\"");
        SchemeFormatException e = refused(bad, "bad.xml");
        assertThat(e.problems()).extracting(Problem::message).containsExactly(
                "<scheme> needs a non-empty version=\"...\"",
                "<rating> max must be a whole number, not \"three\"",
                "code id 'w1' is used twice in this layer (ids ignore case)",
                "code 'R1' has key '1', already the key of code 'W1'");
        assertThat(e.problems()).extracting(Problem::line).isSorted();
        assertThat(e.getMessage()).endsWith("(and 3 more)");
    }

    @Test
    void unknownElementsAndAttributesAreRefusedNotIgnored() {
        String bad = GOOD.replace("<code id=\"W2\" category=\"withdrawal\" label=\"Joking\"/>",
                "<cdoe id=\"W3\"/>\n<code id=\"W2\" category=\"withdrawal\" lable=\"Joking\"/>");
        SchemeFormatException e = refused(bad, "bad.xml");
        assertThat(e.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).startsWith("unknown element <cdoe>"));
        assertThat(e.problems()).extracting(Problem::message)
                .contains("unknown attribute 'lable' on <code> (known: id, label, category, key, facet)",
                        "<code> needs a non-empty label=\"...\"");
        assertThat(e.problems().get(0).line()).isEqualTo(lineOf(bad, "<cdoe"));
        assertThat(e.problems().subList(1, 3)).allSatisfy(p -> assertThat(p.line()).isEqualTo(lineOf(bad, "lable=")));
    }

    @Test
    void aFileWithAnotherRootIsNotASchemeFile() {
        SchemeFormatException e = refused("<CV_RESOURCE/>", "x.ecv");
        assertThat(e.getMessage()).isEqualTo("x.ecv:1:1: not a scheme file: the root element is <CV_RESOURCE>, expected <scheme>");
    }

    @Test
    void emptyFileAndUnknownFormatAreRefused() {
        assertThat(refused("", "empty.xml").getMessage()).isEqualTo("empty.xml:1:1: the file is empty");
        assertThat(refused(GOOD.replace("format=\"1\"", "format=\"2\""), "f.xml").getMessage())
                .contains("unsupported scheme file format '2'");
    }

    @Test
    void doctypesAndExternalEntitiesAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE scheme [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <scheme id="x" version="1"><title>&x;</title><layer id="l"/></scheme>
                """;
        SchemeFormatException e = refused(xxe, "xxe.xml");
        assertThat(e.problems().get(0).line()).isPositive();
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void ratedLayerNeedsARatingScale() {
        String bad = GOOD.replace("<rating name=\"significance\" min=\"1\" max=\"3\" low=\"little\" high=\"much\"/>", "");
        assertThat(refused(bad, "r.xml").getMessage())
                .contains("layer 'rupture' is rated=\"true\" but the scheme has no <rating> scale");
    }

    private static CodingScheme read(String xml, String name) throws SchemeFormatException {
        return SchemeFiles.read(xml.getBytes(StandardCharsets.UTF_8), name);
    }

    private static SchemeFormatException refused(String xml, String name) {
        SchemeFormatException e = catchThrowableOfType(SchemeFormatException.class, () -> read(xml, name));
        assertThat(e).as("a bad scheme file is refused").isNotNull();
        return e;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in text");
    }
}
