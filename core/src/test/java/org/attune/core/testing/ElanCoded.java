package org.attune.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.ControlledVocabulary;
import org.attune.core.model.CvEntry;
import org.attune.core.model.CvEntryValue;
import org.attune.core.model.Header;
import org.attune.core.model.Language;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.LocalizedText;
import org.attune.core.model.RefAnnotation;
import org.attune.core.model.Stereotype;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;

/**
 * A session coded in ELAN by hand, without the Attune profile, with ELAN's own conventions:
 * <ul>
 *   <li>{@code Ruptures}: a tier whose linguistic type uses the controlled vocabulary {@code 3RS markers}; each
 *       annotation's value is the entry's value and its {@code CVE_REF} the entry's id. The entries hold the code
 *       as the value ({@code C3}, id {@code cveid_c3}), the label as the value with the code as the entry id
 *       ({@code Minimal response}, id {@code W2}), or the label with an id ELAN made up
 *       ({@code Patient rejects therapist intervention}, id {@code cveid_4711}: C2), and one entry that is no code
 *       ({@code unclear});</li>
 *   <li>{@code Rupture ratings}: its Symbolic_Association child, values {@code 4} and {@code 2 (mild)};</li>
 *   <li>{@code Strategies}: a plain-text tier without a vocabulary: {@code R4}, {@code  r1 } (case and blanks),
 *       {@code W2 Minimal response} (id and label), {@code ??} and an empty value (no code);</li>
 *   <li>{@code Notes}: a plain tier whose value {@code C3} is a note, not a code;</li>
 *   <li>{@code Patient} (participant P) and {@code Therapist} (participant T) speech.</li>
 * </ul>
 */
public final class ElanCoded {
    /** The codings the tiers {@code Ruptures|Strategies} hold, in time order: start, end, code, rating or null. */
    public static final List<Object[]> CODINGS = List.of(
            new Object[] {1_000L, 3_000L, "C3", 4},
            new Object[] {5_000L, 6_000L, "W2", 2},
            new Object[] {7_000L, 9_000L, "R4", null},
            new Object[] {10_000L, 12_000L, "C2", null},
            new Object[] {14_000L, 15_000L, "R1", null},
            new Object[] {20_000L, 22_000L, "W2", null});

    private ElanCoded() {
    }

    /**
     * The session.
     *
     * @return the session
     */
    public static AnnotationDocument session() {
        List<TimeSlot> slots = new ArrayList<>();
        int[] n = {0};
        ControlledVocabulary cv = new ControlledVocabulary("3RS markers", null,
                List.of(new LocalizedText("eng", "Rupture markers")), List.of(
                entry("cveid_c3", "C3", "Complaints about the activities of therapy"),
                entry("W2", "Minimal response", ""),
                entry("cveid_4711", "Patient rejects therapist intervention", ""),
                entry("cveid_0", "unclear", "")));
        List<Annotation> ruptures = List.of(
                cv(slots, n, "a1", 1_000, 3_000, "C3", "cveid_c3"),
                cv(slots, n, "a2", 5_000, 6_000, "Minimal response", "W2"),
                cv(slots, n, "a3", 10_000, 12_000, "Patient rejects therapist intervention", "cveid_4711"),
                cv(slots, n, "a4", 16_000, 17_000, "unclear", "cveid_0"));
        List<Annotation> ratings = List.of(RefAnnotation.of("a20", "a1", "4"),
                RefAnnotation.of("a21", "a2", "2 (mild)"));
        List<Annotation> strategies = List.of(
                plain(slots, n, "a30", 7_000, 9_000, "R4"),
                plain(slots, n, "a31", 14_000, 15_000, "  r1 "),
                plain(slots, n, "a32", 18_000, 19_000, "??"),
                plain(slots, n, "a33", 20_000, 22_000, "W2   Minimal response"),
                plain(slots, n, "a34", 23_000, 24_000, ""));
        List<Annotation> notes = List.of(plain(slots, n, "a40", 1_000, 3_000, "C3"));
        List<Annotation> patient = List.of(plain(slots, n, "a50", 0, 4_000, "this is a waste of time"),
                plain(slots, n, "a51", 4_500, 6_500, "fine"));
        List<Annotation> therapist = List.of(plain(slots, n, "a60", 6_800, 9_500, "what is it like for you?"));
        return AnnotationDocument.empty("ELAN")
                .withHeader(Header.milliseconds())
                .withTimeSlots(slots)
                .withLanguages(List.of(Language.ENGLISH))
                .withControlledVocabularies(List.of(cv))
                .withLinguisticTypes(List.of(LinguisticType.timeAligned("default-lt"),
                        LinguisticType.timeAligned("Rupture codes").withControlledVocabularyRef("3RS markers"),
                        LinguisticType.constrained("Rating", Stereotype.SYMBOLIC_ASSOCIATION)))
                .withTiers(List.of(
                        Tier.of("Patient", "default-lt").withParticipant("P").withAnnotations(patient),
                        Tier.of("Therapist", "default-lt").withParticipant("T").withAnnotations(therapist),
                        Tier.of("Ruptures", "Rupture codes").withAnnotator("KM").withAnnotations(ruptures),
                        Tier.of("Rupture ratings", "Rating").withParentRef("Ruptures").withAnnotations(ratings),
                        Tier.of("Strategies", "default-lt").withAnnotations(strategies),
                        Tier.of("Notes", "default-lt").withAnnotations(notes)));
    }

    private static CvEntry entry(String id, String value, String description) {
        return new CvEntry(id, null, List.of(new CvEntryValue("eng", value, description)));
    }

    private static Annotation cv(List<TimeSlot> slots, int[] n, String id, long start, long end, String value,
                                 String cveRef) {
        return ((AlignableAnnotation) plain(slots, n, id, start, end, value)).withCveRef(cveRef);
    }

    private static Annotation plain(List<TimeSlot> slots, int[] n, String id, long start, long end, String value) {
        String s1 = "ts" + (++n[0]);
        String s2 = "ts" + (++n[0]);
        slots.add(TimeSlot.aligned(s1, start));
        slots.add(TimeSlot.aligned(s2, end));
        return AlignableAnnotation.of(id, s1, s2, value);
    }
}
