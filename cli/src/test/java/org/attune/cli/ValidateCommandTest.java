package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aCleanFileIsOkAndExitsZero() {
        CliRun r = CliRun.of("validate", Samples.demoSession().toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains(": ok").contains("1 file checked, 0 with problems");
    }

    @Test
    void problemsArePrintedAsFileLineColumnAndExitOne() throws Exception {
        Path bad = dir.resolve("bad.eaf");
        Files.writeString(bad, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ANNOTATION_DOCUMENT AUTHOR="" DATE="2020-01-01T00:00:00Z" FORMAT="3.0" VERSION="3.0">
                  <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>
                  <TIME_ORDER>
                    <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="100"/>
                  </TIME_ORDER>
                  <TIER LINGUISTIC_TYPE_REF="default" TIER_ID="P">
                    <ANNOTATION>
                      <ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts9">
                        <ANNOTATION_VALUE>hello</ANNOTATION_VALUE>
                      </ALIGNABLE_ANNOTATION>
                    </ANNOTATION>
                  </TIER>
                  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="default" TIME_ALIGNABLE="true"/>
                </ANNOTATION_DOCUMENT>
                """);
        CliRun r = CliRun.of("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(bad + ":9:")
                .contains("annotation 'a1' on tier 'P' refers to time slot 'ts9', which does not exist")
                .contains("1 file checked, 1 with problems");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void malformedXmlIsReportedWithItsPosition() throws Exception {
        Path bad = dir.resolve("broken.eaf");
        Files.writeString(bad, "<ANNOTATION_DOCUMENT>\n  <HEADER>\n</ANNOTATION_DOCUMENT>\n");
        CliRun r = CliRun.of("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains(bad + ":2:3: malformed XML: <HEADER> is not closed");
    }

    @Test
    void aMissingFileIsReportedAndCountsAsAProblem() {
        CliRun r = CliRun.of("validate", dir.resolve("nope.eaf").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("nope.eaf: no such file");
    }
}
