/**
 * Inter-rater reliability: Cohen's and Fleiss' kappa, the six intraclass correlations of Shrout &amp; Fleiss,
 * Krippendorff's alpha, ELAN-style time-based agreement, from rating tables or from coders' tiers
 * ({@link org.attune.core.analysis.agreement.CoderAgreement}).
 */
package org.attune.core.analysis.agreement;
