/**
 * Other formats: SubRip, WebVTT, plain-text and CSV transcripts and Praat TextGrids into EAF documents of the
 * Attune profile, and documents out as TextGrid, ELAN tab-delimited text, subtitles and tidy CSV tables.
 * {@link org.attune.core.formats.Formats} is the entry point; {@code docs/formats.md} describes the mappings.
 */
package org.attune.core.formats;
