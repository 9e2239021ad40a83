package org.govgraph.model.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.govgraph.model.curation.ChangeLog;
import org.govgraph.model.graph.GraphNode;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of incremental event sync ({@code eventChanges}): a snapshot of the events by key,
 * and the events changed between two sequences of the change log, one entry per event (its
 * latest change in that range), ordered by that change's sequence. Both read the change
 * counter first: whatever is committed after that read has a higher sequence, so the next sync
 * from it delivers it, even if this read saw it too.
 */
@Repository
@Transactional(readOnly = true)
public class EventSyncRepository {

	/**
	 * An event as a sync delivers it.
	 *
	 * @param event the event as it is now (a retired one included)
	 * @param sequence the sequence of its latest change within the sync's range; for a snapshot,
	 * of its latest change of all (0 for an event the log never recorded)
	 * @param inCalendar false when a forum was asked and the event is no longer in its calendar
	 * (it left it through a disconnection since the token); true otherwise
	 */
	public record SyncedEvent(GraphNode event, long sequence, boolean inCalendar) {
	}

	/**
	 * A page of a sync.
	 *
	 * @param upTo the last sequence the sync covers: the one given, or the counter as read first
	 * @param events the page's events
	 * @param hasNext whether more follow
	 */
	public record SyncPage(long upTo, List<SyncedEvent> events, boolean hasNext) {

		public SyncPage {
			events = List.copyOf(events);
		}

	}

	private static final String LAST_SEQUENCE = """
			OPTIONAL MATCH (c:ChangeCounter {name: $name})
			RETURN coalesce(c.sequence, 0) AS sequence
			""";

	private static final String SNAPSHOT = """
			MATCH (n:Event)
			WHERE NOT n:Retired AND n.key > $afterKey
			WITH n ORDER BY n.key
			LIMIT $limit
			OPTIONAL MATCH (c:Change {label: 'Event', key: n.key})
			WITH n, coalesce(max(c.sequence), 0) AS sequence
			RETURN n, sequence, true AS inCalendar
			ORDER BY n.key
			""";

	private static final String SNAPSHOT_OF_FORUM = """
			MATCH (forum:Forum {key: $forum})
			MATCH (n:Event)
			WHERE NOT n:Retired AND n.key > $afterKey AND
			""" + EventUid.IN_FORUM_CALENDAR + """

			WITH n ORDER BY n.key
			LIMIT $limit
			OPTIONAL MATCH (c:Change {label: 'Event', key: n.key})
			WITH n, coalesce(max(c.sequence), 0) AS sequence
			RETURN n, sequence, true AS inCalendar
			ORDER BY n.key
			""";

	private static final String CHANGED = """
			MATCH (c:Change)
			WHERE c.sequence > $from AND c.sequence <= $upTo AND c.label = 'Event'
			WITH c.key AS key, max(c.sequence) AS sequence
			WHERE sequence > $afterSequence
			WITH key, sequence ORDER BY sequence
			LIMIT $limit
			MATCH (n:Event {key: key})
			RETURN n, sequence, true AS inCalendar
			ORDER BY sequence
			""";

	/**
	 * With a forum: an event changed in the range that is in the forum's calendar now, or that is
	 * not but was disconnected from something in the range (it may have left the calendar).
	 */
	private static final String CHANGED_OF_FORUM = """
			MATCH (forum:Forum {key: $forum})
			MATCH (c:Change)
			WHERE c.sequence > $from AND c.sequence <= $upTo AND c.label = 'Event'
			WITH forum, c.key AS key, max(c.sequence) AS sequence, 'DISCONNECTED' IN collect(c.operation) AS disconnected
			WHERE sequence > $afterSequence
			MATCH (n:Event {key: key})
			WITH n, sequence, disconnected,
			""" + EventUid.IN_FORUM_CALENDAR + """
			 AS inCalendar
			WHERE inCalendar OR disconnected
			WITH n, sequence, inCalendar ORDER BY sequence
			LIMIT $limit
			RETURN n, sequence, inCalendar
			ORDER BY sequence
			""";

	private static final String FORUM_EXISTS = """
			OPTIONAL MATCH (f:Forum {key: $key})
			RETURN f IS NOT NULL AS found
			""";

	private final Neo4jClient client;

	public EventSyncRepository(Neo4jClient client) {
		this.client = client;
	}

	/** The sequence of the last committed change; 0 when the log is empty. */
	public long lastSequence() {
		return this.client.query(LAST_SEQUENCE).bind(ChangeLog.COUNTER).to("name").fetchAs(Long.class).one().orElse(0L);
	}

	/**
	 * A page of the snapshot: the events not retired, by key, after a key.
	 *
	 * @param forum only the events of this forum's calendar ({@link EventUid#IN_FORUM_CALENDAR}); null for all
	 * @param afterKey the key to start after ("" for the first page)
	 * @param upTo the sequence of the sync's first page; null to read the counter (first page)
	 */
	public SyncPage snapshot(String forum, String afterKey, Long upTo, int first) {
		long bound = (upTo != null) ? upTo : lastSequence();
		var parameters = new HashMap<String, Object>();
		parameters.put("forum", forum);
		parameters.put("afterKey", afterKey);
		parameters.put("limit", first + 1);
		return page(bound, (forum != null) ? SNAPSHOT_OF_FORUM : SNAPSHOT, parameters, first);
	}

	/**
	 * A page of the events changed after sequence {@code from}, up to {@code upTo} (the counter
	 * when null: a sync's first page), each once, by the sequence of its latest change there.
	 *
	 * @param afterSequence the sequence of the last event of the previous page (0 for the first)
	 */
	public SyncPage changed(String forum, long from, Long upTo, long afterSequence, int first) {
		long bound = (upTo != null) ? upTo : lastSequence();
		var parameters = new HashMap<String, Object>();
		parameters.put("forum", forum);
		parameters.put("from", from);
		parameters.put("upTo", bound);
		parameters.put("afterSequence", afterSequence);
		parameters.put("limit", first + 1);
		return page(bound, (forum != null) ? CHANGED_OF_FORUM : CHANGED, parameters, first);
	}

	/** Whether a forum of this key exists (retired or not). */
	public boolean forumExists(String key) {
		return this.client.query(FORUM_EXISTS)
			.bind(key)
			.to("key")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	private SyncPage page(long upTo, String cypher, Map<String, Object> parameters, int first) {
		var rows = new ArrayList<>(this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(SyncedEvent.class)
			.mappedBy((types, record) -> new SyncedEvent(GraphNode.of(record.get("n")), record.get("sequence").asLong(),
					record.get("inCalendar").asBoolean()))
			.all());
		boolean hasNext = rows.size() > first;
		return new SyncPage(upTo, rows.subList(0, Math.min(first, rows.size())), hasNext);
	}

}
