package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCommandTest {

    @TempDir
    Path dir;

    private static String sample(String name) {
        return Samples.dir().resolve("agreement").resolve(name).toString();
    }

    /** Shrout &amp; Fleiss (1979), Table 2 data; Table 4: .17 .29 .71 .44 .62 .91. */
    @Test
    void iccPrintsTheSixFormsOfTheShroutFleissExampleToThreeDecimals() {
        CliRun r = CliRun.of("agreement", "icc", sample("shrout-fleiss-1979.csv"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("6 targets, k = 4 raters")
                .containsPattern("ICC\\(1,1\\)\\s+0\\.166\\s+-0\\.133\\s+0\\.723\\s+F\\(5, 18\\) = 1\\.795, p = 0\\.165")
                .containsPattern("ICC\\(2,1\\)\\s+0\\.290\\s+0\\.019\\s+0\\.761")
                .containsPattern("ICC\\(3,1\\)\\s+0\\.715\\s+0\\.342\\s+0\\.946\\s+F\\(5, 15\\) = 11\\.027, p < \\.001")
                .containsPattern("ICC\\(1,k\\)\\s+0\\.443")
                .containsPattern("ICC\\(2,k\\)\\s+0\\.620")
                .containsPattern("ICC\\(3,k\\)\\s+0\\.909");
    }

    /** Krippendorff (2011): nominal .743, ordinal .815, interval .849. */
    @Test
    void alphaAtEachLevelReproducesKrippendorff2011() {
        assertThat(CliRun.of("agreement", "alpha", sample("krippendorff-2011.csv"), "--level", "nominal").out())
                .containsPattern("Krippendorff's alpha\\s+0\\.743");
        assertThat(CliRun.of("agreement", "alpha", sample("krippendorff-2011.csv"), "--level", "ordinal").out())
                .containsPattern("Krippendorff's alpha\\s+0\\.815");
        assertThat(CliRun.of("agreement", "alpha", sample("krippendorff-2011.csv"), "--level", "interval").out())
                .containsPattern("Krippendorff's alpha\\s+0\\.849");
    }

    @Test
    void kappaOfTwoColumnsIsCohensAndOfMoreIsFleiss() throws Exception {
        CliRun r = CliRun.of("agreement", "kappa", sample("cohen-kappa-50.csv"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("Cohen's kappa\\s+0\\.400\\s+observed agreement 0\\.700, chance agreement 0\\.500");
        Path three = dir.resolve("three.csv");
        Files.writeString(three, "a,b,c\nx,x,x\nx,y,y\ny,y,x\n");
        assertThat(CliRun.of("agreement", "kappa", three.toString()).out()).containsPattern("Fleiss' kappa\\s+0\\.100");
    }

    @Test
    void csvFormatHasOneRowPerStatistic() {
        CliRun r = CliRun.of("agreement", "icc", sample("shrout-fleiss-1979.csv"), "--format", "csv");
        assertThat(r.out()).startsWith("target,statistic,value,ci_lower,ci_upper,details\n")
                .contains("ratings,\"ICC(3,k)\",0.909,0.676,0.986,");
        assertThat(r.out().split("\n")).hasSize(7);
    }

    @Test
    void codersOfOneFileAreCompared() {
        CliRun r = CliRun.of("agreement", "coders", Samples.dir().resolve("demo-two-coders.eaf").toString(),
                "--segment", "1m");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("coders A, B")
                .containsPattern("withdrawal \\(segment presence\\)\\s+Cohen's kappa\\s+0\\.600")
                .containsPattern("confrontation significance\\s+ICC\\(2,1\\)\\s+\\d\\.\\d{3}")
                .containsPattern("confrontation significance\\s+Krippendorff's alpha")
                .containsPattern("layer rupture, coders A/B\\s+modified kappa \\(Holle & Rein\\)");
    }

    /**
     * The sample's coders renamed C and B, plus a behaviour-coding coder A (scheme {@code beh}, no 3RS codes), as an
     * imported file has them.
     */
    private Path withBehaviourCoderA(boolean keepB) throws Exception {
        String eaf = Files.readString(Samples.dir().resolve("demo-two-coders.eaf"))
                .replace("ANNOTATOR=\"A\"", "ANNOTATOR=\"C\"");
        if (!keepB) {
            eaf = eaf.replace("ANNOTATOR=\"B\"", "ANNOTATOR=\"C\"");
        }
        eaf = eaf.replace("<PROPERTY NAME=\"attune:profile\">1</PROPERTY>",
                        "<PROPERTY NAME=\"attune:profile\">1</PROPERTY>\n"
                        + "        <PROPERTY NAME=\"attune:layer:beh-acts\">beh@1/acts</PROPERTY>")
                .replaceFirst("<LINGUISTIC_TYPE ", "<TIER TIER_ID=\"behaviour (coder A)\" ANNOTATOR=\"A\" "
                        + "LINGUISTIC_TYPE_REF=\"beh-acts\"><ANNOTATION><ALIGNABLE_ANNOTATION TIME_SLOT_REF1=\"ts1\" "
                        + "TIME_SLOT_REF2=\"ts2\" ANNOTATION_ID=\"bx1\" CVE_REF=\"q\"><ANNOTATION_VALUE>question"
                        + "</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>\n"
                        + "    <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"beh-acts\" TIME_ALIGNABLE=\"true\" "
                        + "GRAPHIC_REFERENCES=\"false\" CONTROLLED_VOCABULARY_REF=\"beh-acts\"/>\n    <LINGUISTIC_TYPE ")
                .replace("</ANNOTATION_DOCUMENT>", "    <CONTROLLED_VOCABULARY CV_ID=\"beh-acts\"><CV_ENTRY_ML "
                        + "CVE_ID=\"q\"><CVE_VALUE LANG_REF=\"eng\">question</CVE_VALUE></CV_ENTRY_ML>"
                        + "</CONTROLLED_VOCABULARY>\n</ANNOTATION_DOCUMENT>");
        Path f = dir.resolve(keepB ? "imported.eaf" : "imported-one.eaf");
        Files.writeString(f, eaf);
        return f;
    }

    @Test
    void aCoderWithoutCodesOfTheSchemeIsLeftOutAndSaidSo() throws Exception {
        Path f = withBehaviourCoderA(true);
        CliRun r = CliRun.of("agreement", "coders", f.toString(), "--segment", "1m");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // the same numbers as the two 3RS coders alone: A's empty 3RS record no longer drags kappa to -0.500
        assertThat(r.out()).contains("coders C, B").contains("left out: A (no 3rs codes)")
                .containsPattern("withdrawal \\(segment presence\\)\\s+Cohen's kappa\\s+0\\.600")
                .doesNotContain("Fleiss");
        CliRun named = CliRun.of("agreement", "coders", f.toString(), "--segment", "1m", "--scheme", "3rs@2015");
        assertThat(named.out()).isEqualTo(r.out().replace("no 3rs codes", "no 3rs@2015 codes"));
    }

    @Test
    void fewerThanTwoCodersWithCodesOfTheSchemeIsRefused() throws Exception {
        CliRun r = CliRun.of("agreement", "coders", withBehaviourCoderA(false).toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("two or more coders, found 1 (C) with 3rs codes")
                .contains("left out: A (no 3rs codes)").doesNotContain("unexpected");
        CliRun beh = CliRun.of("agreement", "coders", withBehaviourCoderA(true).toString(), "--scheme", "beh");
        assertThat(beh.exitCode()).isEqualTo(1);
        assertThat(beh.err()).contains("left out: C (no beh codes), B (no beh codes)");
    }

    @Test
    void oneFilePerCoderWorksToo() throws Exception {
        CliRun r = CliRun.of("agreement", "coders", Samples.demoSession().toString(),
                Samples.dir().resolve("demo-two-coders.eaf").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        // the second file's A is told apart by its file name
        assertThat(r.out()).contains("coders A, A (demo-two-coders), B");
        assertThat(r.out()).containsPattern("Fleiss' kappa");
    }

    @Test
    void aNonNumberInAnIccTableIsReportedAtItsLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "target,r1,r2\n1,3,4\n2,five,2\n");
        CliRun r = CliRun.of("agreement", "icc", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith(bad + ":3:2: 'five' (rater r1) is not a number").doesNotContain("Exception");
    }

    @Test
    void degenerateTablesGiveAClearMessageAndExitOne() throws Exception {
        Path flat = dir.resolve("flat.csv");
        Files.writeString(flat, "a,b\n3,3\n3,3\n");
        CliRun icc = CliRun.of("agreement", "icc", flat.toString());
        assertThat(icc.exitCode()).isEqualTo(1);
        assertThat(icc.err()).isEqualTo("attune: ICC cannot be computed: all ratings are equal (no variance)\n");
        CliRun kappa = CliRun.of("agreement", "kappa", flat.toString());
        assertThat(kappa.err()).contains("Cohen's kappa cannot be computed: both raters used the single category '3'");
        Path missing = dir.resolve("missing.csv");
        Files.writeString(missing, "a,b\n1,\n,2\n");
        assertThat(CliRun.of("agreement", "alpha", missing.toString()).err())
                .contains("Krippendorff's alpha cannot be computed: no unit has values from two or more coders");
        Path oneRater = dir.resolve("one.csv");
        Files.writeString(oneRater, "a\n1\n2\n");
        assertThat(CliRun.of("agreement", "icc", oneRater.toString()).err())
                .contains("at least two raters");
        CliRun oneCoder = CliRun.of("agreement", "coders", Samples.demoSession().toString());
        assertThat(oneCoder.exitCode()).isEqualTo(1);
        assertThat(oneCoder.err()).contains("two or more coders, found 1 (A)").doesNotContain("NaN");
    }

    @Test
    void aNegativeValueAtTheRatioLevelIsRefusedAtItsLineAndColumn() throws Exception {
        Path neg = dir.resolve("neg.csv");
        Files.writeString(neg, "a,b\n1,2\n-1,1\n3,3\n4,5\n");
        CliRun r = CliRun.of("agreement", "alpha", neg.toString(), "--level", "ratio");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains(neg + ":3:1").contains("-1").contains("ratio");
        assertThat(r.out()).doesNotContain("Krippendorff's alpha");
        assertThat(CliRun.of("agreement", "alpha", neg.toString(), "--level", "interval").exitCode()).isZero();
    }

    @Test
    void aNonNumericFirstColumnIsTakenAsLabelsWhateverItsHeader() throws Exception {
        String rows = "p01,9,2,5,8\np02,6,1,3,2\np03,8,4,6,8\np04,7,1,2,6\np05,10,5,6,9\np06,6,2,4,7\n";
        Path expected = dir.resolve("target.csv");
        Files.writeString(expected, "target,judge1,judge2,judge3,judge4\n" + rows);
        Path other = dir.resolve("case.csv");
        Files.writeString(other, "case,judge1,judge2,judge3,judge4\n" + rows);
        CliRun a = CliRun.of("agreement", "icc", expected.toString(), "--format", "csv");
        CliRun b = CliRun.of("agreement", "icc", other.toString(), "--format", "csv");
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out()).containsPattern("ICC\\(1,1\\)\"?,0\\.166");
        CliRun t = CliRun.of("agreement", "icc", other.toString());
        assertThat(t.out()).contains("6 targets, k = 4 raters").contains("labels: case; raters: judge1, judge2, judge3, judge4");
        Path kappa = dir.resolve("kappa.csv");
        Files.writeString(kappa, "case,r1,r2\ns1,1,1\ns2,1,2\ns3,2,2\ns4,2,2\ns5,1,1\n");
        CliRun k = CliRun.of("agreement", "kappa", kappa.toString());
        assertThat(k.exitCode()).as(k.err()).isZero();
        assertThat(k.out()).contains("Cohen's kappa").contains("2 raters").contains("labels: case; raters: r1, r2");
    }

    @Test
    void aFirstColumnThatCountsTheRowsIsTakenAsLabelsWhateverItsHeader() throws Exception {
        // the case: numeric ids under another header were taken as a fifth rater (ICC(1,1) changed)
        String rows = "9,2,5,8\n6,1,3,2\n8,4,6,8\n7,1,2,6\n10,5,6,9\n6,2,4,7\n";
        StringBuilder ids = new StringBuilder("subject_no,judge1,judge2,judge3,judge4\n");
        int i = 1;
        for (String row : rows.split("\n")) {
            ids.append(i++).append(',').append(row).append('\n');
        }
        Path numbered = dir.resolve("numbered.csv");
        Files.writeString(numbered, ids.toString());
        Path expected = dir.resolve("plain.csv");
        Files.writeString(expected, "judge1,judge2,judge3,judge4\n" + rows);
        CliRun a = CliRun.of("agreement", "icc", expected.toString(), "--format", "csv");
        CliRun b = CliRun.of("agreement", "icc", numbered.toString(), "--format", "csv");
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.out()).isEqualTo(a.out()).containsPattern("ICC\\(1,1\\)\"?,0\\.166");
        assertThat(CliRun.of("agreement", "icc", numbered.toString()).out())
                .contains("6 targets, k = 4 raters").contains("labels: subject_no; raters: judge1, judge2, judge3, judge4");
        Path kappa = dir.resolve("kappa-ids.csv");
        Files.writeString(kappa, "case_id,r1,r2\n101,1,1\n102,1,2\n103,2,2\n104,2,2\n105,1,1\n");
        CliRun k = CliRun.of("agreement", "kappa", kappa.toString());
        assertThat(k.exitCode()).as(k.err()).isZero();
        assertThat(k.out()).contains("Cohen's kappa").contains("2 raters");
    }

    @Test
    void aTableWithoutALabelColumnSaysSo() throws Exception {
        Path plain = dir.resolve("plain.csv");
        Files.writeString(plain, "r1,r2\n1,1\n2,2\n1,2\n2,2\n");
        CliRun r = CliRun.of("agreement", "kappa", plain.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("labels: none (rows numbered); raters: r1, r2");
        assertThat(CliRun.of("agreement", "kappa", sample("cohen-kappa-50.csv")).out())
                .contains("labels: unit; raters: reader_A, reader_B");
    }

    @Test
    void anUnknownLevelIsAUsageError() {
        CliRun r = CliRun.of("agreement", "alpha", sample("krippendorff-2011.csv"), "--level", "cardinal");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--level must be nominal, ordinal, interval or ratio, not 'cardinal'");
    }

    @Test
    void anEmptyTableIsReported() throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        CliRun r = CliRun.of("agreement", "kappa", empty.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith(empty + ":1:1: the table is empty");
    }
}
