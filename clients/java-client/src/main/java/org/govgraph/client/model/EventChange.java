package org.govgraph.client.model;

/**
 * An event as a sync delivers it: its current state, or a tombstone.
 *
 * @param uid the event's iCalendar {@code UID}: the one it was imported with, or {@code &lt;key&gt;@governance-graph}; the same as in the calendar feeds.
 * @param key the event's key.
 * @param status {@code CONFIRMED} for an event to keep or update, {@code CANCELLED} for one to remove (retired, or out of the forum's calendar).
 * @param version the event's version now (see {@code Node.version}).
 * @param sequence the sequence of the event's latest change this sync covers (for a snapshot, its latest change of all; {@code "0"} when the change log never recorded one), as decimal digits (see {@code Change.sequence}).
 * @param event the event as it is now, retired included ({@code retired: true} on a retired tombstone).
 */
public record EventChange(String uid, String key, EventSyncStatus status, int version, String sequence, Event event) {

}
