package org.attune.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attune.search.event.Event;
import org.attune.search.event.EventMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Query regular expressions ({@code ~}) run in time linear in the text, and syntax that would need backtracking is
 * refused with its position. The timeouts only stop a hang (before the linear-time engine, these ran for hours);
 * they assert no speed.
 */
class QueryRegexTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aNestedQuantifierOnAHundredThousandCharacterValueEndsAndFindsNothing() {
        Query q = Query.parse("[value~\"(a+)+$\"]");
        Event hostile = Event.plain("T", "a1", 0, 10, "a".repeat(100_000) + "!");
        Event fine = Event.plain("T", "a2", 0, 10, "a".repeat(100_000));
        assertThat(EventMatcher.matches((Element) q, hostile)).isFalse();
        assertThat(EventMatcher.matches((Element) q, fine)).isTrue();
    }

    @Test
    void aBackReferenceIsRefusedAtItsColumn() {
        assertThatThrownBy(() -> Query.parse("[value~\"(a)\\1\"]"))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageStartingWith("query:1:12: back-references (\\1) are not supported");
        assertThatThrownBy(() -> Query.parse("[tier=x value~\"(?<n>a)\\k<n>\"]"))
                .hasMessageStartingWith("query:1:23: back-references (\\k<n>) are not supported");
    }

    @Test
    void lookAroundIsRefusedAtItsColumn() {
        assertThatThrownBy(() -> Query.parse("[value~\"a(?=b)\"]"))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageStartingWith("query:1:10: look-ahead (?=...) is not supported");
        assertThatThrownBy(() -> Query.parse("[value~\"a(?!b)\"]"))
                .hasMessageStartingWith("query:1:10: look-ahead (?!...) is not supported");
        assertThatThrownBy(() -> Query.parse("[value~\"(?<=a)b\"]"))
                .hasMessageStartingWith("query:1:9: look-behind (?<=...) is not supported");
        assertThatThrownBy(() -> Query.parse("[value~\"(?<!a)b\"]"))
                .hasMessageStartingWith("query:1:9: look-behind (?<!...) is not supported");
    }

    @Test
    void possessiveQuantifiersAndAtomicGroupsAreRefused() {
        assertThatThrownBy(() -> Query.parse("[value~\"a++\"]"))
                .hasMessageStartingWith("query:1:10: possessive quantifiers (++) are not supported");
        assertThatThrownBy(() -> Query.parse("[value~\"(?>a)\"]"))
                .hasMessageStartingWith("query:1:9: atomic groups (?>...) are not supported");
    }

    @Test
    void theColumnCountsTheQuerysEscapesAndLines() {
        // in the query text, \" is one character of the regex; the back-reference is on line 2
        assertThatThrownBy(() -> Query.parse("C2 |\n  [value~\"\\\"(a)\\1\"]"))
                .hasMessageStartingWith("query:2:16: back-references (\\1) are not supported");
    }

    @Test
    void aRepetitionThatWouldExpandBeyondTheBoundIsRefused() {
        // ((a{1000}){1000}){1000} compiles to a billion steps: it would exhaust memory rather than finish
        assertThatThrownBy(() -> Query.parse("[value~\"((a{1000}){1000}){1000}\"]"))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> Query.parse("[value~\"x{1001}\"]"))
                .hasMessageStartingWith("query:1:10: bad regular expression: invalid repeat count");
        assertThat(Query.parse("[value~\"x{1000}\"]")).isNotNull();
    }

    @Test
    void otherBadExpressionsSayWhatIsWrong() {
        assertThatThrownBy(() -> Query.parse("[value~\"(\"]"))
                .hasMessage("query:1:9: bad regular expression: missing closing ): `(`");
        assertThatThrownBy(() -> new Constraint(Attribute.VALUE, Operator.MATCHES, "(a)\\1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("back-references");
    }

    @Test
    void theDialectIsRe2() {
        List<String> values = List.of("Down", "DOWN", "down\n", "ÉTÉ", "C3", "x y");
        assertThat(values.stream().filter(v -> found("(?i)^down$", v))).containsExactly("Down", "DOWN");
        assertThat(values.stream().filter(v -> found("(?i)été", v))).containsExactly("ÉTÉ");
        assertThat(values.stream().filter(v -> found("^C[1-7]", v))).containsExactly("C3");
        assertThat(values.stream().filter(v -> found("\\pL \\pL", v))).containsExactly("x y");
        assertThat(values.stream().filter(v -> found("(?m)^down$", v))).containsExactly("down\n");
    }

    private static boolean found(String regex, String value) {
        return new Constraint(Attribute.VALUE, Operator.MATCHES, regex).foundIn(value);
    }
}
