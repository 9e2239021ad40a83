package org.govgraph.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changed dataset loaded over a graph that curators wrote to: their values, nodes,
 * relationships, entries and disconnections stay; the dataset's own changes are applied with a
 * new version and a change-log entry each; a node the dataset dropped is retired, not deleted;
 * a value both changed is kept as the curator's and listed as a conflict. The curators' writes
 * are made directly in Cypher, as the storage model of {@code org.govgraph.model.curation}
 * describes them.
 */
class CuratedReloadIT extends LoadedGraphTest {

	static final String WTPF = "itu/wtpf-13";

	static final String DATASET_NAME = "5th World Telecommunication/ICT Policy Forum (WTPF-13)";

	static final String CHANGED_NAME = "5th World Telecommunication/ICT Policy Forum (WTPF-13), Geneva";

	static final String CURATED_NAME = "World Telecommunication/ICT Policy Forum 2013";

	static final String PP10 = "itu/pp-10";

	static final String DROPPED = "enhanced-cooperation";

	static final String OPINION_6 = "itu/wtpf-13/opinion/6";

	static final String CURATORS_TOPIC = "digital-public-goods";

	static final String DISCONNECTED = "DISCUSSED_AT|role-of-governments|icann";

	static DatasetFiles changed;

	static DatasetLoader.Result reload;

	static Map<String, Object> pp10Before;

	static Map<String, Object> droppedBefore;

	@BeforeAll
	static void curateThenReloadAChangedDataset() {
		curatorOverridesTheName();
		curatorCreatesATopicAndRelationships();
		curatorDisconnects();
		pp10Before = properties("Event", PP10);
		droppedBefore = properties("Topic", DROPPED);
		changed = changedDataset();
		reload = new DatasetLoader(graph.driver).load(DatasetReader.read(changed));
	}

	/** A curator renames WTPF-13: the value, its own provenance entry, and the dataset's value kept aside. */
	private static void curatorOverridesTheName() {
		graph.write("""
				MATCH (e:Event {key: $key})
				CREATE (:DatasetState {label: 'Event', key: e.key, name: e.name})
				""", Map.of("key", WTPF));
		graph.write("""
				MATCH (e:Event {key: $key})
				SET e.name = $name, e.curatedProperties = ['name'], e.version = e.version + 1,
				    e.provenanceSupports = [s IN e.provenanceSupports |
				      reduce(t = '', p IN [q IN split(s, ',') WHERE q <> 'name'] | t + CASE t WHEN '' THEN '' ELSE ',' END + p)]
				      + ['name'],
				    e.provenanceSources = e.provenanceSources + ['curated/C1'],
				    e.provenanceLocators = e.provenanceLocators + [''],
				    e.provenanceQuotes = e.provenanceQuotes + [''],
				    e.provenanceKinds = e.provenanceKinds + ['CURATED'],
				    e.provenanceRules = e.provenanceRules + [''],
				    e.provenanceDerivedFrom = e.provenanceDerivedFrom + [''],
				    e.provenanceOrigins = e.provenanceOrigins + ['curation']
				WITH e
				MATCH (s:Support {key: 'Event:' + e.key + '#0'})
				SET s.supports = [p IN s.supports WHERE p <> 'name']
				CREATE (:Support {key: 'Event:' + e.key + '#3', ordinal: 3, kind: 'CURATED', source: 'curated/C1',
				                  supports: ['name'], derivedFrom: [], origin: 'curation', subjectLabel: 'Event',
				                  subjectKey: e.key})
				CREATE (:Source {key: 'curated/C1', statement: 'The forum is known as WTPF-13 in 2013.',
				                 url: 'https://www.itu.int/en/wtpf-13/', kind: 'CURATED', origin: 'curation'})
				""", Map.of("key", WTPF, "name", CURATED_NAME));
	}

