package org.govgraph.client.model;

/**
 * Whether a synced event stays in the client's calendar.
 */
public enum EventSyncStatus {

	/**
	 * The event is in the calendar: create or update it.
	 */
	CONFIRMED,

	/**
	 * The event is no longer in the calendar (retired, or it left the forum's calendar): remove it. A
	 * client may receive this for an event it never had (created and retired since its last sync); it
	 * ignores it.
	 */
	CANCELLED;

}
