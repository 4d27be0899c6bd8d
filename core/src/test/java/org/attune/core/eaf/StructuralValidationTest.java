package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.core.testing.Interop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Structures ELAN cannot hold (parent cycles, reference loops, subdivisions that overlap or leave their parent):
 * each is an error at the offending element, so reading refuses the file and {@link Eaf#validate} reports it.
 * The documents are made here, one element per line, so the expected position is found in the text itself.
 */
class StructuralValidationTest {

    private static final String TYPES = """
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="lt" TIME_ALIGNABLE="true" GRAPHIC_REFERENCES="false"/>
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="sa" CONSTRAINTS="Symbolic_Association" TIME_ALIGNABLE="false" GRAPHIC_REFERENCES="false"/>
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="ssub" CONSTRAINTS="Symbolic_Subdivision" TIME_ALIGNABLE="false" GRAPHIC_REFERENCES="false"/>
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="tsub" CONSTRAINTS="Time_Subdivision" TIME_ALIGNABLE="true" GRAPHIC_REFERENCES="false"/>
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="inc" CONSTRAINTS="Included_In" TIME_ALIGNABLE="true" GRAPHIC_REFERENCES="false"/>
            <CONSTRAINT STEREOTYPE="Time_Subdivision" DESCRIPTION="t"/>
            <CONSTRAINT STEREOTYPE="Symbolic_Subdivision" DESCRIPTION="s"/>
            <CONSTRAINT STEREOTYPE="Symbolic_Association" DESCRIPTION="a"/>
            <CONSTRAINT STEREOTYPE="Included_In" DESCRIPTION="i"/>
            """;

    /** A document whose time slots are ts0=0, ts3=300, ts6=600, ts10=1000, ts15=1500 and tsx (unaligned). */
    private static String eaf(String tiers) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ANNOTATION_DOCUMENT AUTHOR=\"\" DATE=\"2026-01-01T00:00:00+00:00\" FORMAT=\"3.0\" VERSION=\"3.0\">\n"
                + "<HEADER MEDIA_FILE=\"\" TIME_UNITS=\"milliseconds\"/>\n"
                + "<TIME_ORDER>\n"
                + "<TIME_SLOT TIME_SLOT_ID=\"ts0\" TIME_VALUE=\"0\"/>\n"
                + "<TIME_SLOT TIME_SLOT_ID=\"ts3\" TIME_VALUE=\"300\"/>\n"
                + "<TIME_SLOT TIME_SLOT_ID=\"ts6\" TIME_VALUE=\"600\"/>\n"
                + "<TIME_SLOT TIME_SLOT_ID=\"ts10\" TIME_VALUE=\"1000\"/>\n"
                + "<TIME_SLOT TIME_SLOT_ID=\"ts15\" TIME_VALUE=\"1500\"/>\n"
                + "<TIME_SLOT TIME_SLOT_ID=\"tsx\"/>\n"
                + "</TIME_ORDER>\n"
                + tiers
                + TYPES
                + "</ANNOTATION_DOCUMENT>\n";
    }

    private static String tier(String id, String type, String parent, String... annotations) {
        return "<TIER TIER_ID=\"" + id + "\" LINGUISTIC_TYPE_REF=\"" + type + "\""
                + (parent == null ? "" : " PARENT_REF=\"" + parent + "\"") + ">\n"
                + String.join("", annotations) + "</TIER>\n";
    }

    private static String al(String id, String s1, String s2) {
        return "<ANNOTATION>\n<ALIGNABLE_ANNOTATION ANNOTATION_ID=\"" + id + "\" TIME_SLOT_REF1=\"" + s1
                + "\" TIME_SLOT_REF2=\"" + s2 + "\">\n<ANNOTATION_VALUE>v</ANNOTATION_VALUE>\n"
                + "</ALIGNABLE_ANNOTATION>\n</ANNOTATION>\n";
    }

    private static String ref(String id, String target, String previous) {
        return "<ANNOTATION>\n<REF_ANNOTATION ANNOTATION_ID=\"" + id + "\" ANNOTATION_REF=\"" + target + "\""
                + (previous == null ? "" : " PREVIOUS_ANNOTATION=\"" + previous + "\"")
                + ">\n<ANNOTATION_VALUE>v</ANNOTATION_VALUE>\n</REF_ANNOTATION>\n</ANNOTATION>\n";
    }

    private static final String TOP = tier("T", "lt", null, al("p1", "ts0", "ts10"), al("p2", "ts10", "ts15"));

    // ------------------------------------------------------------------ tiers

    @Test
    void aTierThatIsItsOwnParentIsAProblemAtItsLine() {
        String xml = eaf(TOP + tier("A", "sa", "A", ref("r1", "p1", null)));
        assertRefusedAt(xml, "<TIER TIER_ID=\"A\"", "tier 'A' is its own parent");
    }

    @Test
    void tiersThatAreEachOthersParentsAreAProblemAtEachTier() {
        String xml = eaf(TOP + tier("A", "sa", "B") + tier("B", "sa", "A"));
        assertRefusedAt(xml, "<TIER TIER_ID=\"A\"", "tier 'A'", "cycle of parent tiers", "A -> B -> A");
        assertRefusedAt(xml, "<TIER TIER_ID=\"B\"", "tier 'B'", "cycle of parent tiers");
    }

    // ------------------------------------------------------------------ reference annotations

    @Test
    void referenceAnnotationsThatReferToEachOtherInALoopAreAProblemAtEachAnnotation() {
        String xml = eaf(TOP + tier("R", "sa", "T", ref("r1", "r2", null)) + tier("S", "sa", "R", ref("r2", "r1", null)));
        assertRefusedAt(xml, "<REF_ANNOTATION ANNOTATION_ID=\"r1\"", "annotation 'r1'", "loop", "r1 -> r2 -> r1");
        assertRefusedAt(xml, "<REF_ANNOTATION ANNOTATION_ID=\"r2\"", "annotation 'r2'", "loop");
    }

    @Test
    void aLoopOfFiveThousandReferencesIsFoundWithoutOverflowingTheStack() {
        int n = 5_000;
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < n; i++) {
            refs.append(ref("r" + i, "r" + ((i + 1) % n), null));
        }
        byte[] bytes = eaf(TOP + tier("R", "sa", "T", refs.toString())).getBytes(StandardCharsets.UTF_8);
        List<Problem> problems = Eaf.validate(bytes, "long.eaf");
        assertThat(problems.stream().filter(p -> p.message().contains("in a loop"))).hasSize(n)
                .anySatisfy(p -> assertThat(p.message()).contains("r0 -> r1", "(5000 in the loop)"));
    }

    // ------------------------------------------------------------------ subdivisions

    @Test
    void timeSubdivisionChildrenThatOverlapAreAProblemAtTheLaterOne() {
        String xml = eaf(TOP + tier("S", "tsub", "T", al("c1", "ts0", "ts6"), al("c2", "ts3", "ts10")));
        assertRefusedAt(xml, "<ALIGNABLE_ANNOTATION ANNOTATION_ID=\"c2\"", "annotation 'c2'", "overlaps", "'c1'");
    }

    @Test
    void aTimeSubdivisionChildOutsideItsParentIsAProblemAtTheChild() {
        String xml = eaf(tier("T", "lt", null, al("p1", "ts0", "ts3"))
                + tier("S", "tsub", "T", al("c1", "ts3", "ts6")));
        assertRefusedAt(xml, "<ALIGNABLE_ANNOTATION ANNOTATION_ID=\"c1\"", "annotation 'c1'", "outside");
    }

    @Test
    void aChildThatStartsInsideItsParentButEndsAfterItIsAProblem() {
        String xml = eaf(TOP + tier("S", "tsub", "T", al("c1", "ts6", "ts15")));
        assertRefusedAt(xml, "<ALIGNABLE_ANNOTATION ANNOTATION_ID=\"c1\"", "annotation 'c1'", "outside",
                "'p1'");
    }

    @Test
    void anIncludedInChildOutsideEveryParentAnnotationIsAProblemAtTheChild() {
        String xml = eaf(tier("T", "lt", null, al("p1", "ts0", "ts3"), al("p2", "ts10", "ts15"))
                + tier("I", "inc", "T", al("i1", "ts0", "ts3"), al("i2", "ts3", "ts6")));
        assertRefusedAt(xml, "<ALIGNABLE_ANNOTATION ANNOTATION_ID=\"i2\"", "annotation 'i2'", "on tier 'I'",
                "outside every annotation of its parent tier 'T'");
    }

    @Test
    void anIncludedInChildThatRunsPastItsParentIsAProblemNamingTheParent() {
        String xml = eaf(TOP + tier("I", "inc", "T", al("i1", "ts6", "ts15")));
        assertRefusedAt(xml, "<ALIGNABLE_ANNOTATION ANNOTATION_ID=\"i1\"", "annotation 'i1'", "outside",
                "parent annotation 'p1'");
    }

    @Test
    void aSecondSymbolicAssociationChildOfOneParentAnnotationIsAProblemAtTheSecond() {
        String xml = eaf(TOP + tier("A", "sa", "T", ref("x1", "p1", null), ref("x2", "p2", null),
                ref("x3", "p1", null)));
        assertRefusedAt(xml, "<REF_ANNOTATION ANNOTATION_ID=\"x3\"", "annotation 'x3'", "Symbolic_Association tier 'A'",
                "'p1'", "'x1'");
    }

    @Test
    void symbolicSubdivisionPreviousAnnotationsThatLoopAreAProblem() {
        String xml = eaf(TOP + tier("W", "ssub", "T", ref("w1", "p1", "w2"), ref("w2", "p1", "w1")));
        assertRefusedAt(xml, "<REF_ANNOTATION ANNOTATION_ID=\"w1\"", "annotation 'w1'", "previous annotations",
                "loop");
    }

    @Test
    void aPreviousAnnotationUnderAnotherParentIsAProblem() {
        String xml = eaf(TOP + tier("W", "ssub", "T", ref("w1", "p1", null), ref("w2", "p2", "w1")));
        assertRefusedAt(xml, "<REF_ANNOTATION ANNOTATION_ID=\"w2\"", "annotation 'w2'", "'w1'", "another parent");
    }

    @Test
    void wellFormedSubdivisionsWithUnalignedSlotsAreNotProblems() throws Exception {
        String xml = eaf(TOP
                + tier("S", "tsub", "T", al("c1", "ts0", "tsx"), al("c2", "tsx", "ts6"), al("c3", "ts6", "ts10"),
                        al("c4", "ts10", "ts15"))
                + tier("I", "inc", "T", al("i1", "ts3", "ts6"), al("i2", "ts10", "ts15"))
                + tier("W", "ssub", "T", ref("w1", "p1", null), ref("w2", "p1", "w1"), ref("w3", "p2", null))
                + tier("A", "sa", "W", ref("x1", "w1", null)));
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        assertThat(Eaf.validate(bytes, "ok.eaf")).isEmpty();
        assertThat(Eaf.read(bytes, "ok.eaf").warnings()).isEmpty();
    }

    // ------------------------------------------------------------------ the hostile reproducers

    @ParameterizedTest
    @ValueSource(strings = {"parent-cycle.eaf", "parent-self.eaf", "annref-cycle.eaf", "tsub-overlap.eaf",
        "tsub-outside-parent.eaf"})
    void eachHostileStructureIsRefusedWithAPosition(String name) throws Exception {
        Path file = Interop.hostile(name);
        byte[] bytes = Files.readAllBytes(file);
        List<Problem> problems = Eaf.validate(bytes, name);
        assertThat(problems).as("problems of %s", name).isNotEmpty()
                .allSatisfy(p -> assertThat(p.line()).isPositive());
        EafFormatException e = catchThrowableOfType(EafFormatException.class, () -> Eaf.read(bytes, name));
        assertThat(e).as("reading %s must fail", name).isNotNull();
    }

    // ------------------------------------------------------------------

    /** Reading refuses the document with a problem at the element {@code at} starts, and validate reports it. */
    private static void assertRefusedAt(String xml, String at, String... fragments) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        int offset = xml.indexOf(at);
        assertThat(offset).as("marker %s", at).isNotNegative();
        int line = (int) xml.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        int column = offset - xml.lastIndexOf('\n', offset - 1);
        EafFormatException e = catchThrowableOfType(EafFormatException.class, () -> Eaf.read(bytes, "s.eaf"));
        assertThat(e).as("reading must fail").isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(List.of(p.line(), p.column())).containsExactly(line, column);
            assertThat(p.message()).contains(fragments);
        });
        assertThat(Eaf.validate(bytes, "s.eaf")).anySatisfy(p -> {
            assertThat(List.of(p.line(), p.column())).containsExactly(line, column);
            assertThat(p.message()).contains(fragments);
        });
    }
}