	/** A topic of the curator's own, based on a dataset topic, and a relationship to it from a dataset event. */
	private static void curatorCreatesATopicAndRelationships() {
		graph.write("""
				MATCH (m:Topic {key: 'multistakeholder-model'}), (e:Event {key: $event})
				CREATE (t:Topic {key: $key, name: 'Digital public goods', kind: 'THEME', origin: 'curation', version: 1,
				                 retired: false, provenanceSources: ['curated/C1'], provenanceLocators: [''],
				                 provenanceQuotes: [''], provenanceKinds: ['CURATED'], provenanceSupports: ['name,kind'],
				                 provenanceRules: [''], provenanceDerivedFrom: [''], provenanceOrigins: ['curation']})
				CREATE (t)-[:BASED_ON {origin: 'curation', provenanceSources: ['curated/C1'], provenanceLocators: [''],
				                       provenanceQuotes: [''], provenanceKinds: ['CURATED'], provenanceSupports: [''],
				                       provenanceRules: [''], provenanceDerivedFrom: [''],
				                       provenanceOrigins: ['curation']}]->(m)
				CREATE (e)-[:FOCUSES_ON {origin: 'curation', provenanceSources: ['curated/C1'], provenanceLocators: [''],
				                         provenanceQuotes: [''], provenanceKinds: ['CURATED'], provenanceSupports: [''],
				                         provenanceRules: [''], provenanceDerivedFrom: [''],
				                         provenanceOrigins: ['curation']}]->(t)
				CREATE (:Support {key: 'Topic:' + $key + '#0', ordinal: 0, kind: 'CURATED', source: 'curated/C1',
				                  supports: ['name', 'kind'], derivedFrom: [], origin: 'curation', subjectLabel: 'Topic',
				                  subjectKey: $key})
				CREATE (:Support {key: 'BASED_ON:' + $key + '->multistakeholder-model#0', ordinal: 0, kind: 'CURATED',
				                  source: 'curated/C1', supports: [], derivedFrom: [], origin: 'curation',
				                  subjectLabel: 'Topic', subjectKey: $key, relationshipType: 'BASED_ON',
				                  objectLabel: 'Topic', objectKey: 'multistakeholder-model'})
				""", Map.of("key", CURATORS_TOPIC, "event", WTPF));
	}

	/** A curator removes a dataset relationship and notes it, so that reloads leave it out. */
	private static void curatorDisconnects() {
		graph.write("""
				MATCH (t:Topic {key: 'role-of-governments'})-[r:DISCUSSED_AT]->(:Forum {key: 'icann'})
				DELETE r
				SET t.disconnected = [$id], t.version = t.version + 1
				WITH t
				MATCH (s:Support {key: 'DISCUSSED_AT:role-of-governments->icann#0'})
				DELETE s
				""", Map.of("id", DISCONNECTED));
	}

	/**
	 * The shipped files with WTPF-13 renamed (a value the curator changed too), PP-10's venue
	 * changed (a value no curator touched), and the enhanced-cooperation topic dropped with the
	 * one relationship to it.
	 */
	private static DatasetFiles changedDataset() {
		var files = DatasetFiles.fromClasspath().files().stream().map((file) -> new DatasetFiles.File(file.name(),
				switch (file.name()) {
					case "events.yaml" -> replaceOnce(replaceOnce(file.content(), "name: \"" + DATASET_NAME + "\"",
							"name: \"" + CHANGED_NAME + "\""), "venue: \"Expo Guadalajara\"",
							"venue: \"Expo Guadalajara, Jalisco\"");
					case "topics.yaml" -> cut(file.content(), "  - key: enhanced-cooperation\n",
							"  - key: developing-country-participation\n");
					case "instruments.yaml" -> replaceOnce(file.content(), """

							  - type: ADDRESSES
							    from: itu/wtpf-13/opinion/6
							    to: enhanced-cooperation
							    provenance:
							      - source: curated/E3
							""", "");
					default -> file.content();
				}))
			.toList();
		return DatasetFiles.of(files);
	}

