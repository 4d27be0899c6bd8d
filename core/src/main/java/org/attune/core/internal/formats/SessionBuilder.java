package org.attune.core.internal.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attune.core.eaf.Problem;
import org.attune.core.model.AlignableAnnotation;
import org.attune.core.model.Annotation;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Constraint;
import org.attune.core.model.Header;
import org.attune.core.model.LinguisticType;
import org.attune.core.model.Property;
import org.attune.core.model.Tier;
import org.attune.core.model.TimeSlot;
import org.attune.core.profile.AttuneProfile;
import org.attune.core.profile.CodingEdits;
import org.attune.core.profile.Role;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;

/**
 * Makes an EAF document in the Attune profile from the utterances of an imported file
 * ({@code docs/formats.md} is the contract):
 * <ul>
 *   <li>one speech tier (type {@value AttuneProfile#SPEECH_TYPE}) per speaker, PARTICIPANT = the speaker, and an
 *       {@code attune:role:} property when {@link Role#guess} knows the name; an utterance that overlaps an
 *       earlier one of the same speaker goes to an extra tier {@code "<speaker> (2)"} of the same participant,
 *       because ELAN does not allow overlaps on one tier;</li>
 *   <li>a missing end is the next utterance's start; a missing time is stored as an <em>unaligned</em> time slot,
 *       which ELAN keeps and which Attune reads as an estimate spread evenly between the known times around it
 *       ({@link org.attune.core.model.DocumentIndex}); after the last known time, the end of the last utterance is
 *       extrapolated at {@value #MS_PER_WORD} ms a word (at least {@value #MIN_TURN_MS} ms an utterance) and
 *       stored aligned, since ELAN needs a known time after unaligned ones;</li>
 *   <li>codes become annotations of coding tiers made by {@link CodingEdits#ensureCodingTier}, sharing the time
 *       slots of their utterance.</li>
 * </ul>
 */
public final class SessionBuilder {

    /** Linguistic type of tiers that hold points (Praat TextTiers): zero-length annotations. */
    public static final String POINT_TYPE = "attune-point";
    /** The speech tier of utterances whose file names no speaker. */
    public static final String UNNAMED_TIER = "Speech";
    /** Estimated duration of a word, for extrapolated ends. */
    public static final long MS_PER_WORD = 400;
    /** Shortest extrapolated utterance. */
    public static final long MIN_TURN_MS = 1000;
    /** ELAN's header property for the last annotation id handed out (also kept up to date by CodingEdits). */
    private static final String LAST_USED_ANNOTATION_ID = "lastUsedAnnotationId";

    /**
     * Codes of the utterances: the scheme built for them and the coder of the coding tiers.
     *
     * @param scheme the scheme whose layers become coding tiers ({@link Turn#codes()} is keyed by layer id)
     * @param coder  the coder
     */
    public record Codes(CodingScheme scheme, String coder) {
        public Codes {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(coder, "coder");
        }
    }

    /**
     * What to build.
     *
     * @param turns      the utterances, in the file's order
     * @param sequential whether the utterances follow each other (a transcript): a start earlier than an earlier
     *                   start is then reported and estimated instead
     * @param tiers      tiers to make even when they get no utterance (in this order, before others)
     * @param pointTiers speakers whose tiers hold points ({@value #POINT_TYPE})
     * @param codes      the codes' scheme and coder, or null
     */
    public record Plan(List<Turn> turns, boolean sequential, List<String> tiers, Set<String> pointTiers, Codes codes) {
        public Plan {
            turns = List.copyOf(turns);
            tiers = List.copyOf(tiers);
            pointTiers = Set.copyOf(pointTiers);
        }

        /** A plan for utterances without codes or declared tiers. */
        public static Plan of(List<Turn> turns, boolean sequential) {
            return new Plan(turns, sequential, List.of(), Set.of(), null);
        }
    }

    private SessionBuilder() {
    }

