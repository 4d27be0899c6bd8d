package org.attune.synth;

import java.time.LocalDateTime;

/**
 * Who meets whom, and when: session numbers 1, 2, 3, ... are laid out as consecutive courses of therapy, one
 * client after another. Each client's course length, therapist, start date and traits come from the corpus seed
 * and the client's index alone, so session {@code n} is the same whatever the size of the corpus.
 */
final class Caseload {
    private static final long CLIENT_STREAM = 0xC11E47L;
    private static final int THERAPISTS = 24;
    private static final LocalDateTime FIRST_DAY = LocalDateTime.of(2024, 1, 8, 0, 0);

    /**
     * How a client tends to rupture.
     *
     * @param withdrawalShare the chance that a rupture is a withdrawal (else a confrontation)
     * @param ruptureRate     the mean number of rupture episodes per session
     * @param intensity       shifts significance ratings up (positive) or down (negative), -1..1
     */
    record Traits(double withdrawalShare, double ruptureRate, double intensity) {
    }

    /**
     * One session of a course.
     *
     * @param number          the session's number in the corpus, from 1
     * @param client          the client id, e.g. {@code C0003}
     * @param therapist       the therapist id, e.g. {@code T07}
     * @param sessionOfCourse the session's number in the client's course, from 1
     * @param start           when the session starts
     * @param traits          the client's traits
     */
    record Appointment(int number, String client, String therapist, int sessionOfCourse, LocalDateTime start,
                       Traits traits) {
    }

    private final long seed;

    Caseload(long seed) {
        this.seed = seed;
    }

    /** The appointment of session {@code number} (from 1). */
    Appointment appointment(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("session numbers start at 1, got " + number);
        }
        int client = 0;
        int first = 1;
        while (true) {
            Rng r = Rng.of(seed, CLIENT_STREAM, client);
            int length = r.between(6, 24);
            if (number < first + length) {
                return appointment(number, client, number - first + 1, r);
            }
            first += length;
            client++;
        }
    }

    /** The rest of the client's draws, after the course length, from the same stream. */
    private static Appointment appointment(int number, int client, int sessionOfCourse, Rng r) {
        int therapist = 1 + r.nextInt(THERAPISTS);
        int startDay = r.nextInt(730);
        int hour = r.between(8, 18);
        Traits traits = new Traits(0.35 + 0.55 * r.nextDouble(), 3.0 + 6.0 * r.nextDouble(), 2 * r.nextDouble() - 1);
        LocalDateTime start = FIRST_DAY.plusDays(startDay + 7L * (sessionOfCourse - 1)).withHour(hour);
        return new Appointment(number, String.format("C%04d", client + 1), String.format("T%02d", therapist),
                sessionOfCourse, start, traits);
    }
}
