package org.govgraph.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govgraph.model.curation.ChangeLog;
import org.govgraph.model.dataset.DatasetVersion;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.RelationshipType;
import org.govgraph.seed.LoadPlan.NodeKey;
import org.govgraph.seed.LoadPlan.StoredNode;
import org.govgraph.seed.LoadPlan.StoredRelationship;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link Dataset} into the graph in one transaction, beside what curators wrote:
 * the load manages only the dataset's own facts and leaves curators' values, nodes,
 * relationships and provenance entries alone (see {@link LoadPlan} for the rules). Loading the
 * same dataset twice changes nothing; a node the dataset no longer holds is retired, not
 * deleted. Every node it creates or changes gets a new version and a change-log entry by
 * {@code "dataset"}. Provenance is stored on every node and relationship as eight parallel
 * lists ({@code provenanceSources}, {@code provenanceLocators}, {@code provenanceQuotes},
 * {@code provenanceKinds}, {@code provenanceSupports} (property names joined by ","),
 * {@code provenanceRules}, {@code provenanceDerivedFrom} (references joined by "|"),
 * {@code provenanceOrigins} ("dataset" or "curation"); an empty string where a field does not
 * apply), and each entry once more as a {@code (:Support)} node, so that what rests on a
 * source is an indexed look-up.
 */
public final class DatasetLoader {

	private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

	/**
	 * What a call to {@link #load} did.
	 *
	 * @param nodes the dataset's nodes and sources
	 * @param relationships the dataset's relationships
	 * @param created nodes created
	 * @param updated nodes whose values or outgoing dataset relationships changed
	 * @param retired nodes retired because the dataset no longer holds them
	 * @param restored retired nodes the dataset holds again
	 * @param conflicts curated values the dataset changed too (the curator's value stays)
	 */
	public record Result(String checksum, boolean written, int nodes, int relationships, int created, int updated,
			int retired, int restored, int conflicts) {
	}

	/** The label of the nodes that index provenance entries. */
	public static final String SUPPORT = "Support";

	/** The label of a conflict between a curator's value and a changed dataset value. */
	public static final String DATASET_CONFLICT = "DatasetConflict";

	private static final String READ_NODES = """
			MATCH (n)
			WHERE any(label IN labels(n) WHERE label IN $labels)
			WITH n, [label IN labels(n) WHERE label IN $labels][0] AS label
			OPTIONAL CALL (n, label) {
			  MATCH (c:Change {label: label, key: n.key})
			  WHERE n:Retired AND c.operation IN ['RETIRED', 'RESTORED']
			  RETURN c.by AS retiredBy ORDER BY c.sequence DESC LIMIT 1
			}
			RETURN label, n.key AS key, properties(n) AS properties, retiredBy,
			       COLLECT {
			         MATCH (n)-[r]->(m)
			         WHERE type(r) IN $types AND any(l IN labels(m) WHERE l IN $labels)
			         RETURN {type: type(r), toLabel: [l IN labels(m) WHERE l IN $labels][0], toKey: m.key,
			                 properties: properties(r)}
			       } AS outgoing
			""";

	private static final String READ_STATES = """
			MATCH (s:DatasetState)
			RETURN s.label AS label, s.key AS key, properties(s) AS properties
			""";

	private static final String WRITE_SOURCES = """
			UNWIND $rows AS row
			MERGE (s:Source {key: row.key})
			SET s = row.properties
			""";

	private static final String WRITE_NODES = """
			UNWIND $rows AS row
			MERGE (n:$(row.label) {key: row.key})
			SET n = row.properties
			""";

	private static final String RETIRE = """
			UNWIND $rows AS row
			MATCH (n:$(row.label) {key: row.key})
			SET n:Retired
			""";

	private static final String RESTORE = """
			UNWIND $rows AS row
			MATCH (n:$(row.label) {key: row.key})
			REMOVE n:Retired
			""";

