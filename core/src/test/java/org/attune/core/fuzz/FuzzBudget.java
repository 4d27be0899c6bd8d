package org.attune.core.fuzz;

/**
 * How long {@code mvn -Pfuzz} fuzzes each target. Jazzer takes the duration only from the annotation (a
 * constant: {@code jazzer.internal.arg.*} libFuzzer flags come before it and lose), so a longer run repeats the
 * profile: each round resumes from the corpus Jazzer keeps in {@code core/.cifuzz-corpus/} (see
 * docs/data-safety.md, "Fuzzing").
 */
final class FuzzBudget {
    /** The CI budget per target (.ci/run fuzzes all six targets, EAF and the five imports, under two minutes in all). */
    static final String PER_TARGET = "5s";

    private FuzzBudget() {
    }
}
