package org.govgraph.model.calendar;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govgraph.model.graph.GraphNode;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of a calendar feed, retired ones included (a feed keeps them as cancelled for a
 * while), each with what a feed needs from its history: when it was created and last changed,
 * how many of its changes were significant to a calendar (its time, place or status: the
 * iCalendar {@code SEQUENCE}), when it was retired, and the fora whose meetings it is part of.
 * Scopes: all events; a forum's calendar ({@link EventUid#IN_FORUM_CALENDAR}); a series (an
 * event and what is part of it, at any depth); a stakeholder group's (events announced by, or
 * prepared for by, an instrument that invites the group, with their parts, and the calendars of
 * the fora the group is a membership category of).
 */
@Repository
@Transactional(readOnly = true)
public class CalendarFeedRepository {

	/** The properties whose change is significant to a calendar: a change to one of them increments SEQUENCE. */
	public static final List<String> SIGNIFICANT = List.of("start", "end", "timeZone", "durationMinutes", "venue",
			"city", "region", "country", "retired", "rrule", "rdates", "exdates");

	private static final String ROWS = """
			CALL (n) {
			  OPTIONAL MATCH (ch:Change {label: 'Event', key: n.key})
			  OPTIONAL MATCH (ch)-[:BEFORE]->(b:Snapshot)
			  OPTIONAL MATCH (ch)-[:AFTER]->(a:Snapshot)
			  RETURN min(ch.at) AS created, max(ch.at) AS modified, max(ch.sequence) AS lastChange,
			         sum(CASE WHEN b IS NOT NULL AND a IS NOT NULL
			                   AND any(p IN $significant WHERE NOT coalesce(b[p] = a[p], b[p] IS NULL AND a[p] IS NULL))
			                  THEN 1 ELSE 0 END) AS sequence,
			         max(CASE WHEN coalesce(a.retired, false) AND NOT coalesce(b.retired, false) THEN ch.at END) AS retiredAt
			}
			CALL (n) {
			  OPTIONAL MATCH (n)-[:PART_OF*0..]->(:Event)-[:MEETING_OF|CONVENED_BY]->(f:Forum)
			  WITH f ORDER BY f.key
			  RETURN collect(DISTINCT coalesce(f.name, f.key)) AS fora
			}
			CALL (n) {
			  OPTIONAL MATCH (n)-[:REMOTE_PARTICIPATION_BY]->(r:Forum)
			  WITH r ORDER BY r.key
			  RETURN collect(DISTINCT coalesce(r.name, r.key)) AS remoteBy
			}
			RETURN n, created, modified, lastChange, sequence, retiredAt, fora, remoteBy
			ORDER BY n.key, n.recurrenceId
			""";

	private static final String ALL = """
			MATCH (n:Event)
			""" + ROWS;

	private static final String FORUM = """
			MATCH (forum:Forum {key: $key})
			MATCH (n:Event)
			WHERE""" + " " + EventUid.IN_FORUM_CALENDAR + "\n" + ROWS;

	private static final String SERIES = """
			MATCH (s:Event {key: $key})
			MATCH (n:Event)-[:PART_OF*0..]->(s)
			WITH DISTINCT n
			""" + ROWS;

	private static final String STAKEHOLDER_GROUP = """
			MATCH (g:StakeholderGroup {key: $key})
			MATCH (n:Event)
			WHERE EXISTS { MATCH (n)-[:PART_OF*0..]->(:Event)<-[:ANNOUNCES|PREPARED_FOR]-(:Instrument)-[:INVITES]->(g) }
			   OR EXISTS {
			     MATCH (g)-[:MEMBERSHIP_CATEGORY_OF]->(forum:Forum)
			     WHERE""" + " " + EventUid.IN_FORUM_CALENDAR + """

			   }
			""" + ROWS;

	private static final String SCOPE_NAME = """
			MATCH (x:$($label) {key: $key})
			RETURN coalesce(x.name, x.key) AS name
			""";

	/** What a calendar feed is of. */
	public enum Scope {

		/** Every event. */
		ALL("Event"),

		/** A forum's calendar, its organs' included. */
		FORUM("Forum"),

		/** An event and its parts. */
		SERIES("Event"),

		/** The events a stakeholder group is invited to or takes part in. */
		STAKEHOLDER_GROUP("StakeholderGroup");

		private final String label;

		Scope(String label) {
			this.label = label;
		}

		/** The label of the node a scope is named by. */
		public String label() {
			return this.label;
		}

	}

	/**
	 * An event as a feed shows it.
	 *
	 * @param event the event (retired or not)
	 * @param created when its first change was recorded; null when it has none
	 * @param modified when its last change was recorded; null when it has none
	 * @param lastChange the sequence number of its last change; 0 when it has none
	 * @param sequence how many of its changes touched a {@link #SIGNIFICANT} property
	 * @param retiredAt when it was last retired; null when never
	 * @param fora the names of the fora whose meetings it is (part of)
	 * @param remoteParticipationBy the names of the fora offering remote participation in it
	 */
	public record FeedEvent(GraphNode event, ZonedDateTime created, ZonedDateTime modified, long lastChange,
			long sequence, ZonedDateTime retiredAt, List<String> fora, List<String> remoteParticipationBy) {

		public FeedEvent {
			fora = List.copyOf(fora);
			remoteParticipationBy = List.copyOf(remoteParticipationBy);
		}

	}

	private final Neo4jClient client;

	public CalendarFeedRepository(Neo4jClient client) {
		this.client = client;
	}

	/** The name of the node a scope is named by (a forum's, a series', a group's); empty when there is none. */
	public Optional<String> scopeName(Scope scope, String key) {
		if (scope == Scope.ALL) {
			return Optional.of("");
		}
		return this.client.query(SCOPE_NAME)
			.bindAll(Map.of("label", scope.label(), "key", key))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("name").asString())
			.one();
	}

	/** The events of a scope, by key (an overridden instance after its master). */
	public List<FeedEvent> events(Scope scope, String key) {
		String cypher = switch (scope) {
			case ALL -> ALL;
			case FORUM -> FORUM;
			case SERIES -> SERIES;
			case STAKEHOLDER_GROUP -> STAKEHOLDER_GROUP;
		};
		return List.copyOf(this.client.query(cypher)
			.bindAll(Map.of("key", (key != null) ? key : "", "significant", SIGNIFICANT))
			.fetchAs(FeedEvent.class)
			.mappedBy((types, record) -> new FeedEvent(GraphNode.of(record.get("n")), time(record.get("created")),
					time(record.get("modified")), record.get("lastChange").isNull() ? 0 : record.get("lastChange").asLong(),
					record.get("sequence").asLong(), time(record.get("retiredAt")),
					record.get("fora").asList(Value::asString), record.get("remoteBy").asList(Value::asString)))
			.all());
	}

	private static ZonedDateTime time(Value value) {
		return value.isNull() ? null : value.asZonedDateTime();
	}

}
