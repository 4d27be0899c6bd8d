package org.attune.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attune.core.model.TimeSpan;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;
import org.junit.jupiter.api.Test;

class ValueCodesTest {
    private static final CodingScheme RRS = SchemeRegistry.builtIn().require("3rs@2015");

    @Test
    void aValueNamesACodeByIdLabelOrBothIgnoringCaseAndBlanks() {
        for (String v : List.of("W2", " w2 ", "Minimal response", "minimal   RESPONSE", "W2 Minimal response",
                "w2\tminimal response")) {
            assertThat(ValueCodes.code(RRS, v)).as(v).map(Code::id).contains("W2");
        }
        for (String v : List.of("", "  ", "W2x", "Minimal", "??")) {
            assertThat(ValueCodes.code(RRS, v)).as(v).isEmpty();
        }
        assertThat(ValueCodes.code(RRS, null)).isEmpty();
    }

    @Test
    void aRatingIsTheNumberARatingValueStartsWith() {
        assertThat(ValueCodes.rating("4")).contains(4);
        assertThat(ValueCodes.rating(" 2 (mild)")).contains(2);
        assertThat(ValueCodes.rating("high")).isEmpty();
        assertThat(ValueCodes.rating("123")).isEmpty();
        assertThat(ValueCodes.rating(null)).isEmpty();
    }

    @Test
    void aCodingsRatingIsTheOneWithItsSpanElseTheOneOverlappingMost() {
        List<TimeSpan> ratings = List.of(span(0, 10), span(5, 30), span(10, 20), span(40, 50));
        assertThat(ValueCodes.ratingOf(span(10, 20), ratings, r -> r)).contains(span(10, 20));
        assertThat(ValueCodes.ratingOf(span(8, 28), ratings, r -> r)).contains(span(5, 30));
        assertThat(ValueCodes.ratingOf(span(31, 39), ratings, r -> r)).isEmpty();
    }

    private static TimeSpan span(long start, long end) {
        return new TimeSpan(start, end, false);
    }
}
