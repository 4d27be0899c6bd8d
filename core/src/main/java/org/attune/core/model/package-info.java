/**
 * The ELAN annotation document as immutable values: {@link org.attune.core.model.AnnotationDocument} and the
 * records it holds (header, time slots, tiers, alignable and reference annotations, linguistic types and
 * constraints, multilingual controlled vocabularies, languages, locales, licences, lexicon and external
 * references, ref link sets). Everything an EAF 3.0 file holds is here, so nothing is lost between reading
 * and writing. {@link org.attune.core.model.DocumentIndex} resolves ids and times over one snapshot.
 *
 * <p>Conventions: an optional attribute that is absent is {@code null}; lists are never null; ids are kept
 * as written; an edit ({@code with...}) returns a new value.
 */
package org.attune.core.model;
