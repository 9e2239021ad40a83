package org.govgraph.model.calendar;

import org.govgraph.model.graph.GraphNode;

/**
 * The iCalendar {@code UID} of an event: the one it was imported with ({@code uid}), or one
 * made from its key, which is stable and never reused (retiring is soft), so the UID is too.
 * Feeds, incremental sync, webhooks and import all use this one rule.
 */
public final class EventUid {

	/** The property holding an imported event's own UID. */
	public static final String PROPERTY = "uid";

	/** The domain part of the UIDs made from keys. */
	public static final String DOMAIN = "governance-graph";

	private EventUid() {
	}

	public static String of(GraphNode event) {
		var uid = event.string(PROPERTY);
		return (uid != null) ? uid : of(event.key());
	}

	/** The UID of an event that has no imported one. */
	public static String of(String key) {
		return key + "@" + DOMAIN;
	}

	/**
	 * The Cypher of "event {@code n} belongs to the calendar of forum {@code forum}": it is, or is
	 * part of, a meeting of (or convened by) the forum or one of its organs. For Cypher text
	 * blocks in repositories, with {@code n} and {@code forum} bound.
	 */
	public static final String IN_FORUM_CALENDAR = """
			EXISTS {
			  MATCH (n)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(:Forum)-[:PART_OF*0..]->(forum)
			}""";

}
