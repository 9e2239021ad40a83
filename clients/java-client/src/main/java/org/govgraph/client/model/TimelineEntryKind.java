package org.govgraph.client.model;

/**
 * What a timeline entry is.
 */
public enum TimelineEntryKind {

	/**
	 * An instrument, at its date.
	 */
	INSTRUMENT,

	/**
	 * An event, at its start.
	 */
	EVENT;

}
