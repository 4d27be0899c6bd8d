/**
 * Attune's synthetic session generator: invented, realistic 3RS-coded therapy sessions, deterministic per seed, for
 * demos, tests and benchmarks ({@code attune generate}; {@code docs/generator.md}). It is a module of its own so that
 * the core library an embedder downloads does not carry it.
 */
module org.attune.synth {
    requires transitive org.attune.core;

    exports org.attune.synth;
}
