/**
 * Session and corpus summaries: counts and rates per hour by code, category and coder, rupture episodes and the
 * resolution rate ({@link org.attune.core.analysis.summary.SessionSummary}).
 */
package org.attune.core.analysis.summary;
