package org.attune.core.samples;

import java.nio.file.Path;
import java.util.List;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Header;
import org.attune.core.model.MediaDescriptor;
import org.attune.core.profile.Role;
import org.attune.core.profile.Sessions;
import org.attune.core.scheme.CodingScheme;

/**
 * The bundled sample session ({@code samples/demo-session.eaf}): seven minutes of an invented therapy session
 * with a withdrawal and a confrontation rupture, the therapist's resolution strategies, coded with 3RS 2015 by
 * coder A, rated and annotated. Invented for Attune; no real patient.
 *
 * <p>Run {@code main} to write it; {@code DemoSessionTest} checks the committed file is what this makes.
 */
public final class DemoSession {

    private static final List<Sessions.Turn> LINES = List.of(
            turn("T", 2.0, 7.5, "Last week we talked about the argument with your sister. How have things been since then?"),
            turn("P", 8.2, 10.0, "Fine."),
            turn("T", 11.0, 16.8, "Fine. Did the two of you talk again after that evening?"),
            turn("P", 18.5, 21.0, "Not really. I don't know."),
            turn("T", 22.0, 29.5, "You said last time that it kept you awake. I wonder what it was like to come in today and talk about it again."),
            turn("P", 31.0, 44.0, "It's okay. Anyway, work has been really busy, there's a new system and everybody is complaining about it, and my manager keeps changing the schedule."),
            turn("T", 45.0, 52.0, "I notice that when I asked about your sister we moved quite quickly to work. Did you notice that too?"),
            turn("P", 53.5, 56.0, "Maybe. I guess."),
            turn("T", 57.0, 66.0, "I'm not trying to push you. I'm curious what happens for you when I bring her up. Is something about how I ask making it harder?"),
            turn("P", 67.5, 82.0, "It's just that every time we talk about her I leave feeling worse. I don't see the point of going over it again."),
            turn("T", 83.0, 92.0, "Thank you for telling me that. It sounds like these conversations have felt more painful than helpful, and I may have kept steering us there."),
            turn("P", 93.0, 98.0, "Yeah. A bit."),
            turn("T", 99.0, 110.0, "Maybe we can decide together what would be useful to look at today. What would you want to get out of this hour?"),
            turn("P", 111.5, 128.0, "I want to sleep again. I want to stop replaying it at night. That would already be something."),
            turn("T", 129.0, 138.0, "That makes sense. Sleep could be our focus today, and we can come back to your sister only if and when you want to."),
            turn("P", 139.0, 142.0, "Okay. That sounds better."),
            turn("T", 150.0, 162.0, "When you lie awake, what goes through your mind? Let's take last night as an example."),
            turn("P", 163.0, 190.0, "I go over what she said, that I always make everything about me. Then I think about what I should have answered. It goes round and round."),
            turn("T", 191.0, 200.0, "And what do you feel while it goes round?"),
            turn("P", 201.0, 215.0, "Angry. And then guilty for being angry. She is my sister after all."),
            turn("T", 216.0, 228.0, "Angry and then guilty. It sounds like the anger is not allowed to stay for long."),
            turn("P", 230.0, 246.0, "Honestly, this is a waste of time. You always turn it back to my feelings and nothing changes. I still can't sleep."),
            turn("T", 247.0, 256.0, "You're frustrated with me, and with how slowly this is going. Can you tell me more about what feels like a waste?"),
            turn("P", 257.0, 276.0, "We've been doing this for two months. I thought by now you would give me something practical, exercises or something. Instead we just talk."),
            turn("T", 277.0, 292.0, "That's an important thing to hear. I haven't explained why we've been working this way, and I can see how that left you waiting for something that never came."),
            turn("P", 293.0, 297.0, "Right. Exactly."),
            turn("T", 298.0, 316.0, "Let me explain the idea, and then let's see if we add something practical for sleep. The thinking loop at night often feeds on feelings we push away during the day."),
            turn("P", 317.0, 330.0, "Okay. That actually makes some sense. So if I let myself be angry in the day it might be quieter at night?"),
            turn("T", 331.0, 344.0, "That's one possibility we could test. And we can also try a short wind-down routine tonight. Would that feel more useful?"),
            turn("P", 345.0, 352.0, "Yes. I'd like to try that."),
            turn("T", 353.0, 368.0, "Good. And please keep telling me when it feels like we're wasting time. That helps me more than you might think."),
            turn("P", 369.0, 375.0, "Okay. I will."),
            turn("T", 380.0, 396.0, "So let's plan the routine. When do you usually go to bed, and what do you do in the hour before?"),
            turn("P", 397.0, 418.0, "Around midnight. Usually I'm on my phone, reading messages. Sometimes hers, the old ones."),
            turn("T", 419.0, 428.0, "Reading her old messages right before sleep. What happens when you do that?"));

    private static final List<Sessions.Coded> CODES = List.of(
            coded("W2", 8.2, 10.0, 2, "one-word answer to an open question"),
            coded("W2", 18.5, 21.0, 2, null),
            coded("W4", 31.0, 44.0, 3, "moves from the sister to work"),
            coded("R7", 45.0, 52.0, null, "names the shift as it happens in the room"),
            coded("R4", 57.0, 66.0, null, null),
            coded("C3", 67.5, 82.0, 3, "questions the value of talking about the sister"),
            coded("R5", 83.0, 92.0, null, null),
            coded("R2", 99.0, 138.0, null, "changes the focus of the session to sleep"),
            coded("C5", 230.0, 246.0, 4, "'this is a waste of time'"),
            coded("C3", 257.0, 276.0, 4, null),
            coded("R4", 247.0, 256.0, null, null),
            coded("R5", 277.0, 292.0, null, "acknowledges not having explained the rationale"),
            coded("R3", 298.0, 316.0, null, null),
            coded("R2", 331.0, 344.0, null, null));

    private DemoSession() {
    }

    /** The sample document, coded with {@code scheme} (3RS 2015) by coder A. */
    public static AnnotationDocument create(CodingScheme scheme) {
        AnnotationDocument d = Sessions.transcript("Attune sample", "2026-11-21T12:00:00Z",
                Header.milliseconds().withMedia(List.of(new MediaDescriptor(
                        "file:///demo-session.wav", "demo-session.wav", "audio/x-wav", null, null))),
                List.of(new Sessions.Speaker("T", "Therapist", Role.THERAPIST),
                        new Sessions.Speaker("P", "Patient", Role.PATIENT)),
                LINES);
        return Sessions.withCodings(d, scheme, CODES);
    }

    /** A turn of speaker T or P from {@code start} to {@code end} seconds. */
    private static Sessions.Turn turn(String speaker, double start, double end, String text) {
        return new Sessions.Turn(speaker, ms(start), ms(end), text);
    }

    /** A code by coder A from {@code start} to {@code end} seconds, with a rating and a note (or nulls). */
    private static Sessions.Coded coded(String code, double start, double end, Integer rating, String note) {
        return new Sessions.Coded(code, "A", ms(start), ms(end), rating, note);
    }

    private static long ms(double seconds) {
        return Math.round(seconds * 1000);
    }

    /** Writes the sample to {@code samples/demo-session.eaf} (or the path given). */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "samples/demo-session.eaf");
        Eaf.write(create(org.attune.core.scheme.SchemeRegistry.builtIn().require("3rs@2015")), out);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