	@Test
	void theLoadReportsWhatItDid() {
		assertThat(reload.written()).isTrue();
		assertThat(List.of(reload.created(), reload.updated(), reload.retired(), reload.restored(), reload.conflicts()))
			.containsExactly(0, 2, 1, 0, 1);
	}

	@Test
	void theCuratorsNameStaysAndTheConflictIsListed() {
		var event = properties("Event", WTPF);
		assertThat(event.get("name")).isEqualTo(CURATED_NAME);
		assertThat(event.get("version")).isEqualTo(2L);
		assertThat(event.get("provenanceSupports")).isEqualTo(List.of("kind,city,start,end,participants,description",
				"kind,description", "description", "name"));
		assertThat(event.get("provenanceOrigins")).isEqualTo(List.of("dataset", "dataset", "dataset", "curation"));
		var conflicts = graph.query("""
				MATCH (c:DatasetConflict)
				RETURN c.label AS label, c.key AS key, c.property AS property, c.datasetValue AS datasetValue,
				       c.curatedValue AS curatedValue, c.checksum AS checksum, c.at IS NOT NULL AS dated
				""");
		assertThat(conflicts).hasSize(1);
		assertThat(conflicts.getFirst().asMap()).isEqualTo(Map.of("label", "Event", "key", WTPF, "property", "name",
				"datasetValue", CHANGED_NAME, "curatedValue", CURATED_NAME, "checksum", changed.checksum(), "dated",
				true));
		// The dataset's value is now the changed one: the next load that keeps it is no conflict.
		assertThat(graph.query("MATCH (s:DatasetState {label: 'Event', key: $key}) RETURN s.name AS name",
				Map.of("key", WTPF)).getFirst().get("name").asString()).isEqualTo(CHANGED_NAME);
		// The curator's entry keeps its Support node; the dataset's first entry no longer supports the name.
		assertThat(graph.query("""
				MATCH (s:Support) WHERE s.key IN ['Event:itu/wtpf-13#0', 'Event:itu/wtpf-13#3']
				RETURN s.key AS key, s.supports AS supports, s.origin AS origin ORDER BY key
				""").stream().map(Record::asMap).toList()).containsExactly(
				Map.of("key", "Event:itu/wtpf-13#0", "supports",
						List.of("kind", "city", "start", "end", "participants", "description"), "origin", "dataset"),
				Map.of("key", "Event:itu/wtpf-13#3", "supports", List.of("name"), "origin", "curation"));
		assertThat(datasetChanges("Event", WTPF)).containsExactly("CREATED");
	}

	@Test
	void aChangedValueNoCuratorTouchedIsUpdatedWithOneChange() {
		var after = properties("Event", PP10);
		var expected = new LinkedHashMap<>(pp10Before);
		expected.put("venue", "Expo Guadalajara, Jalisco");
		expected.put("version", 2L);
		assertThat(pp10Before.get("venue")).isEqualTo("Expo Guadalajara");
		assertThat(pp10Before.get("version")).isEqualTo(1L);
		assertThat(after).isEqualTo(expected);
		var changes = graph.query("""
				MATCH (c:Change {label: 'Event', key: $key}) WHERE c.operation <> 'CREATED'
				OPTIONAL MATCH (c)-[:BEFORE]->(before:Snapshot)
				OPTIONAL MATCH (c)-[:AFTER]->(after:Snapshot)
				RETURN c.operation AS operation, c.by AS by, c.version AS version, c.comment AS comment,
				       properties(before) AS before, properties(after) AS after,
				       COUNT { (c)-[:ADDED|REMOVED]->() } AS relationships
				""", Map.of("key", PP10));
		assertThat(changes).hasSize(1);
		var change = changes.getFirst();
		assertThat(change.get("operation").asString()).isEqualTo("UPDATED");
		assertThat(change.get("by").asString()).isEqualTo("dataset");
		assertThat(change.get("version").asLong()).isEqualTo(2);
		assertThat(change.get("comment").asString()).isEqualTo("dataset " + changed.checksum().substring(0, 12));
		assertThat(change.get("before").asMap()).isEqualTo(pp10Before);
		assertThat(change.get("after").asMap()).isEqualTo(expected);
		assertThat(change.get("relationships").asLong()).isZero();
	}

