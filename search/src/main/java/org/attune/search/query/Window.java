package org.attune.search.query;

/** How far a step's event may follow the previous one: a time or a number of utterances. */
public sealed interface Window permits TimeWindow, UtteranceWindow {
}
