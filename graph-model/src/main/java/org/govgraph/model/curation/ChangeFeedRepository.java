package org.govgraph.model.curation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.govgraph.model.vocabulary.NodeLabel;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change feed: the {@code (:Change)} nodes of the change log (see the package description)
 * in sequence order, read through the unique index on {@code Change.sequence}. Since sequences
 * follow commit order without gaps, "the changes after sequence n" is a complete answer: a
 * change numbered below one already seen is never committed later.
 */
@Repository
@Transactional(readOnly = true)
public class ChangeFeedRepository {

	/**
	 * One committed change to an entity.
	 *
	 * @param sequence its place in commit order (1, 2, 3 … without gaps)
	 * @param at when it was committed
	 * @param by who made it
	 * @param label the entity's label
	 * @param key the entity's key
	 * @param version the entity's version after the change
	 * @param comment what the curator said of it; null when nothing
	 */
	public record Change(long sequence, OffsetDateTime at, String by, ChangeOperation operation, NodeLabel label,
			String key, long version, String comment) {
	}

	/**
	 * One page of the feed.
	 *
	 * @param changes the changes of the page, by sequence
	 * @param hasNext whether changes follow this page
	 * @param totalCount how many changes (of the labels asked) the log holds in all
	 */
	public record ChangePage(List<Change> changes, boolean hasNext, long totalCount) {

		public ChangePage {
			changes = List.copyOf(changes);
		}

	}

	private static final String AFTER = """
			MATCH (c:Change)
			WHERE c.sequence > $after AND ($labels IS NULL OR c.label IN $labels)
			WITH c ORDER BY c.sequence
			LIMIT $limit
			RETURN c
			""";

	private static final String COUNT_ALL = """
			MATCH (c:Change)
			RETURN count(c) AS total
			""";

	private static final String COUNT_OF_LABELS = """
			UNWIND $labels AS label
			MATCH (c:Change {label: label})
			RETURN count(c) AS total
			""";

	private static final String LAST_SEQUENCE = """
			OPTIONAL MATCH (c:ChangeCounter {name: $name})
			RETURN coalesce(c.sequence, 0) AS sequence
			""";

	private final Neo4jClient client;

	private final AtomicLong statements = new AtomicLong();

	public ChangeFeedRepository(Neo4jClient client) {
		this.client = client;
	}

	/** How many Cypher statements this repository has run. */
	public long statementCount() {
		return this.statements.get();
	}

	/**
	 * The changes after a sequence, in sequence order, at most {@code limit} of them.
	 *
	 * @param after the sequence to start after (0: from the first change)
	 * @param labels only changes to entities of these labels; null for every label
	 */
	public List<Change> after(long after, Collection<NodeLabel> labels, int limit) {
		var parameters = new HashMap<String, Object>();
		parameters.put("after", after);
		parameters.put("labels", (labels != null) ? labels.stream().map(NodeLabel::label).toList() : null);
		parameters.put("limit", limit);
		this.statements.incrementAndGet();
		return List.copyOf(this.client.query(AFTER)
			.bindAll(parameters)
			.fetchAs(Change.class)
			.mappedBy((types, record) -> change(record.get("c")))
			.all());
	}

	/** A page of the changes after a sequence, with the total count, in one read transaction. */
	public ChangePage page(long after, Collection<NodeLabel> labels, int first) {
		var changes = after(after, labels, first + 1);
		this.statements.incrementAndGet();
		long total = (labels == null)
				? this.client.query(COUNT_ALL).fetchAs(Long.class).one().orElse(0L)
				: this.client.query(COUNT_OF_LABELS)
					.bind(labels.stream().map(NodeLabel::label).distinct().toList())
					.to("labels")
					.fetchAs(Long.class)
					.one()
					.orElse(0L);
		return new ChangePage(changes.subList(0, Math.min(first, changes.size())), changes.size() > first, total);
	}

	/** The sequence of the last committed change; 0 when the log is empty. */
	public long lastSequence() {
		this.statements.incrementAndGet();
		return this.client.query(LAST_SEQUENCE).bind(ChangeLog.COUNTER).to("name").fetchAs(Long.class).one().orElse(0L);
	}

	private static Change change(Value node) {
		String comment = node.get("comment").asString(null);
		return new Change(node.get("sequence").asLong(), node.get("at").asZonedDateTime().toOffsetDateTime(),
				node.get("by").asString(), ChangeOperation.valueOf(node.get("operation").asString()),
				NodeLabel.ofLabel(node.get("label").asString()).orElseThrow(), node.get("key").asString(),
				node.get("version").asLong(), comment);
	}

}
