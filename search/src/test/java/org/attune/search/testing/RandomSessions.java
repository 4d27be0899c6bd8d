package org.attune.search.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Header;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.Stereotype;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.profile.AttuneProfile;
import org.attune.core.profile.CodingEdits;
import org.attune.core.profile.Role;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;

/**
 * Small random coded sessions, dense in the cases a search gets wrong: equal starts, zero-length events,
 * overlaps, phrases split by punctuation and case, codes of two coders, ratings, a plain child tier.
 */
public final class RandomSessions {
    public static final SchemeRegistry SCHEMES = SchemeRegistry.builtIn();
    static final String[] WORDS = {"waste", "of", "time", "I", "don't", "know", "fine", "whatever", "this", "isn't",
        "helping", "Time", "WASTE", "okay", "Don’t", "it's", "a", "you", "time", "fine"};
    static final String[] PUNCT = {" ", " ", " ", ", ", ". ", "... ", " - "};
    static final String[] GAZE = {"down", "Down", "up", "C1 x", "away", "C7"};

    private RandomSessions() {
    }

    /** A random session. */
    public static AnnotationDocument session(Random r) {
        List<TimeSlot> slots = new ArrayList<>();
        int[] ids = {0, 0};
        List<Annotation> patient = utterances(r, slots, ids);
        List<Annotation> therapist = utterances(r, slots, ids);
        List<Annotation> gaze = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            // Included_In: inside one of the patient's annotations (anywhere in it, zero length included)
            AlignableAnnotation within = (AlignableAnnotation) patient.get(r.nextInt(patient.size()));
            long from = timeOf(slots, within.timeSlotRef1());
            long span = timeOf(slots, within.timeSlotRef2()) - from;
            long start = from + (span == 0 ? 0 : r.nextLong(span + 1));
            long end = start + (start == from + span ? 0 : r.nextLong(from + span - start + 1));
            gaze.add(annotation(slots, ids, GAZE[r.nextInt(GAZE.length)], start, end));
        }
        List<Tier> tiers = new ArrayList<>(List.of(
                Tier.of("Patient", AttuneProfile.SPEECH_TYPE).withParticipant("P").withAnnotations(patient),
                Tier.of("Therapist", AttuneProfile.SPEECH_TYPE).withParticipant("T").withAnnotations(therapist),
                Tier.of("Gaze P", "gaze").withParentRef("Patient").withAnnotations(gaze)));
        if (r.nextInt(3) == 0) {
            tiers.add(Tier.of("Observer", AttuneProfile.SPEECH_TYPE).withAnnotations(utterances(r, slots, ids)));
        }
        AnnotationDocument d = AnnotationDocument.empty("random")
                .withHeader(Header.milliseconds())
                .withTimeSlots(slots)
                .withLinguisticTypes(List.of(LinguisticType.timeAligned(AttuneProfile.SPEECH_TYPE),
                        LinguisticType.constrained("gaze", Stereotype.INCLUDED_IN)))
                .withTiers(tiers);
        d = CodingEdits.setRole(d, "T", Role.THERAPIST);
        d = CodingEdits.setRole(d, "P", Role.PATIENT);
        CodingScheme scheme = SCHEMES.require(r.nextInt(4) == 0 ? "3rs@2022" : "3rs@2015");
        List<Code> codes = scheme.codes().toList();
        for (String coder : r.nextBoolean() ? List.of("A") : List.of("A", "B")) {
            for (int i = r.nextInt(14); i > 0; i--) {
                Code code = codes.get(r.nextInt(codes.size()));
                long start = time(r);
                try {
                    CodingEdits.Added added = CodingEdits.add(d, scheme, code, coder, start, start + duration(r));
                    d = added.document();
                    if (scheme.layerOf(code).map(l -> l.rated()).orElse(false) && r.nextInt(4) > 0) {
                        d = CodingEdits.setRating(d, added.annotationId(), 1 + r.nextInt(5));
                    }
                } catch (IllegalArgumentException overlapOnTheTier) {
                    // the coding tier already has a coding there; try another
                }
            }
        }
        return d;
    }

    /** Values coders type on a plain tier: ids, labels, "id label", odd case and blanks, and values naming no code. */
    static final String[] TYPED = {"C3", "c2", " W2 ", "Minimal response", "W2 Minimal response",
        "patient rejects therapist intervention", "R4", "r1", "X9", "??", "", "C1 x", "3", "Denial"};

    /** The tiers {@link #plainCodes} adds hold codes: as {@code --codes-on} names them. */
    public static final String PLAIN_CODES_TIERS = "Ruptures.*";

    /**
     * The session with codes typed by hand, as in ELAN without the Attune profile: a plain tier {@code Ruptures}
     * (sometimes two, {@code Ruptures B}), values from {@link #TYPED}, and a Symbolic_Association child
     * {@code Ruptures ratings} with numbers (and now and then a word) for some of them; a {@code Notes} tier with
     * the same kind of values that no {@code --codes-on} setting of the tests names.
     */
    public static AnnotationDocument plainCodes(Random r, AnnotationDocument d) {
        List<TimeSlot> slots = new ArrayList<>(d.timeSlots());
        int[] ids = {1_000_000, 900_000};
        List<Tier> tiers = new ArrayList<>(d.tiers());
        for (String name : r.nextBoolean() ? List.of("Ruptures") : List.of("Ruptures", "Ruptures B", "Notes")) {
            List<Annotation> values = new ArrayList<>();
            List<Annotation> ratings = new ArrayList<>();
            for (int i = r.nextInt(12); i > 0; i--) {
                Annotation a = annotation(r, slots, ids, TYPED[r.nextInt(TYPED.length)]);
                values.add(a);
                if (r.nextInt(3) > 0) {
                    ratings.add(org.attune.core.model.RefAnnotation.of("a" + (++ids[1]), a.id(),
                            r.nextInt(8) == 0 ? "high" : Integer.toString(1 + r.nextInt(5))));
                }
            }
            tiers.add(Tier.of(name, AttuneProfile.SPEECH_TYPE).withAnnotations(values));
            if (!ratings.isEmpty() && !name.equals("Notes")) {
                tiers.add(Tier.of(name + " ratings", "plain-rating").withParentRef(name).withAnnotations(ratings));
            }
        }
        List<LinguisticType> types = new ArrayList<>(d.linguisticTypes());
        types.add(LinguisticType.constrained("plain-rating", Stereotype.SYMBOLIC_ASSOCIATION));
        return d.withTimeSlots(slots).withLinguisticTypes(types).withTiers(tiers);
    }

    /** Writes {@code n} random sessions with {@link #plainCodes} below {@code dir}; returns their files. */
    public static List<Path> corpusWithPlainCodes(Random r, Path dir, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve((i % 3 == 2 ? "sub/" : "") + "s" + i + ".eaf");
            Files.createDirectories(f.getParent());
            Eaf.write(plainCodes(r, session(r)), f);
            files.add(f);
        }
        return files;
    }

    /** Writes {@code n} random sessions below {@code dir} (some in a sub-folder); returns their files. */
    public static List<Path> corpus(Random r, Path dir, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve((i % 3 == 2 ? "sub/" : "") + "s" + i + ".eaf");
            Files.createDirectories(f.getParent());
            Eaf.write(session(r), f);
            files.add(f);
        }
        return files;
    }

    private static List<Annotation> utterances(Random r, List<TimeSlot> slots, int[] ids) {
        List<Annotation> out = new ArrayList<>();
        for (int i = 2 + r.nextInt(10); i > 0; i--) {
            StringBuilder text = new StringBuilder();
            for (int w = 1 + r.nextInt(6); w > 0; w--) {
                text.append(WORDS[r.nextInt(WORDS.length)]).append(w > 1 ? PUNCT[r.nextInt(PUNCT.length)] : "");
            }
            out.add(annotation(r, slots, ids, text.toString()));
        }
        return out;
    }

    private static Annotation annotation(Random r, List<TimeSlot> slots, int[] ids, String value) {
        long start = time(r);
        return annotation(slots, ids, value, start, start + duration(r));
    }

    private static Annotation annotation(List<TimeSlot> slots, int[] ids, String value, long start, long end) {
        String s1 = "ts" + (++ids[0]);
        String s2 = "ts" + (++ids[0]);
        slots.add(TimeSlot.aligned(s1, start));
        slots.add(TimeSlot.aligned(s2, end));
        return AlignableAnnotation.of("a" + (++ids[1]), s1, s2, value);
    }

    private static long timeOf(List<TimeSlot> slots, String id) {
        return slots.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().value();
    }

    private static long time(Random r) {
        // now and then beyond 37 hours, where the index stores times unpacked
        return r.nextInt(80) == 0 ? 134_217_728L + 250L * r.nextInt(8) : 250L * r.nextInt(60);
    }

    private static long duration(Random r) {
        if (r.nextInt(60) == 0) {
            return 1_048_576L + 250L * r.nextInt(4); // longer than the packed 17.5 minutes
        }
        return r.nextInt(5) == 0 ? 0 : 250L * r.nextInt(12);
    }
}
