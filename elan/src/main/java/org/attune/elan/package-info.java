/**
 * Attune inside ELAN: three ELAN "local recognizers" (3RS segments, episodes, query hits) that read the tiers and
 * parameters ELAN passes and hand back new tiers, and the extension folder ELAN discovers them in.
 *
 * <p>{@link org.attune.elan.RecognizerMain} is the program ELAN runs; {@link org.attune.elan.protocol} holds the
 * wire formats (parameters on standard input, tier files in and out, report lines); {@link
 * org.attune.elan.descriptor} the CMDI descriptors; {@link org.attune.elan.recognizers} the recognizers; {@link
 * org.attune.elan.extension} the extension folder. The contract, as ELAN 6.9 implements it, is described in
 * {@code docs/elan-extension.md}.
 */
package org.attune.elan;
