package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attune.core.eaf.Eaf;
import org.attune.core.eaf.EafReadResult;
import org.attune.core.eaf.Ecv;
import org.attune.core.model.ExternalRef;
import org.attune.core.eaf.Problem;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.MediaDescriptor;
import org.attune.core.model.Tier;
import org.attune.core.profile.Coding;
import org.attune.core.profile.CodingTier;
import org.attune.core.profile.Role;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attune info FILE}: what a session holds — participants, tiers, vocabularies, codings. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Summarise an ELAN document: media, participants and their roles, tiers, vocabularies, "
                + "and the codings per coder, layer and code.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchemeOptions schemes;

    @Parameters(index = "0", paramLabel = "FILE", description = "An .eaf or .etf file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        EafReadResult read = Eaf.read(file);
        AnnotationDocument doc = read.document();
        SessionView view = SessionView.of(doc, schemes.registry()::find);

        out.println(file);
        out.printf("  format      EAF %s%s%n", read.sourceFormat(),
                read.sourceFormat().equals("3.0") ? "" : " (read as 3.0)");
        out.printf("  author      %s%n", doc.author().isEmpty() ? "-" : doc.author());
        out.printf("  date        %s%n", doc.date().isEmpty() ? "-" : doc.date());
        for (MediaDescriptor m : doc.header().media()) {
            String url = m.relativeMediaUrl() != null ? m.relativeMediaUrl() : m.mediaUrl();
            out.printf("  media       %s (%s)%n", url, m.mimeType());
        }
        if (!read.warnings().isEmpty()) {
            out.printf("  repaired    %d problem(s) on reading; run 'attune validate %s'%n", read.warnings().size(),
                    file);
            for (Problem w : read.warnings()) {
                spec.commandLine().getErr().println(w);
            }
        }

        Map<String, Role> speakers = view.speakers();
        out.println();
        out.println("Participants");
        if (speakers.isEmpty()) {
            out.println("  (no speech tiers)");
        }
        for (Map.Entry<String, Role> s : speakers.entrySet()) {
            List<Utterance> said = view.utterances().stream().filter(u -> u.speaker().equals(s.getKey())).toList();
            long ms = said.stream().mapToLong(u -> u.end() - u.start()).sum();
            out.printf("  %-20s %-10s %5d utterances, %s of speech%n", s.getKey(), s.getValue().id(), said.size(),
                    Text.duration(ms));
        }

        out.println();
        out.printf("Tiers (%d)%n", doc.tiers().size());
        Table tiers = new Table("tier", "type", "constraint", "parent", "participant", "annotator", "annotations");
        for (Tier t : doc.tiers()) {
            String constraint = doc.linguisticType(t.linguisticTypeRef()).map(LinguisticType::constraints)
                    .orElse(null);
            tiers.row(t.id(), t.linguisticTypeRef(), constraint, t.parentRef(), t.participant(), t.annotator(),
                    String.valueOf(t.annotations().size()));
        }
        tiers.print(out, "  ");

        if (!doc.controlledVocabularies().isEmpty()) {
            out.println();
            out.printf("Controlled vocabularies (%d)%n", doc.controlledVocabularies().size());
            Map<String, ControlledVocabulary> external = Ecv.resolveExternal(doc, file);
            for (ControlledVocabulary cv : doc.controlledVocabularies()) {
                String what;
                if (!cv.isExternal()) {
                    what = cv.entries().size() + " entries";
                } else if (external.containsKey(cv.id())) {
                    what = external.get(cv.id()).entries().size() + " entries, external (" + externalUrl(doc, cv)
                            + ", read from the local copy)";
                } else {
                    what = "external (" + externalUrl(doc, cv) + "; no local copy beside the file)";
                }
                out.printf("  %-30s %s%n", cv.id(), what);
            }
        }

        out.println();
        List<CodingTier> codingTiers = view.codingTiers();
        if (codingTiers.isEmpty()) {
            out.println("Codings: none in the Attune profile");
        } else {
            out.printf("Codings (%d by %d coder%s)%n", view.codings().size(), view.coders().size(),
                    view.coders().size() == 1 ? "" : "s");
            for (CodingTier ct : codingTiers) {
                List<Coding> codings = view.codings().stream().filter(c -> c.tierId().equals(ct.tierId())).toList();
                out.printf("  %s  [%s %s, coder %s]: %d%n", ct.tierId(), ct.schemeRef(), ct.layerId(), ct.coder(),
                        codings.size());
                Map<String, Long> perCode = codings.stream().collect(Collectors.groupingBy(
                        c -> c.code() + (c.category().isEmpty() ? "" : " (" + c.category() + ")"), TreeMap::new,
                        Collectors.counting()));
                perCode.forEach((code, n) -> out.printf("    %-40s %d%n", code, n));
            }
        }
        out.flush();
        return 0;
    }

    private static String externalUrl(AnnotationDocument doc, ControlledVocabulary cv) {
        return doc.externalRefs().stream().filter(r -> r.id().equals(cv.extRef())).map(ExternalRef::value)
                .findFirst().orElse(cv.extRef());
    }
}
