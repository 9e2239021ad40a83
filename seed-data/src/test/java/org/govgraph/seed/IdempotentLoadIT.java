package org.govgraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading is idempotent, and a broken dataset is rejected without touching the graph. */
class IdempotentLoadIT extends LoadedGraphTest {

	/**
	 * Counts of the graph's nodes and relationships, and a SHA-256 over every label and property
	 * of every node and relationship, the change log's included, but the change counter's
	 * {@code lockedAt}: every write takes the lock, whether or not it changes anything.
	 */
	private static String fingerprint() {
		var nodes = graph.query("""
				MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
				RETURN labels(n) AS labels,
				       CASE WHEN n:ChangeCounter THEN n {.name, .sequence, .lastAt} ELSE properties(n) END AS properties
				""").stream().map((r) -> r.get("labels").asList() + new TreeMap<>(r.get("properties").asMap()).toString()).sorted().toList();
		var relationships = graph.query("""
				MATCH (a)-[r]->(b) WHERE NOT a:__Neo4jMigration
				RETURN type(r) AS type, a.key AS from, b.key AS to, properties(r) AS properties
				""").stream()
			.map((r) -> r.get("type").asString() + "(" + r.get("from").asString() + "->" + r.get("to").asString() + ")"
					+ new TreeMap<>(r.get("properties").asMap()))
			.sorted()
			.toList();
		var counts = graph.query("""
				MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock
				  AND NOT n:ChangeCounter AND NOT n:Change AND NOT n:Snapshot AND NOT n:RelationshipSnapshot
				RETURN toString(count(n)) + '/' + toString(sum(COUNT { (n)-->() })) AS counts
				""").getFirst().get("counts").asString();
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.join("\n", nodes).getBytes(StandardCharsets.UTF_8));
			digest.update(String.join("\n", relationships).getBytes(StandardCharsets.UTF_8));
			return counts + "/" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void loadingTwiceChangesNothing() {
		var before = fingerprint();
		var result = new DatasetLoader(graph.driver).load(DatasetReader.read(DatasetFiles.fromClasspath()));
		assertThat(result.written()).isTrue();
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(before).startsWith("509/194/");
		assertThat(result.created() + result.updated() + result.retired() + result.restored() + result.conflicts())
			.isZero();
	}

	@Test
	void loadIfChangedSkipsTheSameVersion() {
		var result = new DatasetLoader(graph.driver).loadIfChanged(DatasetReader.read(DatasetFiles.fromClasspath()));
		assertThat(result.written()).isFalse();
	}

	@Test
	void aBrokenFileIsRejectedWithFileAndLineAndTheGraphIsUnchanged(@TempDir Path copy) throws IOException {
		var before = fingerprint();
		var shipped = DatasetFiles.fromClasspath().files();
		for (var file : shipped) {
			Files.writeString(copy.resolve(file.name()), file.content());
		}
		Files.writeString(copy.resolve("index.yaml"),
				"files:\n" + String.join("", shipped.stream().map((f) -> "  - " + f.name() + "\n").toList()));
		// A relationship to a node that does not exist, in the last file loaded.
		var events = copy.resolve("events.yaml");
		var lines = Files.readAllLines(events);
		int line = lines.indexOf("relationships:") + 2;
		lines.add(line - 1, "  - type: PART_OF\n    from: itu/wtpf-13\n    to: itu/no-such-event\n    provenance:\n      - source: curated/E3");
		Files.write(events, lines);

		assertThatThrownBy(() -> new DatasetLoader(graph.driver).load(DatasetReader.read(DatasetFiles.fromDirectory(copy))))
			.isInstanceOf(DatasetException.class)
			.hasMessage("events.yaml:" + (line + 2) + ": PART_OF to an unknown node: itu/no-such-event");
		assertThat(fingerprint()).isEqualTo(before);
	}


