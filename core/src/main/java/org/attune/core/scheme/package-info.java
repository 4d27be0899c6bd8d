/**
 * Coding schemes as versioned data: {@link org.attune.core.scheme.CodingScheme} with its layers, codes,
 * categories and rating scale; the built-in schemes (3RS 2015 and 2022, CIS-R, the stage-process model) and
 * the user's in a {@link org.attune.core.scheme.SchemeRegistry}; scheme files
 * ({@link org.attune.core.scheme.SchemeFiles}); ELAN vocabularies and templates made from schemes
 * ({@link org.attune.core.scheme.SchemeExport}) and schemes made from ELAN vocabularies
 * ({@link org.attune.core.scheme.SchemeImport}).
 */
package org.attune.core.scheme;
