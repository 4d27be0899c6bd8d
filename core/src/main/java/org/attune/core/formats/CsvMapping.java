package org.attune.core.formats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which columns of a CSV transcript hold what (column names as in the header row, matched exactly, else
 * ignoring case). Times are {@code HH:MM:SS}, {@code HH:MM:SS.mmm}, {@code MM:SS} or seconds ({@code 83.5});
 * a column whose name ends in {@code _ms} holds milliseconds.
 *
 * <pre>{@code
 * CsvMapping annomi = CsvMapping.of("interlocutor", "timestamp", "utterance_text")
 *         .withSession("transcript_id").withOrder("utterance_id")
 *         .withCodes(List.of("main_therapist_behaviour", "client_talk_type"));
 * }</pre>
 *
 * @param session  the column naming the session (one document per value), or null for one session
 * @param speaker  the column naming the speaker (required)
 * @param start    the column of the start time, or null when the file has no times (all are then estimated)
 * @param end      the column of the end time, or null (the end is then the next utterance's start)
 * @param order    the column giving the order of utterances in a session (a number), or null for the file's order
 * @param text     the column of what was said (required)
 * @param codes    code columns: each becomes a coding layer whose codes are the column's values
 * @param notCoded values of code columns that mean "no code" (compared ignoring case and outer blanks);
 *                 {@link #DEFAULT_NOT_CODED} by default
 * @param coder    the coder of the coding tiers ({@code A} by default)
 * @param scheme   the name of the scheme built from the code columns, or null for the file's name
 */
public record CsvMapping(String session, String speaker, String start, String end, String order, String text,
                         List<String> codes, Set<String> notCoded, String coder, String scheme) {

    /** Code values that mean "not coded" unless a mapping says otherwise: blank, {@code n/a}, {@code NA}, {@code None}, {@code null}. */
    public static final Set<String> DEFAULT_NOT_CODED = Set.of("", "n/a", "na", "none", "null");

    /**
     * Creates the record, checking and normalising its components.
     *
     * @param session the column naming the session (one document per value), or null for one session
     * @param speaker the column naming the speaker (required)
     * @param start the column of the start time, or null when the file has no times (all are then estimated)
     * @param end the column of the end time, or null (the end is then the next utterance's start)
     * @param order the column giving the order of utterances in a session (a number), or null for the file's order
     * @param text the column of what was said (required)
     * @param codes code columns: each becomes a coding layer whose codes are the column's values
     * @param notCoded values of code columns that mean "no code" (compared ignoring case and outer blanks);
     * @param coder the coder of the coding tiers ({@code A} by default)
     * @param scheme the name of the scheme built from the code columns, or null for the file's name
     */
    public CsvMapping {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        codes = List.copyOf(codes);
        Set<String> lower = new LinkedHashSet<>();
        for (String v : notCoded) {
            lower.add(v.strip().toLowerCase(Locale.ROOT));
        }
        notCoded = Set.copyOf(lower);
        coder = coder == null || coder.isBlank() ? "A" : coder.strip();
    }

    /**
     * A mapping of speaker, start time and text columns (start may be null); everything else unset.
     *
     * @param speaker the speaker
     * @param start the start, in milliseconds
     * @param text the text
     * @return a mapping of speaker, start time and text columns (start may be null); everything else unset
     */
    public static CsvMapping of(String speaker, String start, String text) {
        return new CsvMapping(null, speaker, start, null, null, text, List.of(), DEFAULT_NOT_CODED, null, null);
    }

    /**
     * Returns a copy with the session replaced.
     *
     * @param column the column (1-based)
     * @return a copy with that value replaced; this record is unchanged
     */
    public CsvMapping withSession(String column) {
        return new CsvMapping(column, speaker, start, end, order, text, codes, notCoded, coder, scheme);
    }

    /**
     * Returns a copy with the end replaced.
     *
     * @param column the column (1-based)
     * @return a copy with that value replaced; this record is unchanged
     */
    public CsvMapping withEnd(String column) {
        return new CsvMapping(session, speaker, start, column, order, text, codes, notCoded, coder, scheme);
    }

    /**
     * Returns a copy with the order replaced.
     *
     * @param column the column (1-based)
     * @return a copy with that value replaced; this record is unchanged
     */
    public CsvMapping withOrder(String column) {
        return new CsvMapping(session, speaker, start, end, column, text, codes, notCoded, coder, scheme);
    }

    /**
     * Returns a copy with the codes replaced.
     *
     * @param columns the code columns
     * @return a copy with that value replaced; this record is unchanged
     */
    public CsvMapping withCodes(List<String> columns) {
        return new CsvMapping(session, speaker, start, end, order, text, columns, notCoded, coder, scheme);
    }

    /**
     * Returns a copy with the "not coded" cell values replaced.
     *
     * @param values the cell values that mean "not coded"
     * @return a copy with that value replaced; this record is unchanged
     */
    public CsvMapping withNotCoded(Set<String> values) {
        return new CsvMapping(session, speaker, start, end, order, text, codes, values, coder, scheme);
    }

    /**
     * Returns a copy with the coder replaced.
     *
     * @param newCoder the new coder (the coder of the coding tiers ({@code A} by default))
     * @return a copy with that value replaced; this record is unchanged
     */
    public CsvMapping withCoder(String newCoder) {
        return new CsvMapping(session, speaker, start, end, order, text, codes, notCoded, newCoder, scheme);
    }

    /**
     * Returns a copy with the scheme replaced.
     *
     * @param name the name
     * @return a copy with that value replaced; this record is unchanged
     */
    public CsvMapping withScheme(String name) {
        return new CsvMapping(session, speaker, start, end, order, text, codes, notCoded, coder, name);
    }

    /**
     * Whether a code value means "no code".
     *
     * @param value the value
     * @return whether a code value means "no code"
     */
    public boolean isNotCoded(String value) {
        return value == null || notCoded.contains(value.strip().toLowerCase(Locale.ROOT)) || value.isBlank();
    }

    /**
     * A mapping guessed from a header row, for files such as Attune's own utterance table: speaker
     * ({@code speaker}, {@code interlocutor}, {@code participant}), text ({@code text}, {@code utterance},
     * {@code utterance_text}), start ({@code start_ms}, {@code start}, {@code begin}, {@code timestamp}), end
     * ({@code end_ms}, {@code end}, {@code stop}), session ({@code session}, {@code transcript_id}, {@code dialog})
     * and order ({@code order}, {@code utterance_id}); empty without speaker and text columns. No code columns.
     *
     * @param header the HEADER
     * @return a mapping guessed from a header row, for files such as Attune's own utterance table: speaker ({@code speaker}, {@code interlocutor}, {@code participant}), text ({@code text}, {@code utterance}, {@code utterance_text}), start ({@code start_ms}, {@code start}, {@code begin}, {@code timestamp}), end ({@code end_ms}, {@code end}, {@code stop}), session ({@code session}, {@code transcript_id}, {@code dialog}) and order ({@code order}, {@code utterance_id}); empty without speaker and text columns
     */
    public static Optional<CsvMapping> guess(List<String> header) {
        String speaker = find(header, "speaker", "interlocutor", "participant");
        String text = find(header, "text", "utterance", "utterance_text", "transcript");
        if (speaker == null || text == null) {
            return Optional.empty();
        }
        return Optional.of(of(speaker, find(header, "start_ms", "start", "begin", "timestamp", "start_time"), text)
                .withEnd(find(header, "end_ms", "end", "stop", "end_time"))
                .withSession(find(header, "session", "transcript_id", "dialog", "dialogue"))
                .withOrder(find(header, "order", "utterance_id")));
    }

    private static String find(List<String> header, String... names) {
        for (String name : names) {
            for (String h : header) {
                if (h.strip().equalsIgnoreCase(name)) {
                    return h;
                }
            }
        }
        return null;
    }

    /** The columns this mapping uses, in the order of the record's components. */
    List<String> columns() {
        List<String> out = new ArrayList<>();
        for (String c : new String[] {session, speaker, start, end, order, text}) {
            if (c != null) {
                out.add(c);
            }
        }
        out.addAll(codes);
        return out;
    }
}
