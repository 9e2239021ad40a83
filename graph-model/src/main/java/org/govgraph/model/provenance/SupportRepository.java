package org.govgraph.model.provenance;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.govgraph.model.graph.GraphNode.Provenance;
import org.govgraph.model.graph.Page;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.ProvenanceKind;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * From a source to what rests on it: the facts (entity values and relationships) that one
 * source supports, read from the {@code Support} nodes the loader writes, one per provenance
 * entry, through the index on {@code Support(source, locator)}: a lookup, not a scan of the
 * graph. A fact about a retired entity (its subject, or a relationship's other end, carries
 * {@code :Retired}) is left out, as every read but identity leaves retired entities out.
 */
@Repository
@Transactional(readOnly = true)
public class SupportRepository {

	private final Neo4jClient client;

	private final AtomicLong statements = new AtomicLong();

	public SupportRepository(Neo4jClient client) {
		this.client = client;
	}

	/** How many Cypher statements this repository has run. */
	public long statementCount() {
		return this.statements.get();
	}

	/**
	 * A source, or one of its paragraphs: the source's key (a source document's instrument key,
	 * or {@code curated/E6}), and for a paragraph its eId.
	 *
	 * @param source the source's key
	 * @param locator a paragraph's eId; null for everything the source supports
	 */
	public record Target(String source, String locator) {
	}

	/**
	 * A fact a source supports: the entity it is about, or the relationship (its type and the
	 * entity at its other end), and the provenance entry that supports it.
	 *
	 * @param subjectLabel the label of the entity, or of the relationship's start
	 * @param subjectKey its key
	 * @param relationshipType for a relationship, its type; null for an entity's values
	 * @param objectLabel for a relationship, the label of its end; null otherwise
	 * @param objectKey for a relationship, the key of its end; null otherwise
	 * @param provenance the supporting entry (its {@code supports} names the entity's properties)
	 */
	public record SupportedFact(NodeLabel subjectLabel, String subjectKey, String relationshipType,
			NodeLabel objectLabel, String objectKey, Provenance provenance) {
	}

	private static final String SUPPORTS = """
			UNWIND $targets AS target
			CALL (target) {
			  MATCH (s:Support)
			  WHERE s.source = target.source AND (target.locator IS NULL OR s.locator = target.locator)
			    AND NOT EXISTS {
			      MATCH (x:Retired)
			      WHERE (x.key = s.subjectKey AND s.subjectLabel IN labels(x)) OR (x.key = s.objectKey AND s.objectLabel IN labels(x)) }
			  WITH s ORDER BY s.key
			  WITH collect({node: s, sortValue: s.key}) AS rows
			  RETURN size(rows) AS total,
			         [r IN rows WHERE $afterKey IS NULL OR r.sortValue > $afterKey][0..$limit] AS page
			}
			RETURN target.source AS source, target.locator AS locator, total, page
			""";

	/**
	 * For each target, one page of the facts it supports whose entities are all live, by support
	 * key: one statement for all of them. The check scans the {@code :Retired} label, which holds
	 * only the few retired entities.
	 */
	public Map<Target, Page<SupportedFact>> supports(Collection<Target> targets, String afterKey, int first) {
		var parameters = new HashMap<String, Object>();
		parameters.put("targets", targets.stream().map((t) -> {
			var map = new HashMap<String, Object>();
			map.put("source", t.source());
			map.put("locator", t.locator());
			return map;
		}).toList());
		parameters.put("afterKey", afterKey);
		parameters.put("limit", first + 1);
		var result = new LinkedHashMap<Target, Page<SupportedFact>>();
		this.statements.incrementAndGet();
		this.client.query(SUPPORTS)
			.bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, record) -> result.put(
					new Target(record.get("source").asString(), record.get("locator").asString(null)),
					Page.fromRows(record, first, (row) -> fact(row.get("node")))))
			.all();
		targets.forEach((t) -> result.putIfAbsent(t, new Page<>(List.of(), false, 0)));
		return result;
	}

	private static SupportedFact fact(Value support) {
		var entry = new Provenance(text(support, "source"), text(support, "locator"), text(support, "quote"),
				ProvenanceKind.valueOf(support.get("kind").asString()), strings(support, "supports"),
				text(support, "rule"), strings(support, "derivedFrom"));
		return new SupportedFact(label(support, "subjectLabel"), support.get("subjectKey").asString(),
				text(support, "relationshipType"), label(support, "objectLabel"), text(support, "objectKey"), entry);
	}

	private static String text(Value node, String property) {
		String value = node.get(property).asString(null);
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static List<String> strings(Value node, String property) {
		Value value = node.get(property);
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

	private static NodeLabel label(Value node, String property) {
		String value = text(node, property);
		return (value != null) ? NodeLabel.ofLabel(value).orElseThrow() : null;
	}

}
