/**
 * Lag-sequential analysis as GSEQ does it: lag-k or time-window transition tables with transitional
 * probabilities, expected counts, adjusted residuals and Yule's Q ({@link org.attune.core.analysis.sequential.LagTable});
 * SDIS export for GSEQ and tidy CSV for R.
 */
package org.attune.core.analysis.sequential;