	@Test
	void aRemovedFactAndItsSupportNodesArePruned(@TempDir Path copy) throws IOException {
		var shipped = DatasetFiles.fromClasspath().files();
		for (var file : shipped) {
			Files.writeString(copy.resolve(file.name()), file.content());
		}
		Files.writeString(copy.resolve("index.yaml"),
				"files:\n" + String.join("", shipped.stream().map((f) -> "  - " + f.name() + "\n").toList()));
		// Without PREPARED_FOR (the last relationship but one of events.yaml) and with one entry
		// fewer on the World Café (its derived time zone goes with its timeZone).
		var events = copy.resolve("events.yaml");
		var text = Files.readString(events);
		var prepared = text.substring(text.indexOf("  - type: PREPARED_FOR"), text.indexOf("  - type: ANNOUNCES"));
		var zone = """
				      - rule: "The IANA time zone of the city where it was held: Geneva keeps Europe/Zurich time"
				        derivedFrom: [city]
				        supports: [timeZone]
				""";
		assertThat(text).contains(zone);
		text = text.replace(prepared, "").replace(zone, "")
			.replace("    start: \"2013-10-08T18:15\"\n    end: \"2013-10-08T20:15\"\n    timeZone: \"Europe/Zurich\"\n",
					"    start: \"2013-10-08\"\n    end: \"2013-10-08\"\n");
		Files.writeString(events, text);
		var supportsBefore = graph.query("MATCH (s:Support) RETURN count(s) AS n").getFirst().get("n").asLong();
		try {
			new DatasetLoader(graph.driver).load(DatasetReader.read(DatasetFiles.fromDirectory(copy)));
			assertThat(graph.query("""
					MATCH (s:Support) WHERE s.key IN ['PREPARED_FOR:itu/wtpf-13/media-backgrounder->itu/wtpf-13#0',
					                                  'Event:itu/sg/open-talks/2013-10-08-world-cafe#1']
					RETURN s.key AS key
					""")).isEmpty();
			assertThat(graph.query("MATCH ()-[r:PREPARED_FOR]->() RETURN count(r) AS n").getFirst().get("n").asLong()).isZero();
			assertThat(graph.query("MATCH (s:Support) RETURN count(s) AS n").getFirst().get("n").asLong())
				.isEqualTo(supportsBefore - 2);
			assertThat(graph.query("""
					MATCH (e:Event {key: 'itu/sg/open-talks/2013-10-08-world-cafe'})
					RETURN e.timeZone AS zone, size(e.provenanceKinds) AS entries
					""").getFirst().get("entries").asLong()).isEqualTo(1);
		}
		finally {
			new DatasetLoader(graph.driver).load(DatasetReader.read(DatasetFiles.fromClasspath()));
		}
		assertThat(graph.query("MATCH (s:Support) RETURN count(s) AS n").getFirst().get("n").asLong()).isEqualTo(supportsBefore);
	}

	@Test
	void aDroppedNodeIsRetiredAndComesBackWhenTheDatasetHoldsItAgain() {
		// Without the enhanced-cooperation topic and the one relationship to it.
		var files = DatasetFiles.fromClasspath().files().stream().map((file) -> new DatasetFiles.File(file.name(),
				switch (file.name()) {
					case "topics.yaml" -> file.content().substring(0, file.content().indexOf("  - key: enhanced-cooperation\n"))
							+ file.content().substring(file.content().indexOf("  - key: developing-country-participation\n"));
					case "instruments.yaml" -> file.content().replace("""

							  - type: ADDRESSES
							    from: itu/wtpf-13/opinion/6
							    to: enhanced-cooperation
							    provenance:
							      - source: curated/E3
							""", "");
					default -> file.content();
				}))
			.toList();
		var supportsBefore = graph.query("MATCH (s:Support) RETURN count(s) AS n").getFirst().get("n").asLong();
		try {
			var dropped = new DatasetLoader(graph.driver).load(DatasetReader.read(DatasetFiles.of(files)));
			assertThat(dropped.retired()).isEqualTo(1);
			assertThat(graph.query("""
					MATCH (t:Topic {key: 'enhanced-cooperation'}) RETURN t:Retired AS label, t.retired AS retired
					""").getFirst().asMap()).isEqualTo(java.util.Map.of("label", true, "retired", true));
			// Its own Support node stays with it; the relationship's goes with the relationship.
			assertThat(graph.query("MATCH (s:Support) RETURN count(s) AS n").getFirst().get("n").asLong())
				.isEqualTo(supportsBefore - 1);
		}
		finally {
			var back = new DatasetLoader(graph.driver).load(DatasetReader.read(DatasetFiles.fromClasspath()));
			assertThat(back.restored()).isEqualTo(1);
		}
		var topic = graph.query("""
				MATCH (t:Topic {key: 'enhanced-cooperation'})
				RETURN t:Retired AS label, t.retired AS retired, t.version AS version,
				       COLLECT { MATCH (c:Change {label: 'Topic', key: t.key}) RETURN c.operation ORDER BY c.sequence } AS operations,
				       EXISTS { (:Instrument {key: 'itu/wtpf-13/opinion/6'})-[:ADDRESSES]->(t) } AS addressed
				""").getFirst().asMap();
		assertThat(topic).isEqualTo(java.util.Map.of("label", false, "retired", false, "version", 3L, "operations",
				java.util.List.of("CREATED", "RETIRED", "RESTORED"), "addressed", true));
		assertThat(graph.query("MATCH (s:Support) RETURN count(s) AS n").getFirst().get("n").asLong()).isEqualTo(supportsBefore);
	}

}
