package org.attune.core.analysis.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attune.core.analysis.episodes.EpisodeLinks;
import org.attune.core.analysis.episodes.Episodes;
import org.attune.core.profile.Coding;
import org.attune.core.profile.SessionView;
import org.attune.core.profile.Utterance;

/**
 * Counts, rates per hour and episodes of one session, per coder.
 *
 * @param session    the session's name
 * @param durationMs the session's length, ms: the latest end of any utterance or coding
 * @param windowMs   the episode window used
 * @param labels     code id → label, for display
 * @param coders     one summary per coder, in coder order
 */
public record SessionSummary(String session, long durationMs, long windowMs, Map<String, String> labels,
                             List<CoderSummary> coders) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param session the session's name
     * @param durationMs the session's length, ms: the latest end of any utterance or coding
     * @param windowMs the episode window used
     * @param labels code id → label, for display
     * @param coders one summary per coder, in coder order
     */
    public SessionSummary {
        labels = Map.copyOf(labels);
        coders = List.copyOf(coders);
    }

    /**
     * The summary of a session; episodes use the coder's stored links when the file has them.
     *
     * @param session the session
     * @param view the session view
     * @param windowMs the window, in milliseconds
     * @return the summary of a session; episodes use the coder's stored links when the file has them
     */
    public static SessionSummary of(String session, SessionView view, long windowMs) {
        long end = 0;
        for (Utterance u : view.utterances()) {
            end = Math.max(end, u.end());
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Coding c : view.codings()) {
            end = Math.max(end, c.end());
            labels.putIfAbsent(c.code(), c.label());
        }
        List<CoderSummary> coders = new ArrayList<>();
        for (String coder : view.coders()) {
            List<Coding> mine = view.codings().stream().filter(c -> c.coder().equals(coder)).toList();
            Map<String, Integer> byCode = new LinkedHashMap<>();
            Map<String, Integer> byCategory = new LinkedHashMap<>();
            for (Coding c : mine) {
                byCode.merge(c.code(), 1, Integer::sum);
                byCategory.merge(c.category(), 1, Integer::sum);
            }
            Optional<Map<String, List<String>>> links = EpisodeLinks.read(view.document(), coder);
            coders.add(new CoderSummary(coder, mine, byCode, byCategory, Episodes.find(mine, windowMs, links)));
        }
        return new SessionSummary(session, end, windowMs, labels, coders);
    }

    /**
     * The session's length in hours.
     *
     * @return the session's length in hours
     */
    public double hours() {
        return durationMs / 3_600_000.0;
    }

    /**
     * A count per hour of this session, or 0 for an empty session.
     *
     * @param count the count
     * @return a count per hour of this session, or 0 for an empty session
     */
    public double perHour(long count) {
        return durationMs == 0 ? 0 : count / hours();
    }
}
