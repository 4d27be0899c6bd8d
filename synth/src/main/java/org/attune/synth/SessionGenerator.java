package org.attune.synth;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Header;
import org.attune.core.profile.CodingEdits;
import org.attune.core.profile.Role;
import org.attune.core.profile.Sessions;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.Layer;
import org.attune.core.scheme.SchemeRegistry;

/**
 * Synthetic coded therapy sessions, for demos, tests and benchmarks: a therapist and a patient tier with 400–700
 * turns of invented talk over 45–60 minutes, coded with 3RS 2015 ({@value #SCHEME}) by coder A and, for a share of
 * sessions, coder B — rupture markers rated 1–5, resolution strategies mostly within seconds to a minute or two
 * after them — and session metadata in header properties. Every session is valid EAF 3.0 in the Attune profile.
 *
 * <p>Session {@code n} depends only on the options and {@code n}: the same seed gives byte-identical files on
 * every run, and a corpus of 1,000 sessions is the first 1,000 of a corpus of 10,000. Sessions can be made in
 * any order and on any number of threads. The model is described in {@code docs/generator.md}.
 *
 * <pre>{@code
 * SessionGenerator generator = new SessionGenerator(SessionGenerator.Options.seed(42));
 * for (int n = 1; n <= 100; n++) {
 *     Eaf.write(generator.session(n), dir.resolve(SessionGenerator.fileName(n)));
 * }
 * }</pre>
 *
 * <p>Everything said in the sessions is invented; no real patient or session is quoted.
 */
public final class SessionGenerator {

    /** The coding scheme of the generated codings. */
    public static final String SCHEME = "3rs@2015";
    /** The share of sessions a second coder codes unless told otherwise. */
    public static final double DEFAULT_SECOND_CODER = 0.3;

    /** Header property: the session's number in its client's course, from 1. */
    public static final String SESSION_NUMBER_PROPERTY = "session-number";
    /** Header property: the client's id (also the patient's PARTICIPANT), e.g. {@code C0003}. */
    public static final String CLIENT_PROPERTY = "client-id";
    /** Header property: the therapist's id (also the therapist's PARTICIPANT), e.g. {@code T07}. */
    public static final String THERAPIST_PROPERTY = "therapist-id";
    /** Header property: the date of the session, {@code yyyy-mm-dd}. */
    public static final String DATE_PROPERTY = "session-date";
    /** Header property: what made the file. */
    public static final String GENERATOR_PROPERTY = "generator";
    /** Header property: the generator's seed. */
    public static final String SEED_PROPERTY = "generator-seed";
    /** Header property: the session's number in the generated corpus, from 1. */
    public static final String CORPUS_NUMBER_PROPERTY = "generator-session";

    /** The speech tier of the therapist. */
    public static final String THERAPIST_TIER = "Therapist";
    /** The speech tier of the patient. */
    public static final String PATIENT_TIER = "Patient";
    /** The first coder, who codes every session. */
    public static final String FIRST_CODER = "A";
    /** The second coder, who codes a share of the sessions. */
    public static final String SECOND_CODER = SecondCoder.CODER;

    private static final long SESSION_STREAM = 0x5E5510L;
    private static final long CODER_STREAM = 0xC0DE2L;
    private static final String[] SEARCHED = {"waste of time", "this isn't helping", "I don't know", "whatever",
        "fine"};
    private static final String[] NOTES = {"brief; the therapist does not pick it up", "marker repeated later",
        "rating lowered: short-lived", "tone more than content", "hard to hear on the recording"};

    /**
     * What to generate.
     *
     * @param seed        the corpus seed: the same seed gives the same sessions
     * @param secondCoder the probability that a session is also coded by a second coder, 0 (never) to 1 (always)
     */
    public record Options(long seed, double secondCoder) {
        /**
         * Creates the record, checking and normalising its components.
         *
         * @param seed the corpus seed: the same seed gives the same sessions
         * @param secondCoder the probability that a session is also coded by a second coder, 0 (never) to 1 (always)
         */
        public Options {
            if (!(secondCoder >= 0 && secondCoder <= 1)) {
                throw new IllegalArgumentException("the second-coder probability must be in [0, 1], got " + secondCoder);
            }
        }

        /**
         * Seed {@code seed}, a second coder on {@value SessionGenerator#DEFAULT_SECOND_CODER} of the sessions.
         *
         * @param seed the random seed (the same seed gives the same sessions)
         * @return the corpus seed: the same seed gives the same sessions
         */
        public static Options seed(long seed) {
            return new Options(seed, DEFAULT_SECOND_CODER);
        }

        /**
         * These options with another probability of a second coder.
         *
         * @param probability the probability
         * @return a copy with that value replaced; this record is unchanged
         */
        public Options withSecondCoder(double probability) {
            return new Options(seed, probability);
        }
    }

    private final Options options;
    private final CodingScheme scheme;
    private final Layer ruptures;
    private final Layer resolutions;
    private final Caseload caseload;

