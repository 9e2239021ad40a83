package org.govgraph.api.support;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govgraph.model.curation.ChangeLog;
import org.govgraph.model.curation.ChangeLog.Entry;
import org.govgraph.model.curation.ChangeLog.Recorded;
import org.govgraph.model.curation.ChangeOperation;
import org.govgraph.model.vocabulary.NodeLabel;
import org.neo4j.driver.Driver;

/**
 * Records changes in the change log as a committed write does, through a Neo4j driver: the
 * counter's lock first, then one entry per changed entity, in one transaction. The entities
 * themselves are left as they are: these tests are about the log.
 */
public final class ChangeLogWrites {

	/** How the API writes a {@code DateTime}: milliseconds and the offset. */
	public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

	private final Driver driver;

	public ChangeLogWrites(Driver driver) {
		this.driver = driver;
	}

	/** An entry for a change by {@code by}, with the entity's key as its only property after the change. */
	public static Entry entry(ChangeOperation operation, NodeLabel label, String key, long version, String by,
			String comment) {
		Map<String, Object> before = (operation == ChangeOperation.CREATED) ? null : Map.of("key", key);
		return new Entry(operation, label, key, version, by, comment, "test-" + key, before, Map.of("key", key), List.of(),
				List.of());
	}

	/** Commits the entries in one write transaction; what the log assigned to each, in order. */
	public List<Recorded> commit(Entry... entries) {
		try (var session = this.driver.session(); var tx = session.beginTransaction()) {
			ChangeLog.lock(tx);
			var recorded = new ArrayList<Recorded>();
			for (Entry entry : entries) {
				recorded.add(ChangeLog.record(tx, entry));
			}
			tx.commit();
			return recorded;
		}
	}

	/** The sequence of the last change committed; 0 when there is none. */
	public long lastSequence() {
		try (var session = this.driver.session()) {
			return session.run("OPTIONAL MATCH (c:ChangeCounter {name: $name}) RETURN coalesce(c.sequence, 0) AS s",
					Map.of("name", ChangeLog.COUNTER)).single().get("s").asLong();
		}
	}

	/** How many changes the log holds of these labels (all labels when none are given). */
	public long count(NodeLabel... labels) {
		try (var session = this.driver.session()) {
			List<String> names = java.util.Arrays.stream(labels).map(NodeLabel::label).toList();
			return session.run("MATCH (c:Change) WHERE size($labels) = 0 OR c.label IN $labels RETURN count(c) AS n",
					Map.of("labels", names)).single().get("n").asLong();
		}
	}

}
