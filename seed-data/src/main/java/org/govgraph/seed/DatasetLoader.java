package org.govgraph.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govgraph.model.dataset.DatasetVersion;
import org.govgraph.model.vocabulary.NodeLabel;
import org.govgraph.model.vocabulary.RelationshipType;
import org.govgraph.seed.Dataset.NodeFact;
import org.govgraph.seed.Dataset.Provenance;
import org.govgraph.seed.Dataset.RelationshipFact;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a {@link Dataset} into the graph in one transaction, with {@code MERGE} on stable
 * keys: loading the same dataset twice changes nothing, and facts that a new version of the
 * dataset no longer holds are removed. Provenance is stored on every node and relationship
 * as seven parallel lists ({@code provenanceSources}, {@code provenanceLocators},
 * {@code provenanceQuotes}, {@code provenanceKinds}, {@code provenanceSupports} (property
 * names joined by ","), {@code provenanceRules}, {@code provenanceDerivedFrom} (references
 * joined by "|"); an empty string where a field does not apply), and each entry once more as
 * a {@code (:Support)} node, so that what rests on a source is an indexed look-up.
 */
public final class DatasetLoader {

	/** What a call to {@link #load} did. */
	public record Result(String checksum, boolean written, int nodes, int relationships) {
	}

	/** The label of the nodes that index provenance entries. */
	public static final String SUPPORT = "Support";

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
						dataset.relationships().size());
			}
		}
		return load(dataset);
	}

	/** Writes the dataset, all of it or (on any failure) nothing. */
	public Result load(Dataset dataset) {
		try (var session = this.driver.session()) {
			return session.executeWrite((tx) -> write(tx, dataset));
		}
	}

	private static Result write(TransactionContext tx, Dataset dataset) {
		var sources = dataset.sources()
			.stream()
			.map((s) -> Map.<String, Object>of("key", s.key(), "properties",
					Map.of("key", s.key(), "statement", s.statement(), "url", s.url(), "kind", "CURATED")))
			.toList();
		tx.run("""
				UNWIND $rows AS row
				MERGE (s:Source {key: row.key})
				SET s = row.properties
				""", Map.of("rows", sources)).consume();

		var nodes = new ArrayList<Map<String, Object>>();
		for (NodeFact node : dataset.nodes()) {
			var properties = new LinkedHashMap<>(node.properties());
			properties.putAll(provenanceProperties(node.provenance()));
			nodes.add(Map.of("label", node.label().label(), "key", node.key(), "properties", properties));
		}
		tx.run("""
				UNWIND $rows AS row
				MERGE (n:$(row.label) {key: row.key})
				SET n = row.properties
				""", Map.of("rows", nodes)).consume();

		var relationships = new ArrayList<Map<String, Object>>();
		var relationshipIds = new ArrayList<String>();
		for (RelationshipFact relationship : dataset.relationships()) {
			var properties = new LinkedHashMap<>(relationship.properties());
			properties.putAll(provenanceProperties(relationship.provenance()));
			relationships.add(Map.of("type", relationship.type().name(), "fromLabel", relationship.from().label().label(),
					"from", relationship.from().key(), "toLabel", relationship.to().label().label(), "to",
					relationship.to().key(), "properties", properties));
			relationshipIds.add(relationshipId(relationship));
		}
		tx.run("""
				UNWIND $rows AS row
				MATCH (a:$(row.fromLabel) {key: row.from})
				MATCH (b:$(row.toLabel) {key: row.to})
				MERGE (a)-[r:$(row.type)]->(b)
				SET r = row.properties
				""", Map.of("rows", relationships)).consume();

		var supports = supportRows(dataset);
		tx.run("""
				UNWIND $rows AS row
				MERGE (s:Support {key: row.key})
				SET s = row
				""", Map.of("rows", supports)).consume();
		tx.run("""
				MATCH (s:Support) WHERE NOT s.key IN $keys
				DELETE s
				""", Map.of("keys", supports.stream().map((row) -> row.get("key")).toList())).consume();

		var labels = Arrays.stream(NodeLabel.values()).map(NodeLabel::label).toList();
		var keys = new ArrayList<String>();
		dataset.nodes().forEach((n) -> keys.add(n.key()));
		tx.run("""
				MATCH (n)
				WHERE any(label IN labels(n) WHERE label IN $labels) AND NOT n.key IN $keys
				DETACH DELETE n
				""", Map.of("labels", labels, "keys", keys)).consume();
		tx.run("""
				MATCH (s:Source) WHERE NOT s.key IN $keys
				DETACH DELETE s
				""", Map.of("keys", dataset.sources().stream().map(Dataset.CuratedSource::key).toList())).consume();
		tx.run("""
				MATCH (a)-[r]->(b)
				WHERE type(r) IN $types AND NOT (type(r) + '|' + a.key + '|' + b.key) IN $ids
				DELETE r
				""", Map.of("types", Arrays.stream(RelationshipType.values()).map(Enum::name).toList(), "ids",
				relationshipIds)).consume();

		tx.run("""
				MERGE (d:Dataset {name: $name})
				SET d.loadedAt = CASE WHEN d.checksum = $checksum THEN d.loadedAt ELSE datetime() END,
				    d.checksum = $checksum
				""", Map.of("name", DatasetVersion.GOVERNANCE, "checksum", dataset.checksum())).consume();
		return new Result(dataset.checksum(), true, nodes.size() + sources.size(), relationships.size());
	}

	/** How a relationship is told apart from the others: type, start key and end key (keys are unique). */
	private static String relationshipId(RelationshipFact relationship) {
		return relationship.type().name() + "|" + relationship.from().key() + "|" + relationship.to().key();
	}

	/**
	 * One row per provenance entry of every node and relationship, except the self-provenance of
	 * source-document paragraphs and their part-of links (they are the source, not a claim on it).
	 */
	static List<Map<String, Object>> supportRows(Dataset dataset) {
		var rows = new ArrayList<Map<String, Object>>();
		var sourceDocuments = dataset.nodes()
			.stream()
			.filter((n) -> n.label() == NodeLabel.INSTRUMENT && Boolean.TRUE.equals(n.properties().get("sourceDocument")))
			.map(NodeFact::key)
			.toList();
		java.util.function.Predicate<NodeFact> isSourceParagraph = (n) -> n.label() == NodeLabel.PARAGRAPH
				&& sourceDocuments.contains(n.properties().get("instrumentKey"));
		for (NodeFact node : dataset.nodes()) {
			if (isSourceParagraph.test(node)) {
				continue;
			}
			for (int i = 0; i < node.provenance().size(); i++) {
				var row = supportRow(node.label().label() + ":" + node.key() + "#" + i, i, node.provenance().get(i));
				row.put("subjectLabel", node.label().label());
				row.put("subjectKey", node.key());
				rows.add(row);
			}
		}
		for (RelationshipFact relationship : dataset.relationships()) {
			if (relationship.type() == RelationshipType.PART_OF && isSourceParagraph.test(relationship.from())) {
				continue;
			}
			for (int i = 0; i < relationship.provenance().size(); i++) {
				var row = supportRow(relationship.type().name() + ":" + relationship.from().key() + "->"
						+ relationship.to().key() + "#" + i, i, relationship.provenance().get(i));
				row.put("subjectLabel", relationship.from().label().label());
				row.put("subjectKey", relationship.from().key());
				row.put("relationshipType", relationship.type().name());
				row.put("objectLabel", relationship.to().label().label());
				row.put("objectKey", relationship.to().key());
				rows.add(row);
			}
		}
		return rows;
	}

	private static Map<String, Object> supportRow(String key, int ordinal, Provenance provenance) {
		var row = new LinkedHashMap<String, Object>();
		row.put("key", key);
		row.put("ordinal", (long) ordinal);
		row.put("kind", provenance.kind().name());
		row.put("source", provenance.source());
		row.put("locator", provenance.locator());
		row.put("quote", provenance.quote());
		row.put("rule", provenance.rule());
		row.put("supports", provenance.supports());
		row.put("derivedFrom", provenance.derivedFrom());
		return row;
	}

	private static Map<String, Object> provenanceProperties(List<Provenance> provenance) {
		var result = new HashMap<String, Object>();
		result.put("provenanceSources", provenance.stream().map((p) -> orEmpty(p.source())).toList());
		result.put("provenanceLocators", provenance.stream().map((p) -> orEmpty(p.locator())).toList());
		result.put("provenanceQuotes", provenance.stream().map((p) -> orEmpty(p.quote())).toList());
		result.put("provenanceKinds", provenance.stream().map((p) -> p.kind().name()).toList());
		result.put("provenanceSupports", provenance.stream().map((p) -> String.join(",", p.supports())).toList());
		result.put("provenanceRules", provenance.stream().map((p) -> orEmpty(p.rule())).toList());
		result.put("provenanceDerivedFrom", provenance.stream().map((p) -> String.join("|", p.derivedFrom())).toList());
		return result;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
