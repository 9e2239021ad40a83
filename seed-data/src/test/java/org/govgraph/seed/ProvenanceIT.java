package org.govgraph.seed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fact in the graph carries its provenance, and every quote is in its source. */
class ProvenanceIT extends LoadedGraphTest {

	private static final String WELL_FORMED = """
			x.provenanceSources IS NOT NULL AND size(x.provenanceSources) > 0
			AND size(x.provenanceLocators) = size(x.provenanceSources)
			AND size(x.provenanceQuotes) = size(x.provenanceSources)
			AND size(x.provenanceKinds) = size(x.provenanceSources)
			""";

	@Test
	void everyNodeHasProvenance() {
		var total = graph.query("MATCH (x) WHERE NOT x:Dataset AND NOT x:Source AND NOT x:__Neo4jMigration RETURN count(x) AS n");
		var missing = graph.query("MATCH (x) WHERE NOT x:Dataset AND NOT x:Source AND NOT x:__Neo4jMigration AND NOT ("
				+ WELL_FORMED + ") RETURN labels(x) AS labels, x.key AS key");
		assertThat(total.getFirst().get("n").asLong()).isEqualTo(125);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyRelationshipHasProvenance() {
		var total = graph.query("MATCH ()-[x]->() WHERE NOT type(x) STARTS WITH 'MIGRATED' RETURN count(x) AS n");
		var missing = graph.query("MATCH (a)-[x]->(b) WHERE NOT type(x) STARTS WITH 'MIGRATED' AND NOT a:__Neo4jMigration AND NOT ("
				+ WELL_FORMED + ") RETURN type(x) AS type, a.key AS from, b.key AS to");
		assertThat(total.getFirst().get("n").asLong()).isEqualTo(179);
		assertThat(missing).isEmpty();
	}

	@Test
	void everyQuoteOccursInTheNamedSourceText() {
		var quotes = graph.query("""
				MATCH (x) WHERE x.provenanceKinds IS NOT NULL
				UNWIND range(0, size(x.provenanceKinds) - 1) AS i
				WITH x, i WHERE x.provenanceKinds[i] = 'QUOTED'
				RETURN x.provenanceSources[i] AS source, x.provenanceQuotes[i] AS quote
				UNION ALL
				MATCH ()-[x]->() WHERE x.provenanceKinds IS NOT NULL
				UNWIND range(0, size(x.provenanceKinds) - 1) AS i
				WITH x, i WHERE x.provenanceKinds[i] = 'QUOTED'
				RETURN x.provenanceSources[i] AS source, x.provenanceQuotes[i] AS quote
				""");
		assertThat(quotes).hasSizeGreaterThan(100);
		var notFound = graph.query("""
				UNWIND $quotes AS q
				MATCH (doc:Instrument {key: q.source, sourceDocument: true})
				OPTIONAL MATCH (p:Paragraph {instrumentKey: doc.key}) WHERE p.text CONTAINS q.quote
				WITH q, count(p) AS found WHERE found = 0
				RETURN q.source AS source, q.quote AS quote
				""", java.util.Map.of("quotes", quotes.stream()
			.map((r) -> java.util.Map.of("source", r.get("source").asString(), "quote", r.get("quote").asString()))
			.toList()));
		assertThat(notFound).isEmpty();
		var unknownSources = graph.query("""
				UNWIND $sources AS s
				OPTIONAL MATCH (doc:Instrument {key: s, sourceDocument: true})
				WITH s, doc WHERE doc IS NULL
				RETURN s
				""", java.util.Map.of("sources", quotes.stream().map((r) -> r.get("source").asString()).distinct().toList()));
		assertThat(unknownSources).isEmpty();
	}

	@Test
	void everyCuratedCitationNamesAPublicSource() {
		var rows = graph.query("""
				MATCH (x) WHERE x.provenanceKinds IS NOT NULL
				UNWIND [i IN range(0, size(x.provenanceKinds) - 1) WHERE x.provenanceKinds[i] = 'CURATED' | x.provenanceSources[i]] AS key
				OPTIONAL MATCH (s:Source {key: key})
				RETURN key, s.url AS url
				""");
		assertThat(rows).isNotEmpty().allSatisfy((r) -> assertThat(r.get("url").asString(null)).startsWith("http"));
		var sources = graph.query("MATCH (s:Source) RETURN count(s) AS n");
		assertThat(sources.getFirst().get("n").asLong()).isEqualTo(16);
	}

}
