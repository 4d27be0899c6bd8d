package org.attune.elan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.ProblemsException;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.DocumentIndex;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSpan;
import org.attune.core.testing.Interop;
import org.attune.elan.extension.ExtensionFolder;
import org.attune.elan.protocol.Span;
import org.attune.elan.protocol.TierFile;
import org.attune.elan.recognizers.Recognizers;
import org.attune.search.event.Event;
import org.attune.search.event.SessionEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real ELAN documents of the interoperability corpus, through the tier files and the query recognizer. */
class InteropTest {
    @TempDir
    Path tmp;

    private static List<Path> eafs() {
        Interop.require();
        List<Path> files = Interop.files("eaf", ".eaf");
        assertThat(files).isNotEmpty();
        return files;
    }

    @Test
    void everyTierOfEveryDocumentReadsBackFromTheTierFileElanWrites() throws Exception {
        int tiers = 0;
        int withSpecialCharacters = 0;
        for (Path eaf : eafs()) {
            AnnotationDocument doc;
            try {
                doc = Eaf.read(eaf).document();
            } catch (ProblemsException e) {
                continue; // files Attune refuses are covered by core's tests
            }
            DocumentIndex index = DocumentIndex.of(doc);
            for (Tier tier : doc.tiers()) {
                List<ElanHost.Segment> written = new ArrayList<>();
                for (Annotation a : tier.annotations()) {
                    TimeSpan span = index.span(a).orElse(null);
                    if (span != null && span.end() >= span.start()) {
                        written.add(new ElanHost.Segment(span.start(), span.end(), a.value()));
                    }
                }
                if (written.isEmpty()) {
                    continue;
                }
                Path file = Files.writeString(tmp.resolve("tier.xml"), ElanHost.tierFile(tier.id(), written));
                List<Span> read = TierFile.read(file, "tier " + tier.id());

                assertThat(read).as(eaf.getFileName() + " tier " + tier.id()).hasSameSizeAs(written);
                for (int i = 0; i < read.size(); i++) {
                    assertThat(read.get(i).start()).isEqualTo(written.get(i).start());
                    assertThat(read.get(i).end()).isEqualTo(written.get(i).end());
                    assertThat(read.get(i).value()).isEqualTo(written.get(i).label().strip());
                }
                tiers++;
                if (written.stream().anyMatch(w -> w.label().matches("(?s).*[<&>\"].*"))) {
                    withSpecialCharacters++;
                }
            }
        }
        assertThat(tiers).isGreaterThan(20);
        System.out.println("interop: " + tiers + " tiers read back, " + withSpecialCharacters
                + " with <, &, > or \" in a value");
    }

    @Test
    void theQueryRecognizerFindsEveryAnnotationOfEveryDocument() throws Exception {
        ExtensionFolder.write(tmp.resolve("extensions"), Recognizers.all(), java.io.InputStream::nullInputStream);
        ElanHost.Discovered query = ElanHost.discover(tmp.resolve("extensions")).stream()
                .filter(d -> d.name().equals("Attune query")).findFirst().orElseThrow();
        int documents = 0;
        for (Path eaf : eafs()) {
            Path out = tmp.resolve("hits-" + documents + ".xml");
            ElanHost.Run run = ElanHost.runInProcess(query, ElanHost.paramDocument(query, Map.of("document", eaf,
                    "query", "[value~\".\"]", "hits", out)));
            AnnotationDocument doc;
            try {
                doc = Eaf.read(eaf).document();
            } catch (ProblemsException e) {
                assertThat(run.last()).isEqualTo("RESULT: FAILED.");
                assertThat(run.lines()).contains("ERROR: cannot read the document: " + e.getMessage());
                continue;
            }
            assertThat(run.last()).as(eaf + "\n" + String.join("\n", run.lines())).isEqualTo("RESULT: DONE.");
            List<Event> events = SessionEvents.of("s", doc, ref -> java.util.Optional.empty()).events().stream()
                    .filter(e -> !e.value().isEmpty()).toList();
            Map<String, List<ElanHost.Segment>> tiers = ElanHost.readOutput(out);
            RecognizersTest.assertNoOverlapWithinATier(tiers);
            List<ElanHost.Segment> hits = tiers.values().stream().flatMap(List::stream).toList();
            assertThat(hits).as(eaf.getFileName().toString()).hasSameSizeAs(events);
            Map<String, Integer> spans = new HashMap<>();
            for (Event e : events) {
                spans.merge(e.start() + "-" + Math.max(e.end(), e.start() + 1), 1, Integer::sum);
            }
            for (ElanHost.Segment h : hits) {
                spans.merge(h.start() + "-" + h.end(), -1, Integer::sum);
            }
            assertThat(spans.values()).as(eaf.getFileName() + ": hit spans").allMatch(n -> n == 0);
            for (Event e : events) {
                String value = e.value().replaceAll("\\s+", " ").strip();
                String probe = value.substring(0, Math.min(value.length(), 80));
                assertThat(hits).as(eaf.getFileName() + ": a hit labelled with " + probe)
                        .anyMatch(h -> h.start() == e.start() && h.label().contains(probe));
            }
            documents++;
        }
        assertThat(documents).isGreaterThan(10);
    }
}
