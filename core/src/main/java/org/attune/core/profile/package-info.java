/**
 * The Attune profile of EAF ({@code docs/eaf-profile.md}): how codings, ratings, notes, coders and speaker
 * roles are stored in ELAN structures ({@link org.attune.core.profile.AttuneProfile}), the domain view of a
 * session read from them ({@link org.attune.core.profile.SessionView}: utterances and codings), and coding
 * edits as pure functions from one document to the next ({@link org.attune.core.profile.CodingEdits}), and a
 * builder of coded sessions from plain data ({@link org.attune.core.profile.Sessions}).
 */
package org.attune.core.profile;