	@Test
	void aDroppedNodeIsRetiredNotDeletedAndTheRelationshipToItIsRemoved() {
		var node = graph.query("MATCH (t:Topic {key: $key}) RETURN labels(t) AS labels, properties(t) AS properties",
				Map.of("key", DROPPED));
		assertThat(node).hasSize(1);
		assertThat(node.getFirst().get("labels").asList()).containsExactlyInAnyOrder("Topic", "Retired");
		var expected = new LinkedHashMap<>(droppedBefore);
		expected.put("retired", true);
		expected.put("version", 2L);
		assertThat(node.getFirst().get("properties").asMap()).isEqualTo(expected);
		var retirement = graph.query("""
				MATCH (c:Change {label: 'Topic', key: $key, operation: 'RETIRED'})-[:AFTER]->(after:Snapshot)
				MATCH (c)-[:BEFORE]->(before:Snapshot)
				RETURN c.by AS by, c.version AS version, properties(before) AS before, properties(after) AS after
				""", Map.of("key", DROPPED));
		assertThat(retirement).hasSize(1);
		assertThat(retirement.getFirst().get("by").asString()).isEqualTo("dataset");
		assertThat(retirement.getFirst().get("version").asLong()).isEqualTo(2);
		assertThat(retirement.getFirst().get("before").asMap()).isEqualTo(droppedBefore);
		assertThat(retirement.getFirst().get("after").asMap()).isEqualTo(expected);
		// The ADDRESSES from Opinion 6 is gone, recorded as removed in Opinion 6's change.
		assertThat(graph.query("MATCH ()-[r]->(:Topic {key: $key}) RETURN type(r) AS type", Map.of("key", DROPPED)))
			.isEmpty();
		var removed = graph.query("""
				MATCH (c:Change {label: 'Instrument', key: $key, operation: 'UPDATED'})-[:REMOVED]->(r:RelationshipSnapshot)
				RETURN c.version AS version, r.type AS type, r.fromLabel AS fromLabel, r.fromKey AS fromKey,
				       r.toLabel AS toLabel, r.toKey AS toKey, r.origin AS origin, r.provenanceSources AS sources
				""", Map.of("key", OPINION_6));
		assertThat(removed).hasSize(1);
		assertThat(removed.getFirst().asMap()).isEqualTo(Map.of("version", 2L, "type", "ADDRESSES", "fromLabel",
				"Instrument", "fromKey", OPINION_6, "toLabel", "Topic", "toKey", DROPPED, "origin", "dataset", "sources",
				List.of("curated/E3")));
		assertThat(graph.query("MATCH (s:Support) WHERE s.key STARTS WITH 'ADDRESSES:' + $key + '->' RETURN s.key AS key",
				Map.of("key", OPINION_6)).stream().map((r) -> r.get("key").asString()).toList())
			.doesNotContain("ADDRESSES:" + OPINION_6 + "->" + DROPPED + "#0");
	}

