package org.attune.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;

/**
 * Any sequence of coding edits leaves a document that saves as valid EAF 3.0, reads back equal with no
 * repairs, and whose codings are exactly those a plain list of (code, coder, span, rating, note) predicts.
 */
class CodingEditsPropertiesTest {

    private static final CodingScheme RRS = SchemeRegistry.builtIn().require("3rs@2015");

    /** One edit, applied to the n-th existing coding (modulo their number) where it needs one. */
    sealed interface Edit permits Add, Rate, Note, Remove, Retime {
    }

    record Add(String code, String coder, long start, long length) implements Edit {
    }

    record Rate(int target, Integer rating) implements Edit {
    }

    record Note(int target, String note) implements Edit {
    }

    record Remove(int target) implements Edit {
    }

    record Retime(int target, long start, long length) implements Edit {
    }

    /** What a coding should be, kept by the test alongside the document. */
    record Expected(String code, String coder, long start, long end, Integer rating, String note) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> codes = Arbitraries.of(RRS.codes().map(Code::id).toList());
        Arbitrary<String> coders = Arbitraries.of("A", "B", "coder C");
        Arbitrary<Long> times = Arbitraries.longs().between(0, 3_600_000);
        Arbitrary<Long> lengths = Arbitraries.longs().between(0, 120_000);
        Arbitrary<Integer> targets = Arbitraries.integers().between(0, 50);
        Arbitrary<Edit> edit = Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(codes, coders, times, lengths).as(Add::new),
                net.jqwik.api.Combinators.combine(targets, Arbitraries.integers().between(1, 5).injectNull(0.2))
                        .as(Rate::new),
                net.jqwik.api.Combinators.combine(targets, Arbitraries.strings().withChars("ab &<>\"'\t\né")
                        .ofMaxLength(12)).as(Note::new),
                targets.map(Remove::new),
                net.jqwik.api.Combinators.combine(targets, times, lengths).as(Retime::new));
        return edit.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 150)
    void anySequenceOfEditsSavesValidAndReadsBackAsPredicted(@ForAll("edits") List<Edit> edits) throws Exception {
        AnnotationDocument doc = CodingEditsTest.session();
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (Edit e : edits) {
            List<String> ids = new ArrayList<>(expected.keySet());
            if (e instanceof Add a) {
                Code code = RRS.code(a.code()).orElseThrow();
                CodingEdits.Added added = CodingEdits.add(doc, RRS, code, a.coder(), a.start(), a.start() + a.length());
                doc = added.document();
                expected.put(added.annotationId(), new Expected(a.code(), a.coder(), a.start(),
                        a.start() + a.length(), null, ""));
                continue;
            }
            if (ids.isEmpty()) {
                continue; // an edit of a coding when there is none
            }
            if (e instanceof Rate r) {
                String id = ids.get(r.target() % ids.size());
                Expected x = expected.get(id);
                if (RRS.layerOf(RRS.code(x.code()).orElseThrow()).orElseThrow().rated()) {
                    doc = CodingEdits.setRating(doc, id, r.rating());
                    expected.put(id, new Expected(x.code(), x.coder(), x.start(), x.end(), r.rating(), x.note()));
                }
            } else if (e instanceof Note n) {
                String id = ids.get(n.target() % ids.size());
                doc = CodingEdits.setNote(doc, id, n.note());
                Expected x = expected.get(id);
                expected.put(id, new Expected(x.code(), x.coder(), x.start(), x.end(), x.rating(), n.note()));
            } else if (e instanceof Remove r) {
                String id = ids.get(r.target() % ids.size());
                doc = CodingEdits.remove(doc, id);
                expected.remove(id);
            } else if (e instanceof Retime t) {
                String id = ids.get(t.target() % ids.size());
                doc = CodingEdits.retime(doc, id, t.start(), t.start() + t.length());
                Expected x = expected.get(id);
                expected.put(id, new Expected(x.code(), x.coder(), t.start(), t.start() + t.length(), x.rating(),
                        x.note()));
            }
        }

        EafReadResult back = Eaf.read(Eaf.toBytes(doc), "edited");
        assertThat(back.warnings()).isEmpty();
        assertThat(back.document().withDate(doc.date())).isEqualTo(doc); // an empty DATE is written as the time of writing
        Map<String, Expected> actual = new LinkedHashMap<>();
        for (Coding c : SessionView.of(back.document(), SchemeRegistry.builtIn()::find).codings()) {
            actual.put(c.annotationId(), new Expected(c.code(), c.coder(), c.start(), c.end(), c.rating(), c.note()));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(Eaf.validate(Eaf.toBytes(doc), "edited")).isEmpty();
    }
}
