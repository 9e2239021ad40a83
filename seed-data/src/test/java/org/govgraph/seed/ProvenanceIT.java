package org.govgraph.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value and every relationship in the graph rests on a provenance entry that names it,
 * every quote is in the paragraph it cites, every derivation names its rule and inputs, and
 * every entry is indexed once as a {@code (:Support)} node.
 */
class ProvenanceIT extends LoadedGraphTest {

	/**
	 * The properties that need no supporting entry: the key, and the bookkeeping the loader
	 * adds or the dataset uses to identify a node (a paragraph's instrument and eId, an
	 * instrument's source-document flag, date precisions, document order) or the storage model
	 * keeps on every node (origin, version, retired). Provenance lists and the
	 * qualifier/asWritten companions of a quantity are left out by name pattern.
	 */
	static final List<String> BOOKKEEPING = List.of("key", "instrumentKey", "eId", "sourceDocument", "datePrecision",
			"startPrecision", "endPrecision", "documentOrder", "origin", "version", "retired");

	private static final String WELL_FORMED = """
			x.provenanceSources IS NOT NULL AND size(x.provenanceSources) > 0
			AND size(x.provenanceLocators) = size(x.provenanceSources)
			AND size(x.provenanceQuotes) = size(x.provenanceSources)
			AND size(x.provenanceKinds) = size(x.provenanceSources)
			AND size(x.provenanceSupports) = size(x.provenanceSources)
			AND size(x.provenanceRules) = size(x.provenanceSources)
			AND size(x.provenanceDerivedFrom) = size(x.provenanceSources)
			AND size(x.provenanceOrigins) = size(x.provenanceSources)
			""";

	private static final String FACT_NODES = "NOT x:Dataset AND NOT x:Source AND NOT x:Support AND NOT x:__Neo4jMigration"
			+ " AND NOT x:ChangeCounter AND NOT x:Change AND NOT x:Snapshot AND NOT x:RelationshipSnapshot";

	/** The start of a relationship of the governance graph (not of the change log's Change nodes). */
	private static final String FACT_START = "NOT a:__Neo4jMigration AND NOT a:Change";

