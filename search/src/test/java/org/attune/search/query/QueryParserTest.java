package org.attune.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.attune.search.testing.RandomQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

    @Test
    void aBareWordIsACodeAndAPrefixNamesItsScheme() {
        assertThat(Query.parse("C2")).isEqualTo(new CodeRef(null, "C2"));
        assertThat(Query.parse("3rs:C2")).isEqualTo(new CodeRef("3rs", "C2"));
        assertThat(Query.parse("3rs@2015:C2")).isEqualTo(new CodeRef("3rs@2015", "C2"));
    }

    @Test
    void categoryKeywordsAreCaseInsensitive() {
        assertThat(Query.parse("Withdrawal")).isEqualTo(new CategoryRef(CategoryRef.Name.WITHDRAWAL));
        assertThat(Query.parse("rupture")).isEqualTo(new CategoryRef(CategoryRef.Name.RUPTURE));
    }

    @Test
    void bracketsHoldConstraintsThatAllMustHold() {
        Query q = Query.parse("[role=patient text=\"waste of time\"]");
        assertThat(q).isEqualTo(new Constraints(List.of(
                new Constraint(Attribute.ROLE, Operator.EQUALS, "patient"),
                new Constraint(Attribute.TEXT, Operator.EQUALS, "waste of time"))));
        assertThat(Query.parse("[code=C2 rating>=3 coder=A]").elements()).hasSize(1);
        assertThat(Query.parse("[value~\"^C[1-7]\"]")).isEqualTo(new Constraints(List.of(
                new Constraint(Attribute.VALUE, Operator.MATCHES, "^C[1-7]"))));
    }

    @Test
    void alternationBindsTighterThanOverlapWhichBindsTighterThanSequence() {
        Query q = Query.parse("C1 | C2 & R1 -> R2 within 60s");
        assertThat(q).isEqualTo(new Sequence(
                new Overlap(List.of(new AnyOf(List.of(new CodeRef(null, "C1"), new CodeRef(null, "C2"))),
                        new CodeRef(null, "R1"))),
                List.of(new Step(false, new CodeRef(null, "R2"), new TimeWindow(60, TimeWindow.Unit.S)))));
        assertThat(q.elements()).hasSize(3);
    }

    @Test
    void inJoinsElementsIntoAContainmentGroupListingTheContainedEventFirst() {
        assertThat(Query.parse("withdrawal in [role=patient]")).isEqualTo(new Containment(List.of(
                new CategoryRef(CategoryRef.Name.WITHDRAWAL),
                new Constraints(List.of(new Constraint(Attribute.ROLE, Operator.EQUALS, "patient"))))));
        assertThat(Query.parse("A in B in C")).isEqualTo(new Containment(List.of(
                new CodeRef(null, "A"), new CodeRef(null, "B"), new CodeRef(null, "C"))));
        assertThat(Query.parse("A IN B")).isEqualTo(Query.parse("A in B"));
        assertThat(Query.parse("(A in B) in C")).isEqualTo(Query.parse("A in (B in C)")).isEqualTo(Query.parse("A in B in C"));
    }

    @Test
    void inHasThePrecedenceOfOverlap() {
        CodeRef a = new CodeRef(null, "A");
        CodeRef b = new CodeRef(null, "B");
        CodeRef c = new CodeRef(null, "C");
        CodeRef d = new CodeRef(null, "D");
        assertThat(Query.parse("A | B in C")).isEqualTo(new Containment(List.of(new AnyOf(List.of(a, b)), c)));
        assertThat(Query.parse("A in B | C")).isEqualTo(new Containment(List.of(a, new AnyOf(List.of(b, c)))));
        assertThat(Query.parse("A in B -> C & D within 5s")).isEqualTo(new Sequence(new Containment(List.of(a, b)),
                List.of(new Step(false, new Overlap(List.of(c, d)), new TimeWindow(5, TimeWindow.Unit.S)))));
        assertThat(Query.parse("A -> B in C within 2 utterances !-> D")).isEqualTo(new Sequence(a, List.of(
                new Step(false, new Containment(List.of(b, c)), new UtteranceWindow(2)),
                new Step(true, d, null))));
        assertThat(Query.parse("A in B -> C").elements()).containsExactly(a, b, c);
    }

    @Test
    void inIsAKeywordOnlyBetweenPatternsSoCodesPhrasesAndValuesMaySayIn() {
        CodeRef in = new CodeRef(null, "in");
        assertThat(Query.parse("in")).isEqualTo(in);
        assertThat(Query.parse("IN")).isEqualTo(new CodeRef(null, "IN"));
        assertThat(Query.parse("\"in\"")).isEqualTo(new Phrase("in"));
        assertThat(Query.parse("[value=in text=\"in\"]")).isEqualTo(new Constraints(List.of(
                new Constraint(Attribute.VALUE, Operator.EQUALS, "in"), new Constraint(Attribute.TEXT, Operator.EQUALS, "in"))));
        assertThat(Query.parse("3rs:in")).isEqualTo(new CodeRef("3rs", "in"));
        assertThat(Query.parse("in in in")).isEqualTo(new Containment(List.of(in, in)));
        assertThat(Query.parse("\"in\" in in -> in")).isEqualTo(new Sequence(
                new Containment(List.of(new Phrase("in"), in)), List.of(new Step(false, in, null))));
        assertThat(Query.parse("in & [value=in]")).isEqualTo(new Overlap(List.of(in,
                new Constraints(List.of(new Constraint(Attribute.VALUE, Operator.EQUALS, "in"))))));
    }

    @Test
    void windowsTakeTimesAndUtteranceCounts() {
        assertThat(step("A -> B within 2m").window()).isEqualTo(new TimeWindow(2, TimeWindow.Unit.M));
        assertThat(step("A -> B within 500 ms").window()).isEqualTo(new TimeWindow(500, TimeWindow.Unit.MS));
        assertThat(step("A -> B within 3 utterances").window()).isEqualTo(new UtteranceWindow(3));
        assertThat(step("A -> B within 1 utterance").window()).isEqualTo(new UtteranceWindow(1));
        assertThat(step("A -> B").window()).isNull();
    }

    @Test
    void negationIsTheLastStepAndItsEventIsNotPartOfMatches() {
        Sequence s = (Sequence) Query.parse("withdrawal !-> resolution within 5m");
        assertThat(s.negation()).isNotNull();
        assertThat(s.elements()).containsExactly(new CategoryRef(CategoryRef.Name.WITHDRAWAL));
    }

    @Test
    void parenthesesGroupAndNestedChainsFlatten() {
        assertThat(Query.parse("(A | B) & C")).isEqualTo(Query.parse("A | B & C"));
        assertThat(Query.parse("A -> (B -> C within 2m)")).isEqualTo(Query.parse("A -> B -> C within 2m"));
        assertThat(Query.parse("(A & B) & C")).isEqualTo(Query.parse("A & (B & C)"));
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
            arguments("3rs:C2 -> R3 60s", "query:1:14: expected 'within' or end of query, found '60s'"),
            arguments("C2 R3", "query:1:4: expected '->', '!->', '&', 'in', '|' or end of query, found 'R3'"),
            arguments("[role=patient", "query:1:14: expected an attribute or ']', found end of query"),
            arguments("[mood=sad]", "query:1:2: unknown attribute 'mood': expected one of tier, value, role, speaker, "
                    + "text, code, scheme, category, rating, coder"),
            arguments("[rating>=high]", "query:1:10: 'rating' needs a whole number, not 'high'"),
            arguments("[value~\"(\"]", "query:1:9: bad regular expression: missing closing ): `(`"),
            arguments("[role<patient]", "query:1:7: 'role' is text: use = or ~"),
            arguments("A !-> B -> C", "query:1:9: '!->' can only be the last step of a sequence"),
            arguments("A !-> B & C", "query:1:7: '!->' takes a single-event pattern, not an overlap group"),
            arguments("A -> B within soon", "query:1:15: expected a window such as 60s, 2m or 3 utterances, found 'soon'"),
            arguments("(A -> B) | C", "query:1:1: '|' joins single-event patterns, not overlap groups or sequences"),
            arguments("A & (B -> C)", "query:1:5: '&' joins single-event patterns or overlap groups, not sequences"),
            arguments("A -> B & C within 1 fortnight", "query:1:21: expected a unit: ms, s, m, h or utterances, found 'fortnight'"),
            arguments("\"waste of time", "query:1:1: unterminated string: expected '\"' before end of query"),
            arguments("\"...\"", "query:1:1: a phrase needs at least one word"),
            arguments("C2 ->", "query:1:6: expected a code, a category, a \"phrase\", '[' or '(', found end of query"),
            arguments("within", "query:1:1: 'within' belongs after the target of '->' or '!->'"),
            arguments("", "query:1:1: expected a query, found end of query"),
            arguments("(C2 -> R1", "query:1:10: expected 'within', '->' or ')', found end of query"),
            arguments("A in B & C", "query:1:8: '&' and 'in' cannot be mixed in one group"),
            arguments("A & B in C", "query:1:7: '&' and 'in' cannot be mixed in one group"),
            arguments("A in\n  B\n  & C", "query:3:3: '&' and 'in' cannot be mixed in one group"),
            arguments("A in (B -> C)", "query:1:6: 'in' joins single-event patterns or containment groups, not sequences"),
            arguments("A in (B & C)", "query:1:6: 'in' joins single-event patterns or containment groups, not overlap groups"),
            arguments("(A in B) & C", "query:1:1: '&' joins single-event patterns or overlap groups, not containment groups"),
            arguments("A !-> B in C", "query:1:7: '!->' takes a single-event pattern, not a containment group"),
            arguments("(A in B) | C", "query:1:1: '|' joins single-event patterns, not containment groups"),
            arguments("A in", "query:1:5: expected a code, a category, a \"phrase\", '[' or '(', found end of query"),
            arguments("A in -> B", "query:1:6: expected a code, a category, a \"phrase\", '[' or '(', found '->'"),
            arguments("(A in B", "query:1:8: expected '->', '!->', '&', 'in', '|' or ')', found end of query"));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    void syntaxErrorsNameLineColumnAndWhatWasExpected(String query, String message) {
        assertThatThrownBy(() -> Query.parse(query))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessage(message);
    }

    @Test
    void errorsOnLaterLinesCountLines() {
        assertThatThrownBy(() -> Query.parse("C2\n  -> ?"))
                .hasMessage("query:2:6: unexpected character '?'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "C2", "3rs:C2", "withdrawal -> resolution within 5m", "rupture !-> resolution within 5m",
        "\"waste of time\" & rupture", "[role=patient text=\"waste of time\"] -> R1 within 3 utterances",
        "[tier=\"Gaze P1\" value=down]", "[value~\"^C[1-7]\"] | [value~\"a\\\\\\\"b\"]",
        "A & B -> C -> D within 0ms !-> E within 2h", "[rating>=3 rating<5 coder=A]",
        "withdrawal in [role=patient]", "in in in in \"in\"", "A in B -> C in D in E within 3s !-> F",
        "[value=in] IN [tier=\"in\"]",
    })
    void printingAndParsingAgainGivesTheSameQuery(String text) {
        Query q = Query.parse(text);
        assertThat(Query.parse(q.print())).isEqualTo(q);
    }

    private static Step step(String q) {
        return ((Sequence) Query.parse(q)).steps().get(0);
    }

    @Property(tries = 500)
    void anyQueryPrintsToTextThatParsesBackToIt(@ForAll long seed) {
        Query q = RandomQueries.query(new Random(seed));
        assertThat(Query.parse(q.print())).isEqualTo(q);
    }
}
