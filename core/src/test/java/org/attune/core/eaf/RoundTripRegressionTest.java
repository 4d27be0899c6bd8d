package org.attune.core.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the round-trip properties found, kept as focused examples. */
class RoundTripRegressionTest {

    private static final String DATE = "2024-05-01T10:00:00+02:00";

    @Test
    void aHeaderWithoutTimeUnitsIsWrittenAndReadBackWithoutThem() throws Exception {
        AnnotationDocument doc = AnnotationDocument.empty("A").withDate(DATE)
                .withHeader(new Header(null, null, List.of(), List.of(), List.of()));
        byte[] bytes = Eaf.toBytes(doc);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("TIME_UNITS");
        // the schema default used to come back as "milliseconds"
        assertThat(Eaf.read(bytes, "x.eaf").document().header().timeUnits()).isNull();
        assertThat(Eaf.read(bytes, "x.eaf").document()).isEqualTo(doc);
    }

    @Test
    void explicitTimeUnitsStayExplicit() throws Exception {
        AnnotationDocument doc = AnnotationDocument.empty("A").withDate(DATE)
                .withHeader(new Header(null, "milliseconds", List.of(), List.of(), List.of()));
        byte[] bytes = Eaf.toBytes(doc);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("TIME_UNITS=\"milliseconds\"");
        assertThat(Eaf.read(bytes, "x.eaf").document().header().timeUnits()).isEqualTo("milliseconds");
    }

    /** These match the date pattern the writer checked, but the schema refuses them: writing used to fail. */
    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T10:00:00", "2024-13-01T00:00:00", "2024-01-01T00:00:00+15:00",
            "0000-01-01T00:00:00", "2024-06-30T23:59:60Z"})
    void aDateTheSchemaRefusesIsReplacedSoTheDocumentCanStillBeWritten(String date) throws Exception {
        byte[] bytes = Eaf.toBytes(AnnotationDocument.empty("A").withDate(date));

        assertThat(Eaf.read(bytes, "x.eaf").document().date()).isNotEqualTo(date);
        assertThat(Eaf.validate(bytes, "x.eaf")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29T10:00:00", "2024-01-01T24:00:00", "12024-01-01T00:00:00.123456789-14:00",
            "0001-01-01T00:00:00Z"})
    void aValidDateIsKept(String date) throws Exception {
        byte[] bytes = Eaf.toBytes(AnnotationDocument.empty("A").withDate(date));

        assertThat(Eaf.read(bytes, "x.eaf").document().date()).isEqualTo(date);
    }
}
