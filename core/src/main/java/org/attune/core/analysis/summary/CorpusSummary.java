package org.attune.core.analysis.summary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several sessions pooled: total length, codings per category over all sessions and coders, and the resolution
 * rate over all ruptures.
 *
 * @param sessions the sessions
 */
public record CorpusSummary(List<SessionSummary> sessions) {
    /**
     * Creates the record, checking and normalising its components.
     *
     * @param sessions the sessions
     */
    public CorpusSummary {
        sessions = List.copyOf(sessions);
    }

    /**
     * The sessions' total length, ms.
     *
     * @return the sessions' total length, ms
     */
    public long durationMs() {
        return sessions.stream().mapToLong(SessionSummary::durationMs).sum();
    }

    /**
     * Codings per category (sorted), over all sessions and coders.
     *
     * @return the number of codings, by category id
     */
    public Map<String, Integer> byCategory() {
        Map<String, Integer> out = new TreeMap<>();
        for (SessionSummary s : sessions) {
            for (CoderSummary c : s.coders()) {
                c.byCategory().forEach((k, v) -> out.merge(k, v, Integer::sum));
            }
        }
        return out;
    }

    /**
     * Ruptures over all sessions and coders.
     *
     * @return the number of ruptures
     */
    public long ruptures() {
        return sessions.stream().flatMap(s -> s.coders().stream()).mapToLong(c -> c.episodes().size()).sum();
    }

    /**
     * Resolved ruptures over all sessions and coders.
     *
     * @return the number of resolved ruptures
     */
    public long resolved() {
        return sessions.stream().flatMap(s -> s.coders().stream()).mapToLong(CoderSummary::resolvedCount).sum();
    }

    /**
     * A count per hour of the pooled length, or empty for sessions of no length.
     *
     * @param count the count
     * @return a count per hour of the pooled length, or empty for sessions of no length
     */
    public java.util.OptionalDouble perHour(long count) {
        long ms = durationMs();
        return ms == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(count / (ms / 3_600_000.0));
    }
}
