/**
 * Reading, writing and checking ELAN files: {@link org.attune.core.eaf.Eaf} for documents ({@code .eaf}) and
 * templates ({@code .etf}), {@link org.attune.core.eaf.Ecv} for external vocabularies ({@code .ecv}).
 * Reading is lenient where ELAN is (repairs are reported as {@link org.attune.core.eaf.Problem warnings});
 * writing produces EAF 3.0 validated against the official schema, atomically. Bad input raises
 * {@link org.attune.core.eaf.EafFormatException} with file, line and column.
 */
package org.attune.core.eaf;
