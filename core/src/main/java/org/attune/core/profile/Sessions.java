package org.attune.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Header;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;

/**
 * Builds coded sessions in the Attune profile from plain data: the speakers with their roles, what they said
 * when, and what each coder coded. Used for the bundled sample and the synthetic corpus generator.
 *
 * <pre>{@code
 * AnnotationDocument d = Sessions.transcript("me", "2026-11-21T12:00:00Z", Header.milliseconds(),
 *         List.of(new Sessions.Speaker("T", "Therapist", Role.THERAPIST), new Sessions.Speaker("P", "Patient", Role.PATIENT)),
 *         List.of(new Sessions.Turn("T", 2_000, 7_500, "How have things been?"), new Sessions.Turn("P", 8_200, 10_000, "Fine.")));
 * d = Sessions.withCodings(d, rrs, List.of(new Sessions.Coded("W2", "A", 8_200, 10_000, 2, null)));
 * }</pre>
 */
public final class Sessions {

    /** A speaker: the participant (e.g. {@code P}), the id of their speech tier, and their role. */
    public record Speaker(String participant, String tierId, Role role) {
        /**
         * Creates the record, checking and normalising its components.
         *
         * @param participant the PARTICIPANT, e.g. {@code P}
         * @param tierId the id of their speech tier
         * @param role their role
         */
        public Speaker {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(tierId, "tierId");
            Objects.requireNonNull(role, "role");
        }
    }

    /** What a speaker (a {@link Speaker#participant()}) said from {@code start} to {@code end} ms. */
    public record Turn(String participant, long start, long end, String text) {
        /**
         * Creates the record, checking and normalising its components.
         *
         * @param participant who spoke (a {@link Speaker#participant()})
         * @param start the start, in milliseconds
         * @param end the end, in milliseconds ({@code start <= end})
         * @param text what was said
         */
        public Turn {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("a turn needs 0 <= start <= end, got [" + start + ", " + end + "]");
            }
        }
    }

    /**
     * A coding to add: the code's id in the scheme, the coder, the span in ms, and the rating and note (each
     * null for none).
     */
    public record Coded(String code, String coder, long start, long end, Integer rating, String note) {
        /**
         * Creates the record, checking and normalising its components.
         *
         * @param code the code's id in the scheme
         * @param coder the coder
         * @param start the start, in milliseconds
         * @param end the end, in milliseconds
         * @param rating the rating, or null for none
         * @param note the note, or null for none
         */
        public Coded {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(coder, "coder");
        }
    }

    private Sessions() {
    }

    /**
     * A new session with one speech tier (linguistic type {@link AttuneProfile#SPEECH_TYPE}) per speaker, in the
     * order given, holding that speaker's turns, and the speakers' roles. Time slots {@code ts1, ts2, ...} and
     * annotations {@code a1, a2, ...} are numbered in the order of {@code turns}; the time slots are kept in
     * time order.
     *
     * @param author the document's AUTHOR
     * @param date   the document's DATE ({@code xsd:dateTime})
     * @param header the header (media, properties); the roles are added to its properties
     * @param speakers the speakers
     * @param turns the turns
     * @return a new session with one speech tier (linguistic type {@link AttuneProfile#SPEECH_TYPE}) per speaker, in the order given, holding that speaker's turns, and the speakers' roles
     */
    public static AnnotationDocument transcript(String author, String date, Header header, List<Speaker> speakers,
                                                List<Turn> turns) {
        Map<String, List<Annotation>> bySpeaker = new LinkedHashMap<>();
        for (Speaker s : speakers) {
            bySpeaker.put(s.participant(), new ArrayList<>());
        }
        List<TimeSlot> slots = new ArrayList<>(turns.size() * 2);
        int n = 0;
        int a = 0;
        for (Turn t : turns) {
            List<Annotation> tier = bySpeaker.get(t.participant());
            if (tier == null) {
                throw new IllegalArgumentException("turn of unknown speaker '" + t.participant() + "'");
            }
            String s1 = "ts" + (++n);
            slots.add(TimeSlot.aligned(s1, t.start()));
            String s2 = "ts" + (++n);
            slots.add(TimeSlot.aligned(s2, t.end()));
            tier.add(AlignableAnnotation.of("a" + (++a), s1, s2, t.text()));
        }
        slots.sort(Comparator.comparingLong(TimeSlot::value));
        List<Tier> tiers = new ArrayList<>();
        for (Speaker s : speakers) {
            tiers.add(Tier.of(s.tierId(), AttuneProfile.SPEECH_TYPE).withParticipant(s.participant())
                    .withAnnotations(bySpeaker.get(s.participant())));
        }
        AnnotationDocument d = AnnotationDocument.empty(author)
                .withDate(date)
                .withHeader(header)
                .withTimeSlots(slots)
                .withLinguisticTypes(List.of(LinguisticType.timeAligned(AttuneProfile.SPEECH_TYPE)))
                .withTiers(tiers);
        for (Speaker s : speakers) {
            d = CodingEdits.setRole(d, s.participant(), s.role());
        }
        return d;
    }

    /**
     * The document with the codings added in order, each by {@link CodingEdits#add}, then rated
     * ({@link CodingEdits#setRating}) and annotated ({@link CodingEdits#setNote}) where given.
     *
     * @throws IllegalArgumentException if a code is not in {@code scheme}
     * @param doc the document
     * @param scheme the coding scheme
     * @param codings the codings
     * @return a copy with that value replaced; this record is unchanged
     */
    public static AnnotationDocument withCodings(AnnotationDocument doc, CodingScheme scheme, List<Coded> codings) {
        AnnotationDocument d = doc;
        for (Coded c : codings) {
            Code code = scheme.code(c.code()).orElseThrow(() ->
                    new IllegalArgumentException("no code " + c.code() + " in scheme " + scheme.ref()));
            CodingEdits.Added added = CodingEdits.add(d, scheme, code, c.coder(), c.start(), c.end());
            d = added.document();
            if (c.rating() != null) {
                d = CodingEdits.setRating(d, added.annotationId(), c.rating());
            }
            if (c.note() != null) {
                d = CodingEdits.setNote(d, added.annotationId(), c.note());
            }
        }
        return d;
    }
}