	private static final String REMOVE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:$(row.fromLabel) {key: row.fromKey})-[r:$(row.type)]->(b:$(row.toLabel) {key: row.toKey})
			WHERE coalesce(r.origin, 'dataset') = 'dataset'
			DELETE r
			""";

	private static final String WRITE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:$(row.fromLabel) {key: row.fromKey})
			MATCH (b:$(row.toLabel) {key: row.toKey})
			MERGE (a)-[r:$(row.type)]->(b)
			SET r = row.properties
			""";

	private static final String WRITE_SUPPORTS = """
			UNWIND $rows AS row
			MERGE (s:Support {key: row.key})
			SET s = row
			""";

	/** Support nodes of what the load manages that match no entry any more; others' (curators') stay. */
	private static final String REMOVE_SUPPORTS = """
			MATCH (s:Support)
			WHERE NOT s.key IN $keys
			  AND CASE WHEN s.relationshipType IS NULL THEN s.subjectLabel + ':' + s.subjectKey IN $nodes
			           ELSE s.relationshipType + ':' + s.subjectKey + '->' + s.objectKey IN $relationships END
			DELETE s
			""";

	private static final String WRITE_STATES = """
			UNWIND $rows AS row
			MERGE (s:DatasetState {label: row.label, key: row.key})
			SET s[row.property] = row.value
			""";

	private static final String WRITE_CONFLICTS = """
			UNWIND $rows AS row
			MERGE (c:DatasetConflict {label: row.label, key: row.key, property: row.property, checksum: $checksum})
			ON CREATE SET c.at = datetime()
			SET c.datasetValue = row.datasetValue, c.curatedValue = row.curatedValue
			""";

	/** Sources the dataset no longer holds, unless a curator's provenance entry cites them. */
	private static final String REMOVE_SOURCES = """
			MATCH (s:Source) WHERE NOT s.key IN $keys
			  AND NOT EXISTS { MATCH (x:Support {source: s.key}) WHERE x.origin = 'curation' }
			  AND NOT EXISTS {
			    MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) AND n.provenanceOrigins IS NOT NULL
			      AND any(i IN range(0, size(n.provenanceOrigins) - 1)
			              WHERE n.provenanceOrigins[i] = 'curation' AND n.provenanceSources[i] = s.key)
			  }
			  AND NOT EXISTS {
			    MATCH ()-[r]->() WHERE type(r) IN $types AND r.provenanceOrigins IS NOT NULL
			      AND any(i IN range(0, size(r.provenanceOrigins) - 1)
			              WHERE r.provenanceOrigins[i] = 'curation' AND r.provenanceSources[i] = s.key)
			  }
			DETACH DELETE s
			""";

	private static final String WRITE_DATASET = """
			MERGE (d:Dataset {name: $name})
			SET d.loadedAt = CASE WHEN d.checksum = $checksum THEN d.loadedAt ELSE datetime() END,
			    d.checksum = $checksum
			""";

	private final Driver driver;

	public DatasetLoader(Driver driver) {
		this.driver = driver;
	}

	/** Loads the dataset unless the graph already holds this version of it. */
	public Result loadIfChanged(Dataset dataset) {
		try (var session = this.driver.session()) {
			String current = session.executeRead((tx) -> tx
				.run("MATCH (d:Dataset {name: $name}) RETURN d.checksum AS checksum",
						Map.of("name", DatasetVersion.GOVERNANCE))
				.list((record) -> record.get("checksum").asString(null))
				.stream()
				.findFirst()
				.orElse(null));
			if (dataset.checksum().equals(current)) {
				return new Result(dataset.checksum(), false, dataset.nodes().size() + dataset.sources().size(),
						dataset.relationships().size(), 0, 0, 0, 0, 0);
			}
		}
		return load(dataset);
	}

	/**
	 * Writes the dataset, all of it or (on any failure) nothing, and once it is committed logs
	 * what it did: a WARN per conflict with a curator's value, one INFO line with the counts.
	 */
	public Result load(Dataset dataset) {
		LoadPlan plan;
		try (var session = this.driver.session()) {
			plan = session.executeWrite((tx) -> write(tx, dataset));
		}
		plan.conflicts.forEach((c) -> log.warn(
				"Dataset {} changes {} {} {} to {}, which a curator set to {}: the curator's value stays",
				dataset.checksum(), c.label().label(), c.key(), c.property(), c.datasetValue(), c.curatedValue()));
		plan.curatorsNodes.forEach((n) -> log.warn(
				"Dataset {} holds {} {}, which a curator created: its values are left to curators", dataset.checksum(),
				n.label().label(), n.key()));
		var counts = plan.counts();
		var result = new Result(dataset.checksum(), true, dataset.nodes().size() + dataset.sources().size(),
				dataset.relationships().size(), counts.created(), counts.updated(), counts.retired(), counts.restored(),
				counts.conflicts());
		log.info("Dataset {} loaded ({} nodes, {} relationships): {} created, {} updated, {} retired, {} restored, {} conflicts",
				result.checksum(), result.nodes(), result.relationships(), result.created(), result.updated(),
				result.retired(), result.restored(), result.conflicts());
		return result;
	}

	/**
	 * Adds a dataset to the graph without comparing it with what the graph holds: its nodes,
	 * relationships, curated sources and Support nodes are written as a first load writes them
	 * (version 1, origin {@code dataset}), in one transaction, and what is there already is
	 * overwritten with the dataset's values. No change is recorded. For bulk loads of generated
	 * graphs ({@code org.govgraph.seed.synthetic}), chunk by chunk: a chunk holds copies of the
	 * nodes that what it adds refers to, which it does not write again.
	 *
	 * @param adds the keys of the nodes to write (and of the starts of the relationships to write)
	 * @return the numbers of nodes, relationships and Support nodes written
	 */
	public Appended append(Dataset dataset, java.util.function.Predicate<String> adds) {
		var plan = LoadPlan.of(dataset, Map.of(), Map.of());
		var sources = sourceRows(dataset);
		var nodes = plan.nodeWrites.stream().filter((w) -> adds.test(w.key())).map(LoadPlan.NodeWrite::row).toList();
		var relationships = plan.relationshipWrites.stream()
			.filter((w) -> adds.test(w.fromKey()))
			.map(LoadPlan.RelationshipWrite::row)
			.toList();
		var supports = plan.supportRows.stream().filter((row) -> adds.test(row.get("subjectKey").toString())).toList();
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				tx.run(WRITE_SOURCES, Map.of("rows", sources)).consume();
				tx.run(WRITE_NODES, Map.of("rows", nodes)).consume();
				tx.run(WRITE_RELATIONSHIPS, Map.of("rows", relationships)).consume();
				tx.run(WRITE_SUPPORTS, Map.of("rows", supports)).consume();
			});
		}
		return new Appended(nodes.size(), relationships.size(), supports.size());
	}

	/** What {@link #append} wrote: nodes (curated sources not counted), relationships, Support nodes. */
	public record Appended(int nodes, int relationships, int supports) {
	}

	private static List<Map<String, Object>> sourceRows(Dataset dataset) {
		return dataset.sources()
			.stream()
			.map((s) -> Map.<String, Object>of("key", s.key(), "properties",
					Map.of("key", s.key(), "statement", s.statement(), "url", s.url(), "kind", "CURATED")))
			.toList();
	}

	private static LoadPlan write(TransactionContext tx, Dataset dataset) {
		ChangeLog.lock(tx);
		var labels = Arrays.stream(NodeLabel.values()).map(NodeLabel::label).toList();
		var types = Arrays.stream(RelationshipType.values()).map(Enum::name).toList();
		var stored = new LinkedHashMap<NodeKey, StoredNode>();
		tx.run(READ_NODES, Map.of("labels", labels, "types", types))
			.list(DatasetLoader::storedNode)
			.forEach((node) -> stored.put(node.id(), node));
		var states = new LinkedHashMap<NodeKey, Map<String, Object>>();
		tx.run(READ_STATES).list().forEach((record) -> NodeLabel.ofLabel(record.get("label").asString(""))
			.ifPresent((label) -> states.put(new NodeKey(label, record.get("key").asString()),
					record.get("properties").asMap())));
		var plan = LoadPlan.of(dataset, stored, states);

		var sources = sourceRows(dataset);
		tx.run(WRITE_SOURCES, Map.of("rows", sources)).consume();
		tx.run(WRITE_NODES, Map.of("rows", plan.nodeWrites.stream().map(LoadPlan.NodeWrite::row).toList())).consume();
		tx.run(RETIRE, Map.of("rows", plan.retire.stream().map(DatasetLoader::row).toList())).consume();
		tx.run(RESTORE, Map.of("rows", plan.restore.stream().map(DatasetLoader::row).toList())).consume();
		tx.run(REMOVE_RELATIONSHIPS,
				Map.of("rows", plan.relationshipRemovals.stream().map(LoadPlan.RelationshipWrite::row).toList()))
			.consume();
		tx.run(WRITE_RELATIONSHIPS,
				Map.of("rows", plan.relationshipWrites.stream().map(LoadPlan.RelationshipWrite::row).toList()))
			.consume();
		tx.run(WRITE_SUPPORTS, Map.of("rows", plan.supportRows)).consume();
		tx.run(REMOVE_SUPPORTS, Map.of("keys", plan.supportRows.stream().map((row) -> row.get("key")).toList(), "nodes",
				List.copyOf(plan.managedNodeSupports), "relationships", List.copyOf(plan.managedRelationshipSupports)))
			.consume();
		tx.run(WRITE_STATES, Map.of("rows", plan.stateUpdates.stream().map(LoadPlan.StateUpdate::row).toList()))
			.consume();
		tx.run(WRITE_CONFLICTS, Map.of("rows", plan.conflicts.stream().map(LoadPlan.Conflict::row).toList(),
				"checksum", dataset.checksum()))
			.consume();
		tx.run(REMOVE_SOURCES, Map.of("keys", dataset.sources().stream().map(Dataset.CuratedSource::key).toList(),
				"labels", labels, "types", types))
			.consume();
		ChangeLog.recordAll(tx, plan.changes);
		tx.run(WRITE_DATASET, Map.of("name", DatasetVersion.GOVERNANCE, "checksum", dataset.checksum())).consume();
		return plan;
	}

	private static StoredNode storedNode(Record record) {
		var label = NodeLabel.ofLabel(record.get("label").asString()).orElseThrow();
		var outgoing = new ArrayList<StoredRelationship>();
		for (Value relationship : record.get("outgoing").values()) {
			outgoing.add(new StoredRelationship(relationship.get("type").asString(),
					NodeLabel.ofLabel(relationship.get("toLabel").asString()).orElseThrow(),
					relationship.get("toKey").asString(), relationship.get("properties").asMap()));
		}
		return new StoredNode(label, record.get("key").asString(), record.get("properties").asMap(), outgoing,
				LoadPlan.DATASET.equals(record.get("retiredBy").asString(null)));
	}

	private static Map<String, Object> row(NodeKey node) {
		return Map.of("label", node.label().label(), "key", node.key());
	}

}
