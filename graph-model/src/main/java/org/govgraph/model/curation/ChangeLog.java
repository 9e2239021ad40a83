package org.govgraph.model.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govgraph.model.vocabulary.NodeLabel;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes the change log inside the transaction of the write it records (see the package
 * description): {@link #lock} first, then one {@link #record} per changed entity. The counter's
 * lock is held until the transaction ends, so sequence numbers follow commit order and a
 * rolled-back write leaves no gap.
 */
public final class ChangeLog {

	/** The name of the one counter node. */
	public static final String COUNTER = "changes";

	private ChangeLog() {
	}

	/**
	 * Takes the change counter's write lock: the first statement of every write, so that what
	 * the write reads afterwards (versions, keys) cannot change before it commits.
	 */
	public static void lock(SimpleQueryRunner tx) {
		tx.run("""
				MERGE (c:ChangeCounter {name: $name})
				ON CREATE SET c.sequence = 0
				SET c.lockedAt = datetime.realtime()
				""", Map.of("name", COUNTER)).consume();
	}

	/**
	 * A relationship as it was added or removed.
	 *
	 * @param properties its properties (provenance lists included)
	 */
	public record RelationshipState(String type, NodeLabel fromLabel, String fromKey, NodeLabel toLabel, String toKey,
			Map<String, Object> properties) {

		public RelationshipState {
			properties = Map.copyOf(properties);
		}

		Map<String, Object> row() {
			var row = new LinkedHashMap<String, Object>(this.properties);
			row.put("type", this.type);
			row.put("fromLabel", this.fromLabel.label());
			row.put("fromKey", this.fromKey);
			row.put("toLabel", this.toLabel.label());
			row.put("toKey", this.toKey);
			return row;
		}

	}

	/**
	 * One entity's change.
	 *
	 * @param version the entity's version after the write
	 * @param before its properties before the write; null for a creation
	 * @param after its properties after the write
	 * @param added relationships the write added (from or to the entity)
	 * @param removed relationships the write removed
	 */
	public record Entry(ChangeOperation operation, NodeLabel label, String key, long version, String by, String comment,
			String correlationId, Map<String, Object> before, Map<String, Object> after, List<RelationshipState> added,
			List<RelationshipState> removed) {

		public Entry {
			added = List.copyOf(added);
			removed = List.copyOf(removed);
		}

	}

	/** What {@link #record} assigned. */
	public record Recorded(long sequence, java.time.ZonedDateTime at) {
	}

	/** Records one change with the next sequence number (see {@link #recordAll}). */
	public static Recorded record(SimpleQueryRunner tx, Entry entry) {
		return recordAll(tx, List.of(entry)).getFirst();
	}

	/**
	 * Records changes in one statement (one for a curator's write, all of a dataset load's),
	 * numbered in the order given: the counter moves by their number once, and they all carry the
	 * same time, which never goes back: the later of the clock and the previous change's time, so
	 * that the entity as it was at a moment is the result of exactly the changes numbered up to
	 * some point.
	 */
	public static List<Recorded> recordAll(SimpleQueryRunner tx, List<Entry> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		var rows = new ArrayList<Map<String, Object>>();
		for (Entry entry : entries) {
			var row = new LinkedHashMap<String, Object>();
			row.put("operation", entry.operation().name());
			row.put("label", entry.label().label());
			row.put("key", entry.key());
			row.put("version", entry.version());
			row.put("by", entry.by());
			row.put("comment", entry.comment());
			row.put("correlationId", entry.correlationId());
			row.put("before", entry.before());
			row.put("after", entry.after());
			row.put("added", rows(entry.added()));
			row.put("removed", rows(entry.removed()));
			rows.add(row);
		}
		return tx.run("""
				MATCH (c:ChangeCounter {name: $name})
				WITH c, datetime.realtime() AS now, c.sequence AS base
				SET c.sequence = c.sequence + size($rows),
				    c.lastAt = CASE WHEN c.lastAt IS NULL OR now > c.lastAt THEN now ELSE c.lastAt END
				WITH c, base
				UNWIND range(0, size($rows) - 1) AS i
				WITH c, base + i + 1 AS sequence, $rows[i] AS row
				CREATE (ch:Change {sequence: sequence, at: c.lastAt, by: row.by, operation: row.operation,
				                   label: row.label, key: row.key, version: row.version})
				SET ch.comment = row.comment, ch.correlationId = row.correlationId
				FOREACH (before IN CASE WHEN row.before IS NULL THEN [] ELSE [row.before] END |
				  CREATE (ch)-[:BEFORE]->(s:Snapshot) SET s = before)
				FOREACH (after IN CASE WHEN row.after IS NULL THEN [] ELSE [row.after] END |
				  CREATE (ch)-[:AFTER]->(s:Snapshot) SET s = after)
				FOREACH (r IN row.added | CREATE (ch)-[:ADDED]->(x:RelationshipSnapshot) SET x = r)
				FOREACH (r IN row.removed | CREATE (ch)-[:REMOVED]->(x:RelationshipSnapshot) SET x = r)
				RETURN ch.sequence AS sequence, ch.at AS at
				ORDER BY sequence
				""", Map.of("name", COUNTER, "rows", rows))
			.list((r) -> new Recorded(r.get("sequence").asLong(), r.get("at").asZonedDateTime()));
	}

	private static List<Map<String, Object>> rows(List<RelationshipState> states) {
		var rows = new ArrayList<Map<String, Object>>();
		states.forEach((s) -> rows.add(s.row()));
		return rows;
	}

}
