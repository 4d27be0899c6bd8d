package org.attune.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.TimeSpan;
import org.attune.core.model.Tier;
import org.attune.core.profile.AttuneProfile;
import org.attune.core.profile.PlainTiers;
import org.attune.core.profile.SessionView;
import org.attune.core.scheme.SchemeRegistry;
import org.attune.search.event.Event;
import org.attune.search.event.Match;
import org.attune.search.event.MatchLabels;
import org.attune.search.event.ReferenceEvaluator;
import org.attune.search.event.SessionEvents;
import org.attune.search.query.Query;

/**
 * {@code attune query FILE 'Q' --store TIER}: the matches written into the session as a plain time-aligned tier, each
 * hit spanning the match's first element and labelled as the ELAN query recognizer labels it ({@link MatchLabels}).
 * Hits that overlap go to further tiers {@code TIER_2}, {@code TIER_3} ..., as the recognizer does, since ELAN shows
 * one annotation at a time on a tier. The file is written atomically with {@code NAME.bak} kept. An existing tier
 * of a name to write is replaced only when asked ({@code --force}), and never a speech tier (one with a participant),
 * a coding tier or a tier with dependent tiers.
 */
final class HitTiers {
    /** The linguistic type of hit tiers: time-aligned, no controlled vocabulary. */
    static final String TYPE = AttuneProfile.HITS_TYPE;

    private HitTiers() {
    }

    /** What was stored in one file. */
    record Stored(int matches, List<String> tiers) {
    }

    /**
     * Evaluates the query on the file's saved contents and writes the hits into it.
     *
     * @throws Failures.UserError if a tier to write exists and {@code replace} is false, or cannot be replaced
     */
    static Stored store(Path file, String session, Query query, String tier, boolean replace, SchemeRegistry schemes)
            throws IOException {
        AnnotationDocument doc = Eaf.read(file).document();
        List<Match> matches = ReferenceEvaluator.evaluate(query, SessionEvents.of(session, doc, schemes::find));
        List<PlainTiers.Span> spans = new ArrayList<>();
        for (Match m : matches) {
            Event first = m.events().get(0);
            spans.add(new PlainTiers.Span(first.start(), first.end(), MatchLabels.of(query, m)));
        }
        List<List<PlainTiers.Span>> lanes = TimeSpan.lanes(spans, PlainTiers.Span::start, PlainTiers.Span::end);
        if (lanes.isEmpty()) {
            lanes = List.of(List.of());
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            names.add(i == 0 ? tier : tier + "_" + (i + 1));
        }
        SessionView view = SessionView.of(doc, schemes::find);
        for (String name : names) {
            Tier existing = doc.tier(name).orElse(null);
            if (existing == null) {
                continue;
            }
            if (!replace) {
                throw new Failures.UserError(file + ": tier '" + name + "' exists already; --force replaces it");
            }
            if (existing.participant() != null && !existing.participant().isBlank()
                    || view.codingTiers().stream().anyMatch(c -> c.tierId().equals(name))) {
                throw new Failures.UserError(file + ": tier '" + name + "' holds "
                        + (existing.participant() != null && !existing.participant().isBlank()
                        ? "the speech of " + existing.participant() : "codings")
                        + "; even --force does not replace it: choose another tier name");
            }
        }
        try {
            for (int i = 0; i < lanes.size(); i++) {
                doc = PlainTiers.put(doc, names.get(i), TYPE, lanes.get(i));
            }
            // further lanes of an earlier --store of this tier that this one does not need
            for (Tier t : List.copyOf(doc.tiers())) {
                if (t.id().matches(java.util.regex.Pattern.quote(tier) + "_[0-9]+") && !names.contains(t.id())
                        && TYPE.equals(t.linguisticTypeRef())) {
                    doc = PlainTiers.remove(doc, t.id());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new Failures.UserError(file + ": " + e.getMessage());
        }
        Eaf.write(doc, file);
        return new Stored(matches.size(), names);
    }
}