	@Test
	void everyNodeHasWellFormedProvenance() {
		var total = graph.query("MATCH (x) WHERE " + FACT_NODES + " RETURN count(x) AS n");
		var missing = graph.query("MATCH (x) WHERE " + FACT_NODES + " AND NOT (" + WELL_FORMED
				+ ") RETURN labels(x) AS labels, x.key AS key");
		assertThat(total.getFirst().get("n").asLong()).isEqualTo(125);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyRelationshipHasWellFormedProvenanceSupportingIt() {
		var total = graph.query("MATCH (a)-[x]->() WHERE " + FACT_START + " RETURN count(x) AS n");
		var missing = graph.query("MATCH (a)-[x]->(b) WHERE " + FACT_START + " AND NOT (" + WELL_FORMED
				+ " AND all(s IN x.provenanceSupports WHERE s = '')) RETURN type(x) AS type, a.key AS from, b.key AS to");
		assertThat(total.getFirst().get("n").asLong()).isEqualTo(194);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyPropertyOfEveryNodeIsSupportedAndEverySupportedNameIsAProperty() {
		var unsupported = graph.query("""
				MATCH (x) WHERE %s
				WITH x, reduce(acc = [], s IN x.provenanceSupports | acc + split(s, ',')) AS supported
				UNWIND keys(x) AS property
				WITH x, property, supported
				WHERE NOT property IN $bookkeeping AND NOT property STARTS WITH 'provenance'
				  AND NOT (property ENDS WITH 'Qualifier' AND x[substring(property, 0, size(property) - 9)] IS NOT NULL)
				  AND NOT (property ENDS WITH 'AsWritten' AND x[substring(property, 0, size(property) - 9)] IS NOT NULL)
				  AND NOT property IN supported
				RETURN x.key AS key, property
				""".formatted(FACT_NODES), Map.of("bookkeeping", BOOKKEEPING));
		assertThat(unsupported).isEmpty();
		var unknown = graph.query("""
				MATCH (x) WHERE %s
				UNWIND x.provenanceSupports AS names
				UNWIND split(names, ',') AS property
				WITH x, property WHERE x[property] IS NULL
				RETURN x.key AS key, property
				""".formatted(FACT_NODES));
		assertThat(unknown).isEmpty();
		var empty = graph.query("MATCH (x) WHERE " + FACT_NODES + " AND '' IN x.provenanceSupports RETURN x.key AS key");
		assertThat(empty).isEmpty();
	}

	@Test
	void everyQuoteOccursInTheParagraphItCites() {
		var quotes = graph.query("""
				MATCH (x) WHERE x.provenanceKinds IS NOT NULL AND NOT x:Snapshot AND NOT x:RelationshipSnapshot
				UNWIND range(0, size(x.provenanceKinds) - 1) AS i
				WITH x, i WHERE x.provenanceKinds[i] = 'QUOTED'
				RETURN x.provenanceSources[i] AS source, x.provenanceLocators[i] AS locator, x.provenanceQuotes[i] AS quote
				UNION ALL
				MATCH ()-[x]->() WHERE x.provenanceKinds IS NOT NULL
				UNWIND range(0, size(x.provenanceKinds) - 1) AS i
				WITH x, i WHERE x.provenanceKinds[i] = 'QUOTED'
				RETURN x.provenanceSources[i] AS source, x.provenanceLocators[i] AS locator, x.provenanceQuotes[i] AS quote
				""");
		assertThat(quotes).hasSize(263);
		var notFound = graph.query("""
				UNWIND $quotes AS q
				OPTIONAL MATCH (doc:Instrument {key: q.source, sourceDocument: true})
				OPTIONAL MATCH (p:Paragraph {key: q.source + '#' + split(q.locator, ' ')[0]})
				WITH q, doc, p WHERE doc IS NULL OR p IS NULL OR NOT p.text CONTAINS q.quote OR q.quote = ''
				RETURN q.source AS source, q.locator AS locator, q.quote AS quote
				""", Map.of("quotes", quotes.stream()
			.map((r) -> Map.of("source", r.get("source").asString(), "locator", r.get("locator").asString(), "quote",
					r.get("quote").asString()))
			.toList()));
		assertThat(notFound).isEmpty();
	}

	@Test
	void everyDerivedEntryNamesItsRuleAndInputsAndNoSource() {
		var entries = graph.query("""
				MATCH (x) WHERE x.provenanceKinds IS NOT NULL AND NOT x:Snapshot AND NOT x:RelationshipSnapshot
				UNWIND range(0, size(x.provenanceKinds) - 1) AS i
				RETURN x.provenanceKinds[i] AS kind, x.provenanceSources[i] AS source, x.provenanceLocators[i] AS locator,
				       x.provenanceQuotes[i] AS quote, x.provenanceRules[i] AS rule, x.provenanceDerivedFrom[i] AS derivedFrom
				UNION ALL
				MATCH ()-[x]->() WHERE x.provenanceKinds IS NOT NULL
				UNWIND range(0, size(x.provenanceKinds) - 1) AS i
				RETURN x.provenanceKinds[i] AS kind, x.provenanceSources[i] AS source, x.provenanceLocators[i] AS locator,
				       x.provenanceQuotes[i] AS quote, x.provenanceRules[i] AS rule, x.provenanceDerivedFrom[i] AS derivedFrom
				""");
		var derived = entries.stream().filter((r) -> r.get("kind").asString().equals("DERIVED")).toList();
		assertThat(derived).hasSize(48).allSatisfy((r) -> {
			assertThat(r.get("source").asString()).isEmpty();
			assertThat(r.get("locator").asString()).isEmpty();
			assertThat(r.get("quote").asString()).isEmpty();
			assertThat(r.get("rule").asString()).isNotBlank();
			assertThat(r.get("derivedFrom").asString()).isNotBlank();
		});
		assertThat(entries).filteredOn((r) -> !r.get("kind").asString().equals("DERIVED")).allSatisfy((r) -> {
			assertThat(r.get("rule").asString()).isEmpty();
			assertThat(r.get("derivedFrom").asString()).isEmpty();
		});
	}

	@Test
	void everyCuratedCitationNamesAPublicSource() {
		var rows = graph.query("""
				MATCH (x) WHERE x.provenanceKinds IS NOT NULL AND NOT x:Snapshot AND NOT x:RelationshipSnapshot
				UNWIND [i IN range(0, size(x.provenanceKinds) - 1) WHERE x.provenanceKinds[i] = 'CURATED' | x.provenanceSources[i]] AS key
				OPTIONAL MATCH (s:Source {key: key})
				RETURN key, s.url AS url
				""");
		assertThat(rows).isNotEmpty().allSatisfy((r) -> assertThat(r.get("url").asString(null)).startsWith("http"));
		var sources = graph.query("MATCH (s:Source) RETURN count(s) AS n");
		assertThat(sources.getFirst().get("n").asLong()).isEqualTo(16);
	}

	@Test
	void oneSupportNodePerEntryOfEveryNodeAndRelationshipExceptTheSourceDocumentsOwnParagraphs() {
		var expected = graph.query("""
				MATCH (x) WHERE %s
				  AND NOT (x:Paragraph AND EXISTS { MATCH (:Instrument {key: x.instrumentKey, sourceDocument: true}) })
				RETURN sum(size(x.provenanceKinds)) AS n
				""".formatted(FACT_NODES)).getFirst().get("n").asLong()
				+ graph.query("""
						MATCH (a)-[x]->() WHERE NOT a:__Neo4jMigration AND NOT a:Change
						  AND NOT (type(x) = 'PART_OF' AND a:Paragraph
						           AND EXISTS { MATCH (:Instrument {key: a.instrumentKey, sourceDocument: true}) })
						RETURN sum(size(x.provenanceKinds)) AS n
						""").getFirst().get("n").asLong();
		var supports = graph.query("MATCH (s:Support) RETURN count(s) AS n").getFirst().get("n").asLong();
		assertThat(supports).isEqualTo(expected).isEqualTo(367);
		// Each Support node repeats its entry, at its ordinal, on its node or relationship.
		var mismatched = graph.query("""
				MATCH (s:Support)
				OPTIONAL MATCH (n {key: s.subjectKey}) WHERE s.relationshipType IS NULL AND s.subjectLabel IN labels(n)
				OPTIONAL MATCH (a {key: s.subjectKey})-[r]->(b {key: s.objectKey})
				  WHERE type(r) = s.relationshipType AND s.subjectLabel IN labels(a) AND s.objectLabel IN labels(b)
				WITH s, coalesce(n, r) AS x
				WHERE x IS NULL
				   OR x.provenanceKinds[s.ordinal] <> s.kind
				   OR x.provenanceSources[s.ordinal] <> coalesce(s.source, '')
				   OR x.provenanceLocators[s.ordinal] <> coalesce(s.locator, '')
				   OR x.provenanceQuotes[s.ordinal] <> coalesce(s.quote, '')
				   OR x.provenanceRules[s.ordinal] <> coalesce(s.rule, '')
				   OR x.provenanceSupports[s.ordinal] <> reduce(t = '', p IN s.supports | t + CASE t WHEN '' THEN '' ELSE ',' END + p)
				   OR x.provenanceDerivedFrom[s.ordinal] <> reduce(t = '', p IN s.derivedFrom | t + CASE t WHEN '' THEN '' ELSE '|' END + p)
				   OR s.key <> CASE WHEN s.relationshipType IS NULL THEN s.subjectLabel + ':' + s.subjectKey + '#' + s.ordinal
				                    ELSE s.relationshipType + ':' + s.subjectKey + '->' + s.objectKey + '#' + s.ordinal END
				RETURN s.key AS key
				""");
		assertThat(mismatched).isEmpty();
	}

	private static List<String> operators(org.neo4j.driver.summary.Plan plan) {
		var result = new java.util.ArrayList<String>();
		result.add(plan.operatorType());
		plan.children().forEach((child) -> result.addAll(operators(child)));
		return result;
	}

	@Test
	void whatRestsOnAParagraphIsAnIndexedLookUp() {
		try (var session = graph.driver.session()) {
			// The plan depends on the statistics: bring them up to date with what was just loaded.
			session.run("CALL db.prepareForReplanning()").consume();
			var plan = session.run("""
					EXPLAIN MATCH (s:Support {source: 'igf/legacy/itu-event-town-hall-consultation', locator: 'para_10'}) RETURN s
					""").consume().plan();
			assertThat(operators(plan)).anySatisfy((operator) -> assertThat(operator).startsWith("NodeIndexSeek"));
			var bySource = session.run("EXPLAIN MATCH (s:Support {source: 'curated/E3'}) RETURN s").consume().plan();
			assertThat(operators(bySource)).anySatisfy((operator) -> assertThat(operator).startsWith("NodeIndexSeek"));
		}
		var rows = graph.query("""
				MATCH (s:Support {source: 'igf/legacy/itu-event-town-hall-consultation', locator: 'para_10'})
				RETURN s.key AS key, s.kind AS kind, s.quote AS quote, s.supports AS supports, s.subjectLabel AS label,
				       s.subjectKey AS subject, s.relationshipType AS type, s.rule AS rule
				""");
		assertThat(rows).singleElement().satisfies((r) -> {
			assertThat(r.get("key").asString()).isEqualTo("Event:itu/sg/open-talks/2013-10-25-town-hall#3");
			assertThat(r.get("kind").asString()).isEqualTo("QUOTED");
			assertThat(r.get("quote").asString()).isEqualTo("Duration: 90 minutes");
			assertThat(r.get("supports").asList()).containsExactly("durationMinutes");
			assertThat(r.get("label").asString()).isEqualTo("Event");
			assertThat(r.get("subject").asString()).isEqualTo("itu/sg/open-talks/2013-10-25-town-hall");
			assertThat(r.get("type").isNull()).isTrue();
			assertThat(r.get("rule").isNull()).isTrue();
		});
		var curated = graph.query("""
				MATCH (s:Support {source: 'curated/E3'}) RETURN s.key AS key ORDER BY key
				""");
		assertThat(curated).extracting((r) -> r.get("key").asString())
			.contains("Event:itu/wtpf-13#0", "ADOPTED_AT:itu/wtpf-13/opinion/5->itu/wtpf-13#0")
			.allSatisfy((key) -> assertThat(key).doesNotContain("#null"));
	}

}