    /** The document of a plan; what had to be estimated against the file's word is added to {@code warnings}. */
    public static AnnotationDocument build(Plan plan, String source, List<Problem> warnings) {
        List<Turn> turns = resolveEnds(plan.sequential() ? monotone(plan.turns(), source, warnings) : plan.turns());
        int n = turns.size();
        Long[] values = new Long[2 * n];
        for (int i = 0; i < n; i++) {
            values[2 * i] = turns.get(i).start();
            values[2 * i + 1] = turns.get(i).end();
        }
        anchorTail(values, turns);
        double[] keys = keys(values);
        String[] slotIds = new String[2 * n];
        List<TimeSlot> slots = timeOrder(values, keys, slotIds);

        Map<String, List<List<Integer>>> lanes = lanes(plan, turns, keys);
        Set<String> used = new HashSet<>();
        List<Tier> tiers = new ArrayList<>();
        Map<Integer, String> tierOfTurn = new HashMap<>();
        long nextId = 0;
        Comparator<Integer> byStart = Comparator.comparingDouble((Integer i) -> keys[2 * i]).thenComparing(i -> i);
        for (Map.Entry<String, List<List<Integer>>> speaker : lanes.entrySet()) {
            String name = speaker.getKey();
            boolean unnamed = name == null;
            String base = unnamed ? UNNAMED_TIER : name;
            String type = plan.pointTiers().contains(base) ? POINT_TYPE : AttuneProfile.SPEECH_TYPE;
            List<List<Integer>> speakerLanes = speaker.getValue();
            for (int lane = 0; lane < speakerLanes.size(); lane++) {
                String tierId = unique(lane == 0 ? base : base + " (" + (lane + 1) + ")", used);
                List<Integer> members = new ArrayList<>(speakerLanes.get(lane));
                members.sort(byStart);
                List<Annotation> annotations = new ArrayList<>();
                for (int i : members) {
                    annotations.add(AlignableAnnotation.of("a" + (++nextId), slotIds[2 * i], slotIds[2 * i + 1],
                            turns.get(i).text()));
                    tierOfTurn.put(i, tierId);
                }
                Tier tier = Tier.of(tierId, type).withAnnotations(annotations);
                tiers.add(unnamed ? tier : tier.withParticipant(name));
            }
        }
        List<LinguisticType> types = new ArrayList<>(List.of(LinguisticType.timeAligned(AttuneProfile.SPEECH_TYPE)));
        if (tiers.stream().anyMatch(t -> t.linguisticTypeRef().equals(POINT_TYPE))) {
            types.add(LinguisticType.timeAligned(POINT_TYPE));
        }
        List<Property> properties = new ArrayList<>();
        properties.add(new Property(AttuneProfile.PROFILE_PROPERTY, AttuneProfile.PROFILE_VERSION));
        for (String speaker : lanes.keySet()) {
            Role role = Role.guess(speaker);
            if (speaker != null && role != Role.OTHER) {
                properties.add(new Property(AttuneProfile.ROLE_PROPERTY_PREFIX + speaker, role.id()));
            }
        }
        AnnotationDocument doc = new AnnotationDocument("", "", List.of(),
                Header.milliseconds().withProperties(properties), slots, tiers, types, List.of(), List.of(),
                Constraint.standard(), List.of(), List.of(), List.of(), List.of());
        if (plan.codes() != null) {
            CodingScheme scheme = plan.codes().scheme();
            for (Layer layer : scheme.layers()) {
                doc = CodingEdits.ensureCodingTier(doc, scheme, layer, plan.codes().coder());
                List<Annotation> codings = new ArrayList<>();
                List<Integer> coded = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (turns.get(i).codes().containsKey(layer.id())) {
                        coded.add(i);
                    }
                }
                coded.sort(byStart);
                for (int i : coded) {
                    Code code = turns.get(i).codes().get(layer.id());
                    codings.add(new AlignableAnnotation("a" + (++nextId), slotIds[2 * i], slotIds[2 * i + 1], null,
                            code.label(), null, null, code.id()));
                }
                String tierId = AttuneProfile.codingTierId(scheme, layer, plan.codes().coder());
                doc = doc.withTier(tierId, t -> t.withAnnotations(codings));
            }
        }
        return doc.withHeader(doc.header().withProperty(LAST_USED_ANNOTATION_ID, Long.toString(nextId)));
    }

    /** Starts that go back in time are reported and dropped (estimated instead). */
    private static List<Turn> monotone(List<Turn> turns, String source, List<Problem> warnings) {
        List<Turn> out = new ArrayList<>(turns.size());
        long latest = -1;
        int latestLine = 0;
        for (Turn t : turns) {
            if (t.start() != null && t.start() < latest) {
                warnings.add(Problem.warning(source, t.line(), t.column(), "time " + Times.clock(t.start(), '.')
                        + " is earlier than the time of line " + latestLine + " (" + Times.clock(latest, '.')
                        + "); this utterance's time is estimated instead"));
                out.add(t.withStart(null));
            } else {
                if (t.start() != null) {
                    latest = t.start();
                    latestLine = t.line();
                }
                out.add(t);
            }
        }
        return out;
    }

    /** A missing end is the next utterance's start (when that is not before this one's start). */
    private static List<Turn> resolveEnds(List<Turn> turns) {
        List<Turn> out = new ArrayList<>(turns);
        for (int i = 0; i + 1 < out.size(); i++) {
            Turn t = out.get(i);
            Long next = out.get(i + 1).start();
            if (t.end() == null && next != null && (t.start() == null || next >= t.start())) {
                out.set(i, t.withEnd(next));
            }
        }
        for (Turn t : out) {
            if (t.start() != null && t.end() != null && t.end() < t.start()) {
                throw new IllegalArgumentException("line " + t.line() + ": an utterance ends before it starts");
            }
        }
        return out;
    }

    /** After the last known time, the last end is extrapolated from the words still to be said. */
    private static void anchorTail(Long[] values, List<Turn> turns) {
        int last = values.length - 1;
        while (last >= 0 && values[last] == null) {
            last--;
        }
        if (last == values.length - 1) {
            return;
        }
        long time = last >= 0 ? values[last] : 0;
        for (int k = (last + 1) / 2; k < turns.size(); k++) {
            time += estimate(turns.get(k).text());
        }
        values[values.length - 1] = time;
    }

    private static long estimate(String text) {
        String s = text.strip();
        int words = s.isEmpty() ? 0 : s.split("\\s+").length;
        return Math.max(MIN_TURN_MS, words * MS_PER_WORD);
    }

    /** A time for every slot: the known one, else an even spread between the known ones around it. */
    private static double[] keys(Long[] values) {
        double[] keys = new double[values.length];
        int prev = -1;
        for (int k = 0; k < values.length; k++) {
            if (values[k] != null) {
                keys[k] = values[k];
                prev = k;
                continue;
            }
            int next = k;
            while (next < values.length && values[next] == null) {
                next++;
            }
            double before = prev >= 0 ? values[prev] : 0;
            double after = next < values.length ? values[next] : before;
            for (int j = k; j < next; j++) {
                keys[j] = after <= before ? before : before + (after - before) * (j - prev) / (next - prev);
            }
            k = next - 1;
        }
        return keys;
    }

    /** TIME_ORDER: slots in time order (ids in that order), unaligned where the time is not known. */
    private static List<TimeSlot> timeOrder(Long[] values, double[] keys, String[] ids) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble((Integer k) -> keys[k]).thenComparing(k -> k));
        List<TimeSlot> slots = new ArrayList<>(values.length);
        int next = 0;
        for (int k : order) {
            ids[k] = "ts" + (++next);
            slots.add(new TimeSlot(ids[k], values[k]));
        }
        return slots;
    }

    /** Speakers (null = unnamed) in order, each with lanes of turns that do not overlap. */
    private static Map<String, List<List<Integer>>> lanes(Plan plan, List<Turn> turns, double[] keys) {
        Map<String, List<List<Integer>>> lanes = new LinkedHashMap<>();
        Map<String, List<Double>> laneEnds = new HashMap<>();
        for (String tier : plan.tiers()) {
            lanes.put(tier, new ArrayList<>(List.of(new ArrayList<>())));
            laneEnds.put(tier, new ArrayList<>(List.of(Double.NEGATIVE_INFINITY)));
        }
        for (Turn t : turns) {
            if (!lanes.containsKey(t.speaker())) {
                lanes.put(t.speaker(), new ArrayList<>(List.of(new ArrayList<>())));
                laneEnds.put(t.speaker(), new ArrayList<>(List.of(Double.NEGATIVE_INFINITY)));
            }
        }
        List<Integer> byStart = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            byStart.add(i);
        }
        byStart.sort(Comparator.comparingDouble((Integer i) -> keys[2 * i]).thenComparing(i -> i));
        for (int i : byStart) {
            String speaker = turns.get(i).speaker();
            List<List<Integer>> speakerLanes = lanes.get(speaker);
            List<Double> ends = laneEnds.get(speaker);
            int lane = 0;
            while (lane < ends.size() && ends.get(lane) > keys[2 * i]) {
                lane++;
            }
            if (lane == ends.size()) {
                speakerLanes.add(new ArrayList<>());
                ends.add(Double.NEGATIVE_INFINITY);
            }
            speakerLanes.get(lane).add(i);
            ends.set(lane, keys[2 * i + 1]);
        }
        return lanes;
    }

    private static String unique(String id, Set<String> used) {
        String out = id;
        for (int k = 2; !used.add(out); k++) {
            out = id + " (" + k + ")";
        }
        return out;
    }
}
