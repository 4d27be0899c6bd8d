package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile XML ends quickly, with one message in words at a real position (issue 16, item 6). */
class HostileXmlTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private static String deep(int depth) {
        return HEAD + "<ANNOTATION_DOCUMENT><HEADER/><TIME_ORDER/><TIER TIER_ID=\"T\" LINGUISTIC_TYPE_REF=\"t\">"
                + "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts2\">"
                + "<ANNOTATION_VALUE>\n" + "<x>".repeat(depth) + "</x>".repeat(depth)
                + "</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>\n";
    }

    @Test
    void elementsNestedTooDeeplyAreRefusedQuicklyWhereTheLimitIsHit() {
        long start = System.nanoTime();
        List<Problem> problems = Eaf.validate(deep(200_000).getBytes(StandardCharsets.UTF_8), "deep.eaf");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.message()).isEqualTo("elements nested deeper than 100");
        // ANNOTATION_VALUE is depth 6, so the <x> that reaches depth 101 is the 95th, at column 1 + 94 * 3
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(1 + 94 * 3);
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void nestingUpToTheLimitIsOnlyAWarningAboutUnknownElements() {
        List<Problem> problems = Eaf.validate(deep(94).getBytes(StandardCharsets.UTF_8), "deep.eaf");
        assertThat(problems).noneMatch(p -> p.message().contains("nested deeper"));
    }

    @Test
    void invalidUtf8IsOneMessageWithAPositionAndNothingOnStderr() {
        byte[] bytes = (HEAD + "<ANNOTATION_DOCUMENT>\n  <HEADER/>caf\u00e9</ANNOTATION_DOCUMENT>\n")
                .getBytes(StandardCharsets.ISO_8859_1); // é as the single byte 0xE9: not UTF-8
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<Problem> problems;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            problems = Eaf.validate(bytes, "bad.eaf");
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).column()).isEqualTo(15);
        assertThat(problems.get(0).message()).contains("UTF-8").contains("0xE9");
    }

    @Test
    void aRootInANamespaceSaysSo() {
        List<Problem> problems = Eaf.validate((HEAD + "<ANNOTATION_DOCUMENT xmlns=\"urn:x\"><HEADER/></ANNOTATION_DOCUMENT>\n")
                .getBytes(StandardCharsets.UTF_8), "ns.eaf");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains(
                "the root element <ANNOTATION_DOCUMENT> is in the namespace \"urn:x\"; EAF elements have no namespace");
    }

    @Test
    void anUndeclaredPrefixIsNamedInWords() {
        List<Problem> problems = Eaf.validate((HEAD + "<ANNOTATION_DOCUMENT><HEADER/><p:NAME/></ANNOTATION_DOCUMENT>\n")
                .getBytes(StandardCharsets.UTF_8), "ns.eaf");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains("the namespace prefix \"p\" of <p:NAME> is not declared")
                .doesNotContain("http://");
        assertThat(problems.get(0).line()).isEqualTo(2);
    }
}