    /**
     * A generator of the corpus described by {@code options}.
     *
     * @param options the export options
     */
    public SessionGenerator(Options options) {
        this.options = options;
        this.scheme = SchemeRegistry.builtIn().require(SCHEME);
        this.ruptures = scheme.layer("rupture").orElseThrow();
        this.resolutions = scheme.layer("resolution").orElseThrow();
        this.caseload = new Caseload(options.seed());
    }

    /**
     * What this generator makes.
     *
     * @return its options
     */
    public Options options() {
        return options;
    }

    /**
     * The file name of session {@code number}: {@code session-00001.eaf}, ... (wider above 99,999).
     *
     * @param number the session's number, from 1
     * @return the file name 
     */
    public static String fileName(int number) {
        return String.format(Locale.ROOT, "session-%05d.eaf", number);
    }

    /**
     * Session {@code number} (from 1) of the corpus.
     *
     * @param number the session's number, from 1
     * @return the session's document (the same number always gives the same document)
     */
    public AnnotationDocument session(int number) {
        Caseload.Appointment appointment = caseload.appointment(number);
        Rng rng = Rng.of(options.seed(), SESSION_STREAM, number);
        int turns = rng.between(400, 700);
        long duration = rng.between(45 * 60, 60 * 60) * 1000L + rng.nextInt(1000);
        Script script = Script.write(rng, turns, duration, appointment.traits());

        List<Sessions.Turn> said = new ArrayList<>(turns);
        List<long[]> patientTurns = new ArrayList<>();
        for (Script.Line l : script.lines) {
            said.add(new Sessions.Turn(l.therapist() ? appointment.therapist() : appointment.client(), l.start(),
                    l.end(), l.text()));
            if (!l.therapist() && l.kind() == Script.Kind.TALK) {
                patientTurns.add(new long[] {l.start(), l.end()});
            }
        }
        AnnotationDocument d = Sessions.transcript("attune generate", appointment.start().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "Z",
                header(appointment, number),
                List.of(new Sessions.Speaker(appointment.therapist(), THERAPIST_TIER, Role.THERAPIST),
                        new Sessions.Speaker(appointment.client(), PATIENT_TIER, Role.PATIENT)),
                said);

        boolean twoCoders = Rng.of(options.seed(), CODER_STREAM, number).chance(options.secondCoder());
        List<Sessions.Coded> first = firstCoder(rng, script);
        d = codingTiers(d, FIRST_CODER);
        d = Sessions.withCodings(d, scheme, first);
        if (twoCoders) {
            d = codingTiers(d, SECOND_CODER);
            d = Sessions.withCodings(d, scheme, SecondCoder.code(rng, first, patientTurns, duration));
        }
        return d;
    }

    private Header header(Caseload.Appointment a, int number) {
        return Header.milliseconds()
                .withProperty(SESSION_NUMBER_PROPERTY, String.valueOf(a.sessionOfCourse()))
                .withProperty(CLIENT_PROPERTY, a.client())
                .withProperty(THERAPIST_PROPERTY, a.therapist())
                .withProperty(DATE_PROPERTY, a.start().toLocalDate().toString())
                .withProperty(GENERATOR_PROPERTY, "attune generate (synthetic session, invented text)")
                .withProperty(SEED_PROPERTY, String.valueOf(options.seed()))
                .withProperty(CORPUS_NUMBER_PROPERTY, String.valueOf(number));
    }

    /** Both layers' tiers for a coder, so that every session has the same tiers whatever was coded. */
    private AnnotationDocument codingTiers(AnnotationDocument d, String coder) {
        return CodingEdits.ensureCodingTier(CodingEdits.ensureCodingTier(d, scheme, ruptures, coder), scheme,
                resolutions, coder);
    }

    /** Coder A codes every episode as planned: the markers' span, its rating, each strategy turn. */
    private static List<Sessions.Coded> firstCoder(Rng rng, Script script) {
        List<Sessions.Coded> out = new ArrayList<>();
        for (Script.Episode e : script.episodes) {
            Script.Line first = script.lines.get(e.first());
            Script.Line last = script.lines.get(e.last());
            out.add(new Sessions.Coded(e.code(), FIRST_CODER, first.start(), last.end(), e.rating(),
                    rng.chance(0.15) ? note(rng, first.text()) : null));
            for (int s = 0; s < e.strategyTurns().length; s++) {
                Script.Line t = script.lines.get(e.strategyTurns()[s]);
                out.add(new Sessions.Coded(e.strategyCodes()[s], FIRST_CODER, t.start(), t.end(), null, null));
            }
        }
        out.sort((x, y) -> Long.compare(x.start(), y.start()));
        return out;
    }

    /** A coder's note: the phrase that gave the marker away when there is one, else a remark. */
    private static String note(Rng rng, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : SEARCHED) {
            if (lower.contains(phrase.toLowerCase(Locale.ROOT))) {
                return "'" + phrase + "'";
            }
        }
        return rng.pick(NOTES);
    }
}
