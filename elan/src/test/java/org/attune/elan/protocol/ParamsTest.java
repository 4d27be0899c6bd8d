package org.attune.elan.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParamsTest {
    private static final String ELAN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <PARAM xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="file:avatech-call.xsd">
            <param name="InvocationContext">attune-segments 2026-11-22 10:15:00+0100</param>
            <param name="ruptures">/tmp/elan/Tom &amp; Jerry/ruptures.xml</param>
            <param name="resolutions"></param>
            <param name="segment_minutes">5.0</param>
            <param name="scheme">3rs@2015</param>
            <param name="segments">/tmp/elan/out.xml</param>
            </PARAM>
            """;

    @Test
    void readsTheParametersElanSendsInOrderWithoutTheInvocationContext() throws Exception {
        Params p = Params.parse(ELAN);

        assertThat(p.invocationContext()).startsWith("attune-segments 2026-11-22");
        assertThat(p.values().keySet()).containsExactly("ruptures", "resolutions", "segment_minutes", "scheme",
                "segments");
        assertThat(p.text("ruptures")).hasValue("/tmp/elan/Tom & Jerry/ruptures.xml");
        assertThat(p.text("resolutions")).as("an unset optional parameter").isEmpty();
        assertThat(p.text("absent")).isEmpty();
        assertThat(p.number("segment_minutes", 1)).isEqualTo(5.0);
        assertThat(p.number("absent", 7)).isEqualTo(7.0);
    }

    @Test
    void keepsARawAmpersandAndLessThanThatAnOlderElanWritesUnescaped() throws Exception {
        Params p = Params.parse("<PARAM>\n<param name=\"query\">\"a & b\" -> [value~\"<x\"]</param>\n"
                + "<param name=\"empty\"/>\n</PARAM>");

        assertThat(p.text("query")).hasValue("\"a & b\" -> [value~\"<x\"]");
        assertThat(p.values()).containsEntry("empty", "");
    }

    @Test
    void aBadNumberIsNamed() throws Exception {
        Params p = Params.parse("<PARAM><param name=\"segment_minutes\">five</param></PARAM>");

        assertThatThrownBy(() -> p.number("segment_minutes", 5)).isInstanceOf(RecognizerException.class)
                .hasMessage("parameter segment_minutes: 'five' is not a number");
    }

    @Test
    void somethingElseOnStandardInputIsRefused() {
        assertThatThrownBy(() -> Params.parse("")).isInstanceOf(RecognizerException.class)
                .hasMessageContaining("no parameters on standard input");
        assertThatThrownBy(() -> Params.parse("<TIER columns=\"x\"/>")).isInstanceOf(RecognizerException.class)
                .hasMessage("standard input:1:1: not an ELAN parameter document (no <PARAM> element)");
    }

    @Test
    void anUnclosedParameterIsReportedWithLineAndColumn() {
        assertThatThrownBy(() -> Params.parse("<PARAM>\n  <param name=\"a\">1</param>\n  <param name=\"b\">2\n"))
                .isInstanceOf(RecognizerException.class)
                .hasMessage("standard input:3:3: <param name=\"b\"> has no </param>");
    }
}