	@Test
	void theCuratorsTopicRelationshipsAndSourceSurvive() {
		var topic = properties("Topic", CURATORS_TOPIC);
		assertThat(topic.get("name")).isEqualTo("Digital public goods");
		assertThat(topic.get("version")).isEqualTo(1L);
		assertThat(topic.get("retired")).isEqualTo(false);
		assertThat(graph.query("MATCH (t:Topic {key: $key}) RETURN t:Retired AS retired", Map.of("key", CURATORS_TOPIC))
			.getFirst().get("retired").asBoolean()).isFalse();
		assertThat(graph.query("""
				MATCH (a)-[r]->(b) WHERE r.origin = 'curation'
				RETURN type(r) + ' ' + a.key + ' -> ' + b.key AS relationship ORDER BY relationship
				""").stream().map((r) -> r.get("relationship").asString()).toList())
			.containsExactly("BASED_ON digital-public-goods -> multistakeholder-model",
					"FOCUSES_ON itu/wtpf-13 -> digital-public-goods");
		assertThat(graph.query("""
				MATCH (s:Support {origin: 'curation'}) RETURN s.key AS key ORDER BY key
				""").stream().map((r) -> r.get("key").asString()).toList()).containsExactly(
				"BASED_ON:digital-public-goods->multistakeholder-model#0", "Event:itu/wtpf-13#3",
				"Topic:digital-public-goods#0");
		assertThat(graph.query("MATCH (s:Source {key: 'curated/C1'}) RETURN s.origin AS origin").getFirst()
			.get("origin").asString()).isEqualTo("curation");
		assertThat(graph.query("MATCH (c:Change {key: $key}) RETURN c.operation AS operation",
				Map.of("key", CURATORS_TOPIC))).isEmpty();
	}

	@Test
	void aDisconnectedRelationshipIsNotBroughtBack() {
		assertThat(graph.query("""
				MATCH (:Topic {key: 'role-of-governments'})-[r:DISCUSSED_AT]->(f:Forum) RETURN f.key AS key ORDER BY key
				""").stream().map((r) -> r.get("key").asString()).toList())
			.containsExactly("igf", "itu", "un/ecosoc/cstd", "un/ga");
		assertThat(graph.query("MATCH (s:Support {key: 'DISCUSSED_AT:role-of-governments->icann#0'}) RETURN s"))
			.isEmpty();
		assertThat(properties("Topic", "role-of-governments").get("version")).isEqualTo(2L);
		assertThat(datasetChanges("Topic", "role-of-governments")).containsExactly("CREATED");
	}

	@Test
	void loadingTheSameChangedDatasetAgainWritesNoChange() {
		var changes = graph.query("MATCH (c:Change) RETURN count(c) AS n, max(c.sequence) AS last").getFirst();
		var again = new DatasetLoader(graph.driver).load(DatasetReader.read(changed));
		assertThat(List.of(again.created(), again.updated(), again.retired(), again.restored(), again.conflicts()))
			.containsExactly(0, 0, 0, 0, 0);
		var after = graph.query("MATCH (c:Change) RETURN count(c) AS n, max(c.sequence) AS last").getFirst();
		assertThat(after.asMap()).isEqualTo(changes.asMap());
		assertThat(graph.query("MATCH (c:DatasetConflict) RETURN count(c) AS n").getFirst().get("n").asLong())
			.isEqualTo(1);
		assertThat(properties("Event", WTPF).get("name")).isEqualTo(CURATED_NAME);
	}

	private static Map<String, Object> properties(String label, String key) {
		return graph.query("MATCH (n:$($label) {key: $key}) RETURN properties(n) AS properties",
				Map.of("label", label, "key", key)).getFirst().get("properties").asMap();
	}

	/** The operations of the dataset's changes to a node, in order. */
	private static List<String> datasetChanges(String label, String key) {
		return graph.query("""
				MATCH (c:Change {label: $label, key: $key, by: 'dataset'}) RETURN c.operation AS operation ORDER BY c.sequence
				""", Map.of("label", label, "key", key)).stream().map((r) -> r.get("operation").asString()).toList();
	}

	private static String replaceOnce(String text, String target, String replacement) {
		assertThat(text.split(java.util.regex.Pattern.quote(target), -1)).as(target).hasSize(2);
		return text.replace(target, replacement);
	}

	private static String cut(String text, String from, String to) {
		int start = text.indexOf(from);
		int end = text.indexOf(to);
		assertThat(start).isPositive().isLessThan(end);
		return text.substring(0, start) + text.substring(end);
	}

}
