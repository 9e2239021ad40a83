package org.govgraph.seed.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govgraph.model.testing.TestNeo4j;
import org.govgraph.seed.DatasetFiles;
import org.govgraph.seed.DatasetReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A synthetic graph loaded into a real Neo4j: exactly what the generator made, resumable, not loaded twice. */
class SyntheticLoadIT {

	private static Driver driver;

	private static SyntheticLoader.Result result;

	private static final List<SyntheticLoader.Progress> progress = new ArrayList<>();

	@BeforeAll
	static void load() {
		var neo4j = TestNeo4j.get();
		neo4j.clear();
		driver = neo4j.newDriver();
		result = new SyntheticLoader(driver).load(GraphSize.XS, 42, progress::add);
	}

	@AfterAll
	static void close() {
		driver.close();
	}

	private static long count(String cypher) {
		try (var session = driver.session()) {
			return session.executeRead((tx) -> tx.run(cypher).single().get(0).asLong());
		}
	}

	@Test
	void theGraphHoldsTheCuratedDatasetAndEveryGeneratedNodeAndRelationship() {
		var graph = new SyntheticGraph(42, GraphSize.XS.shape());
		long generatedNodes = 0;
		long generatedRelationships = 0;
		for (var chunk : graph.chunks()) {
			var part = graph.part(chunk);
			var dataset = DatasetReader.read(part.files());
			generatedNodes += dataset.nodes().stream().filter((n) -> part.owned().contains(n.key())).count();
			generatedRelationships += dataset.relationships().stream().filter((r) -> part.owned().contains(r.from().key())).count();
		}
		var curated = DatasetReader.read(DatasetFiles.fromClasspath());
		var xs = GraphSize.XS.shape();
		assertThat(count("MATCH (n:Instrument) WHERE n.key STARTS WITH 'syn/' RETURN count(n)"))
			.isEqualTo(xs.instruments() + xs.documents());
		assertThat(count("MATCH (n:Event) WHERE n.key STARTS WITH 'syn/' RETURN count(n)")).isEqualTo(xs.events());
		assertThat(count("MATCH (n:Forum) WHERE n.key STARTS WITH 'syn/' RETURN count(n)")).isEqualTo(xs.fora());
		long governance = count("""
				MATCH (n) WHERE n:Instrument OR n:Paragraph OR n:Forum OR n:StakeholderGroup OR n:Role OR n:Event OR n:Topic
				RETURN count(n)""");
		assertThat(governance).isEqualTo(generatedNodes + curated.nodes().size());
		long relationships = count("""
				MATCH (a)-[r]->(b) WHERE a.key IS NOT NULL AND b.key IS NOT NULL
				  AND NOT a:Change AND NOT a:Snapshot AND NOT a:RelationshipSnapshot AND NOT b:Change
				RETURN count(r)""");
		assertThat(relationships).isEqualTo(generatedRelationships + curated.relationships().size());
		assertThat(count("MATCH (s:Source) WHERE s.key STARTS WITH 'curated/syn-' RETURN count(s)")).isEqualTo(xs.sources());
		assertThat(result.nodesInGraph()).isEqualTo(count("MATCH (n) RETURN count(n)"));
		assertThat(result.supportNodes()).isEqualTo(count("MATCH (s:Support) RETURN count(s)"));
	}

	@Test
	void valuesAndProvenanceAreStoredAsTheCuratedDatasetStoresThem() {
		try (var session = driver.session()) {
			var row = session.executeRead((tx) -> tx.run("""
					MATCH (i:Instrument)-[:ADOPTED_AT]->(e:Event) WHERE i.key STARTS WITH 'syn/'
					WITH i, e ORDER BY i.key LIMIT 1
					RETURN i.date AS date, i.datePrecision AS precision, i.version AS version, i.origin AS origin,
					       i.provenanceKinds AS kinds, i.provenanceRules AS rules, i.provenanceDerivedFrom AS derivedFrom,
					       e.key AS event, e.start AS start,
					       COUNT { MATCH (s:Support {subjectKey: i.key}) } AS supports, COUNT { (i)-->() } AS outgoing
					""").single());
			assertThat(row.get("date").asString()).isEqualTo(row.get("start").asString().substring(0, 7));
			assertThat(row.get("precision").asString()).isEqualTo("MONTH");
			assertThat(row.get("version").asLong()).isEqualTo(1);
			assertThat(row.get("origin").asString()).isEqualTo("dataset");
			assertThat(row.get("kinds").asList()).containsExactly("CURATED", "DERIVED");
			assertThat(row.get("rules").asList()).containsExactly("", "The month of the event that adopted it");
			assertThat(row.get("derivedFrom").asList()).containsExactly("", row.get("event").asString() + ".start");
			// a Support node per entry: the node's two, and the one of each relationship it starts
			assertThat(row.get("outgoing").asLong()).isGreaterThanOrEqualTo(2); // ISSUED_BY and ADOPTED_AT at least
			assertThat(row.get("supports").asLong()).isEqualTo(2 + row.get("outgoing").asLong());
		}
	}

	@Test
	void progressIsReportedPerChunkAndASecondLoadLoadsNothing() {
		var chunks = new SyntheticGraph(42, GraphSize.XS.shape()).chunks().size();
		assertThat(progress).hasSize(chunks);
		assertThat(progress.getLast().chunk()).isEqualTo(chunks);
		assertThat(SyntheticLoader.marker(driver)).hasValue(new SyntheticLoader.Marker(GraphSize.XS, 42, chunks, chunks));
		long nodes = count("MATCH (n) RETURN count(n)");
		var again = new SyntheticLoader(driver).load(GraphSize.XS, 42, (p) -> {
		});
		assertThat(again.chunksLoaded()).isZero();
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
	}

	@Test
	void aLoadThatStoppedHalfWayResumesAndEndsWithTheSameGraph() {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		var chunks = new SyntheticGraph(42, GraphSize.XS.shape()).chunks().size();
		try (var session = driver.session()) {
			session.executeWriteWithoutResult((tx) -> tx.run("MATCH (m:SyntheticGraph) SET m.loaded = $loaded",
					Map.of("loaded", chunks - 3)).consume());
		}
		var resumed = new SyntheticLoader(driver).load(GraphSize.XS, 42, (p) -> {
		});
		assertThat(resumed.chunksLoaded()).isEqualTo(3);
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	@Test
	void anotherSizeOrSeedIsRefused() {
		assertThatThrownBy(() -> new SyntheticLoader(driver).load(GraphSize.XS, 7, (p) -> {
		})).isInstanceOf(IllegalStateException.class)
			.hasMessage("the database holds the synthetic graph of size XS and seed 42, not XS and 7: load into another data directory");
	}

}
