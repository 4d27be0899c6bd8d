/**
 * Rupture episodes: each rupture marker with the resolution strategies that follow it
 * ({@link org.attune.core.analysis.episodes.Episodes}), stored in EAF as ELAN cross-reference links
 * ({@link org.attune.core.analysis.episodes.EpisodeLinks}).
 */
package org.attune.core.analysis.episodes;
