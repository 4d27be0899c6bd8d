package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.profile.SchemeLookup;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;

/** Any set of cues, overlapping or not, with or without speakers, survives SRT/WebVTT → EAF → SRT/WebVTT. */
class SubtitleRoundTripPropertiesTest {

    record Cue(long start, long end, String speaker, String text) {
    }

    @Property(tries = 200)
    void anyCuesComeBackWithTheirTextTimesAndSpeakers(@ForAll("cues") List<Cue> cues, @ForAll boolean webvtt)
            throws Exception {
        Format format = webvtt ? Format.WEBVTT : Format.SRT;
        StringBuilder file = new StringBuilder(webvtt ? "WEBVTT\n\n" : "");
        int n = 0;
        for (Cue c : cues) {
            char sep = webvtt ? '.' : ',';
            file.append(++n).append('\n').append(clock(c.start(), sep)).append(" --> ").append(clock(c.end(), sep))
                    .append('\n').append(c.speaker() == null ? "" : webvtt ? "<v " + c.speaker() + ">"
                            : c.speaker() + ": ").append(c.text()).append("\n\n");
        }
        Imported imported = Formats.parse(file.toString(), format, "p" + format.extension());
        assertThat(imported.warnings()).isEmpty();
        AnnotationDocument viaEaf = Eaf.read(Eaf.toBytes(imported.document()), "p.eaf").document();
        assertThat(read(viaEaf)).isEqualTo(sorted(cues));
        String written = Formats.export(viaEaf, format, ExportOptions.session("p"));
        assertThat(read(Formats.parse(written, format, "q" + format.extension()).document()))
                .isEqualTo(sorted(cues));
    }

    @Provide
    Arbitrary<List<Cue>> cues() {
        Arbitrary<Long> start = Arbitraries.longs().between(0, 4_000_000);
        Arbitrary<Long> length = Arbitraries.longs().between(0, 20_000);
        Arbitrary<String> speaker = Arbitraries.of("T", "P", "Roger Bingham", "Ann-Marie O'Neil").injectNull(0.3);
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("'?!,.é").ofMinLength(1)
                .ofMaxLength(8);
        Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
        Arbitrary<String> text = line.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l));
        return Combinators.combine(start, length, speaker, text)
                .as((s, l, who, t) -> new Cue(s, s + l, who, t)).list().ofMaxSize(12);
    }

    private static List<Cue> read(AnnotationDocument doc) {
        List<Cue> out = new ArrayList<>();
        for (Utterance u : SessionView.of(doc, SchemeLookup.none()).utterances()) {
            out.add(new Cue(u.start(), u.end(), doc.tier(u.tierId()).orElseThrow().participant(), u.text()));
        }
        return sorted(out);
    }

    private static List<Cue> sorted(List<Cue> cues) {
        List<Cue> out = new ArrayList<>(cues);
        out.sort(Comparator.comparingLong(Cue::start).thenComparingLong(Cue::end)
                .thenComparing(c -> String.valueOf(c.speaker())).thenComparing(Cue::text));
        return out;
    }

    private static String clock(long ms, char sep) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60,
                ms / 1000 % 60, sep, ms % 1000);
    }
}
