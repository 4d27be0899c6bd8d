/**
 * Synthetic coded sessions for demos, tests and benchmarks: {@link org.attune.synth.SessionGenerator} makes
 * realistic, invented 3RS-coded therapy sessions, deterministic per seed ({@code docs/generator.md}).
 */
package org.attune.synth;
