package org.govgraph.api.curation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.model.testing.TestNeo4j;
import org.govgraph.seed.DatasetException;
import org.govgraph.seed.DatasetFiles;
import org.govgraph.seed.DatasetReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Curators' writes over HTTP against the real Neo4j: who may write, a create / update / retire
 * / restore round trip with provenance and versions, history and {@code asOf}, stale versions,
 * relationships, and refusals in the dataset loader's words.
 */
class CurationIT extends CuratedApiTest {

	private static final String SOURCE = "itu/wtpf-13/media-backgrounder";

	private static final String CREATE_TOPIC = """
			mutation($input: CreateTopicInput!) {
			  createTopic(input: $input) {
			    topic { id key name kind version retired
			            statements { property value provenance { kind source locator quote } } }
			    userErrors { field message code }
			  }
			}
			""";

	private static final String UPDATE_TOPIC = """
			mutation($input: UpdateTopicInput!) {
			  updateTopic(input: $input) {
			    topic { key name description version }
			    userErrors { field message code }
			  }
			}
			""";

	private static Map<String, Object> quote(String locator, String quote, String... supports) {
		return (supports.length == 0) ? Map.of("kind", "QUOTED", "source", SOURCE, "locator", locator, "quote", quote)
				: Map.of("kind", "QUOTED", "source", SOURCE, "locator", locator, "quote", quote, "supports",
						List.of(supports));
	}

	private static Map<String, Object> topic(String key, String name) {
		return Map.of("key", key, "name", name, "kind", "PRINCIPLE", "provenance",
				List.of(quote("para_2", "the global model for Internet governance")), "comment", "from the backgrounder");
	}

	private long count(String cypher, Map<String, Object> parameters) {
		try (var driver = TestNeo4j.forWrites().newDriver(); var session = driver.session()) {
			return session.run(cypher, parameters).single().get(0).asLong();
		}
	}

	private long changeCount() {
		return count("MATCH (c:Change) RETURN count(c)", Map.of());
	}

	@Test
	void writesWithoutTheCuratorRoleAreRefusedAndWriteNothing() {
		long before = changeCount();
		var variables = Map.<String, Object>of("input", topic("test/refused", "Refused topic"));

		var anonymous = GraphQlHttp.parse(this.http.post(CREATE_TOPIC, variables).body());
		assertThat(anonymous.<String>read("$.errors[0].extensions.classification")).isEqualTo("UNAUTHORIZED");
		assertThat(anonymous.<Object>read("$.data.createTopic")).isNull();

		var reader = GraphQlHttp.parse(this.http
			.post(CREATE_TOPIC, variables, Map.of("Authorization", "Bearer " + token("bob", "READER")))
			.body());
		assertThat(reader.<String>read("$.errors[0].extensions.classification")).isEqualTo("FORBIDDEN");

		var forged = this.http.post(CREATE_TOPIC, variables,
				Map.of("Authorization", "Bearer " + token("alice", "CURATOR") + "x"));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"");

		assertThat(count("MATCH (t:Topic {key: 'test/refused'}) RETURN count(t)", Map.of())).isZero();
		assertThat(changeCount()).isEqualTo(before);
	}

	@Test
	void aCreatedTopicCarriesItsProvenanceAndVersionOne() {
		var created = asCurator(CREATE_TOPIC, Map.of("input", topic("test/global-model", "Global model for Internet governance")));

		assertThat(created.<List<?>>read("$.data.createTopic.userErrors")).isEmpty();
		assertThat(created.<Map<String, Object>>read("$.data.createTopic.topic")).containsEntry("key", "test/global-model")
			.containsEntry("name", "Global model for Internet governance")
			.containsEntry("kind", "PRINCIPLE")
			.containsEntry("version", 1)
			.containsEntry("retired", false);
		assertThat(created.<List<Map<String, Object>>>read("$.data.createTopic.topic.statements")).containsExactly(
				Map.of("property", "kind", "value", "PRINCIPLE", "provenance", List.of(Map.of("kind", "QUOTED", "source",
						SOURCE, "locator", "para_2", "quote", "the global model for Internet governance"))),
				Map.of("property", "name", "value", "Global model for Internet governance", "provenance",
						List.of(Map.of("kind", "QUOTED", "source", SOURCE, "locator", "para_2", "quote",
								"the global model for Internet governance"))));
		// The entry is also a Support node: the source now lists the topic among what it supports.
		var supports = this.http.query("""
				{ paragraph(key: "itu/wtpf-13/media-backgrounder#para_2") { supports(first: 100) {
				    edges { node { subject { id } properties } } } } }
				""");
		assertThat(supports.<List<List<String>>>read(
				"$.data.paragraph.supports.edges[?(@.node.subject.id == '" + id("Topic", "test/global-model") + "')].node.properties"))
			.containsExactly(List.of("name", "kind"));
	}

	@Test
	void aKeyIsDerivedFromTheNameWhenNoneIsGiven() {
		var input = Map.<String, Object>of("name", "Enhanced Cooperation (Test)", "kind", "PROCESS", "provenance",
				List.of(quote("para_2", "WSIS outcome documents (2005)")));
		var created = asCurator(CREATE_TOPIC, Map.of("input", input));
		assertThat(created.<String>read("$.data.createTopic.topic.key")).isEqualTo("enhanced-cooperation-test");
	}

	@Test
	void updateRetireAndRestoreRoundTripWithVersionsHistoryAndAsOf() throws Exception {
		asCurator(CREATE_TOPIC, Map.of("input", topic("test/round-trip", "Round trip")));
		var topicId = id("Topic", "test/round-trip");
		Thread.sleep(20);
		var betweenCreateAndUpdate = OffsetDateTime.now();
		Thread.sleep(20);

		var updated = asCurator(UPDATE_TOPIC, Map.of("input", Map.of("id", topicId, "expectedVersion", 1, "name",
				"Multistakeholder model", "description", "A set of framework principles", "provenance",
				List.of(quote("para_2", "a set of framework principles for the multistakeholder model")), "comment",
				"named as the backgrounder names it")));
		assertThat(updated.<List<?>>read("$.data.updateTopic.userErrors")).isEmpty();
		assertThat(updated.<Map<String, Object>>read("$.data.updateTopic.topic")).isEqualTo(Map.of("key",
				"test/round-trip", "name", "Multistakeholder model", "description", "A set of framework principles",
				"version", 2));

		var stale = asCurator(UPDATE_TOPIC, Map.of("input", Map.of("id", topicId, "expectedVersion", 1, "name", "Stale",
				"provenance", List.of(quote("para_2", "the global model")))));
		assertThat(stale.<List<Map<String, Object>>>read("$.data.updateTopic.userErrors")).containsExactly(Map.of("field",
				List.of("input", "expectedVersion"), "code", "CONFLICT", "message",
				"Topic test/round-trip is at version 2, not 1: read it again and apply your change to version 2"));
		assertThat(stale.<String>read("$.data.updateTopic.topic.name")).isEqualTo("Multistakeholder model");

		var retired = asCurator("""
				mutation($id: ID!) { retire(input: {id: $id, expectedVersion: 2, comment: "merged"}) {
				  node { ... on Topic { version retired } } userErrors { code } } }
				""", Map.of("id", topicId));
		assertThat(retired.<Map<String, Object>>read("$.data.retire.node")).isEqualTo(Map.of("version", 3, "retired", true));
		var stillThere = this.http.query("query($id: ID!) { node(id: $id) { ... on Topic { name retired } } }",
				Map.of("id", topicId));
		assertThat(stillThere.<Map<String, Object>>read("$.data.node")).isEqualTo(Map.of("name", "Multistakeholder model",
				"retired", true));
		var refusedUpdate = asCurator(UPDATE_TOPIC, Map.of("input", Map.of("id", topicId, "expectedVersion", 3, "name",
				"While retired", "provenance", List.of(quote("para_2", "the global model")))));
		assertThat(refusedUpdate.<String>read("$.data.updateTopic.userErrors[0].message"))
			.isEqualTo("Topic test/round-trip is retired: restore it before updating it");

		var restored = asCurator("""
				mutation($id: ID!) { restore(input: {id: $id, expectedVersion: 3}) {
				  node { ... on Topic { version retired } } userErrors { code } } }
				""", Map.of("id", topicId));
		assertThat(restored.<Map<String, Object>>read("$.data.restore.node")).isEqualTo(Map.of("version", 4, "retired", false));

		var history = this.http.query("""
				query($id: ID!) { history(id: $id) { totalCount edges { node {
				  version operation by comment changes { field kind before after provenanceAfter { quote } } } } } }
				""", Map.of("id", topicId));
		assertThat(history.<Integer>read("$.data.history.totalCount")).isEqualTo(4);
		assertThat(history.<List<Integer>>read("$.data.history.edges[*].node.version")).containsExactly(4, 3, 2, 1);
		assertThat(history.<List<String>>read("$.data.history.edges[*].node.operation")).containsExactly("RESTORED",
				"RETIRED", "UPDATED", "CREATED");
		assertThat(history.<List<String>>read("$.data.history.edges[*].node.by")).containsOnly("alice");
		assertThat(history.<String>read("$.data.history.edges[2].node.comment")).isEqualTo("named as the backgrounder names it");
		assertThat(history.<List<Map<String, Object>>>read("$.data.history.edges[2].node.changes")).containsExactly(
				map("field", "description", "kind", "VALUE", "before", null, "after", "A set of framework principles",
						"provenanceAfter",
						List.of(Map.of("quote", "a set of framework principles for the multistakeholder model"))),
				Map.of("field", "name", "kind", "VALUE", "before", "Round trip", "after", "Multistakeholder model",
						"provenanceAfter",
						List.of(Map.of("quote", "a set of framework principles for the multistakeholder model"))));
		assertThat(history.<List<Map<String, Object>>>read("$.data.history.edges[1].node.changes")).containsExactly(
				Map.of("field", "retired", "kind", "VALUE", "before", "false", "after", "true", "provenanceAfter", List.of()));

		var asOf = this.http.query("query($id: ID!, $at: DateTime) { node(id: $id, asOf: $at) { ... on Topic { name version description } } }",
				Map.of("id", topicId, "at", betweenCreateAndUpdate.toString()));
		assertThat(asOf.<Map<String, Object>>read("$.data.node"))
			.isEqualTo(map("name", "Round trip", "version", 1, "description", null));

		var beforeItExisted = this.http.query("query($id: ID!) { node(id: $id, asOf: \"2020-01-01T00:00:00Z\") { id } }",
				Map.of("id", topicId));
		assertThat(beforeItExisted.<String>read("$.errors[0].extensions.classification")).isEqualTo("NOT_FOUND");
	}

	@Test
	void connectAndDisconnectAreRevisionsAndAsOfShowsTheRelationshipsThen() throws Exception {
		asCurator(CREATE_TOPIC, Map.of("input", topic("test/linked", "Linked topic")));
		var topicId = id("Topic", "test/linked");
		var forum = id("Forum", "itu");
		var connect = """
				mutation($from: ID!, $to: ID!) { connect(input: {from: $from, relationship: DISCUSSED_AT, to: $to,
				  expectedVersion: 1, provenance: [{kind: QUOTED, source: "itu/wtpf-13/media-backgrounder",
				  locator: "para_2", quote: "the global model for Internet governance"}]}) {
				  node { ... on Topic { version discussedAt { node { id } } } } userErrors { field message code } } }
				""";
		var connected = asCurator(connect, Map.of("from", topicId, "to", forum));
		assertThat(connected.<List<?>>read("$.data.connect.userErrors")).isEmpty();
		assertThat(connected.<Integer>read("$.data.connect.node.version")).isEqualTo(2);
		assertThat(connected.<List<String>>read("$.data.connect.node.discussedAt[*].node.id")).containsExactly(forum);

		var again = asCurator(connect.replace("expectedVersion: 1,", ""), Map.of("from", topicId, "to", forum));
		assertThat(again.<List<Map<String, Object>>>read("$.data.connect.userErrors")).containsExactly(Map.of("field",
				List.of("input", "relationship"), "code", "DUPLICATE_KEY", "message",
				"duplicate relationship DISCUSSED_AT from test/linked to itu"));

		Thread.sleep(20);
		var whileConnected = OffsetDateTime.now();
		Thread.sleep(20);
		var disconnected = asCurator("""
				mutation($from: ID!, $to: ID!) { disconnect(input: {from: $from, relationship: DISCUSSED_AT, to: $to}) {
				  node { ... on Topic { version discussedAt { node { id } } } } userErrors { code } } }
				""", Map.of("from", topicId, "to", forum));
		assertThat(disconnected.<Integer>read("$.data.disconnect.node.version")).isEqualTo(3);
		assertThat(disconnected.<List<?>>read("$.data.disconnect.node.discussedAt")).isEmpty();

		var then = this.http.query("query($id: ID!, $at: DateTime) { node(id: $id, asOf: $at) { ... on Topic { version discussedAt { node { id } provenance { quote } } } } }",
				Map.of("id", topicId, "at", whileConnected.toString()));
		assertThat(then.<Integer>read("$.data.node.version")).isEqualTo(2);
		assertThat(then.<List<String>>read("$.data.node.discussedAt[*].node.id")).containsExactly(forum);
		assertThat(then.<List<String>>read("$.data.node.discussedAt[*].provenance[*].quote"))
			.containsExactly("the global model for Internet governance");

		var history = this.http.query("""
				query($id: ID!) { history(id: $id, first: 2) { edges { node { operation
				  changes { field kind target { id } outgoing provenanceBefore { quote } } } } pageInfo { hasNextPage } } }
				""", Map.of("id", topicId));
		assertThat(history.<List<String>>read("$.data.history.edges[*].node.operation")).containsExactly("DISCONNECTED",
				"CONNECTED");
		assertThat(history.<List<Map<String, Object>>>read("$.data.history.edges[0].node.changes")).containsExactly(
				Map.of("field", "DISCUSSED_AT", "kind", "REMOVED", "target", Map.of("id", forum), "outgoing", true,
						"provenanceBefore", List.of(Map.of("quote", "the global model for Internet governance"))));
		assertThat(history.<Boolean>read("$.data.history.pageInfo.hasNextPage")).isTrue();
	}

	@Test
	void refusalsUseTheDatasetLoadersWords() {
		var badDate = asCurator("""
				mutation { createEvent(input: {name: "Test meeting", kind: MEETING, start: "2013-13",
				  provenance: [{kind: QUOTED, source: "itu/wtpf-13/media-backgrounder", locator: "para_2", quote: "WSIS"}]}) {
				  event { key } userErrors { field message code } } }
				""", Map.of());
		assertThat(badDate.<List<Map<String, Object>>>read("$.data.createEvent.userErrors")).containsExactly(Map.of("field",
				List.of("input", "start"), "code", "VALIDATION", "message", "not a calendar date: '2013-13'"));
		assertThat(loaderMessage("""
				events:
				  - key: test/meeting
				    name: "Test meeting"
				    kind: MEETING
				    start: "2013-13"
				    provenance:
				      - source: curated/E1
				        supports: [name, kind, start]
				""")).isEqualTo("not a calendar date: '2013-13'");

		var badQuote = asCurator(CREATE_TOPIC, Map.of("input", Map.of("name", "Misquoted", "kind", "THEME", "provenance",
				List.of(quote("para_2", "words the paragraph does not hold")))));
		assertThat(badQuote.<List<Map<String, Object>>>read("$.data.createTopic.userErrors")).containsExactly(Map.of("field",
				List.of("input", "provenance", "0"), "code", "VALIDATION", "message",
				"the quote \"words the paragraph does not hold\" is not in itu/wtpf-13/media-backgrounder para_2"));

		var unsupported = asCurator(CREATE_TOPIC, Map.of("input", Map.of("key", "test/unsupported", "name", "Unsupported",
				"kind", "THEME", "description", "No entry supports this", "provenance",
				List.of(quote("para_2", "the global model", "name", "kind")))));
		assertThat(unsupported.<List<Map<String, Object>>>read("$.data.createTopic.userErrors")).containsExactly(Map.of(
				"field", List.of("input", "description"), "code", "VALIDATION", "message",
				"test/unsupported.description has no provenance entry that supports it"));

		var wrongEnd = asCurator("""
				mutation($from: ID!, $to: ID!) { connect(input: {from: $from, relationship: ISSUED_BY, to: $to,
				  provenance: [{kind: CURATED, source: "curated/E1"}]}) { userErrors { field message code } } }
				""", Map.of("from", id("Topic", "multistakeholder-model"), "to", id("Forum", "itu")));
		assertThat(wrongEnd.<List<Map<String, Object>>>read("$.data.connect.userErrors")).containsExactly(Map.of("field",
				List.of("input", "from"), "code", "VALIDATION", "message",
				"ISSUED_BY cannot go from a Topic (multistakeholder-model); it connects [Instrument]"));

		var duplicate = asCurator(CREATE_TOPIC, Map.of("input", topic("multistakeholder-model", "Again")));
		assertThat(duplicate.<List<Map<String, Object>>>read("$.data.createTopic.userErrors")).containsExactly(Map.of(
				"field", List.of("input", "key"), "code", "DUPLICATE_KEY", "message", "duplicate key multistakeholder-model"));
	}

	@Test
	void anEventKeepsItsLocalTimesZoneAndQualifiedCountAndABareNumberTheSourceQualifiesIsRefused() {
		var create = """
				mutation($participants: QuantityInput) { createEvent(input: {key: "test/wtpf-13-session", name: "WTPF-13 session",
				  kind: MEETING, start: "2013-05-14T09:30", end: "2013-05-14T12:30", timeZone: "Europe/Zurich", city: "Geneva",
				  participants: $participants, contact: {organization: "ITU"},
				  provenance: [{kind: CURATED, source: "curated/E3"}]}) {
				  event { key start { localDateTime timeZone instant date { value precision } } participants { value exact qualifier asWritten }
				          contact { organization } }
				  userErrors { field message code } } }
				""";
		var bare = asCurator(create, Map.of("participants", Map.of("value", 900)));
		assertThat(bare.<List<Map<String, Object>>>read("$.data.createEvent.userErrors")).containsExactly(Map.of("field",
				List.of("input", "participants"), "code", "VALIDATION", "message",
				"test/wtpf-13-session.participants is the bare number 900 where curated/E3 writes \"some 900\": write {value: 900, qualifier: APPROXIMATE, asWritten: \"some 900\"}"));

		var created = asCurator(create,
				Map.of("participants", Map.of("value", 900, "qualifier", "APPROXIMATE", "asWritten", "some 900")));
		assertThat(created.<List<?>>read("$.data.createEvent.userErrors")).isEmpty();
		assertThat(created.<Map<String, Object>>read("$.data.createEvent.event.start")).isEqualTo(Map.of("localDateTime",
				"2013-05-14T09:30", "timeZone", "Europe/Zurich", "instant", "2013-05-14T09:30:00.000+02:00", "date",
				Map.of("value", "2013-05-14", "precision", "DAY")));
		assertThat(created.<Map<String, Object>>read("$.data.createEvent.event.participants")).isEqualTo(Map.of("value", 900,
				"exact", false, "qualifier", "APPROXIMATE", "asWritten", "some 900"));
		assertThat(created.<String>read("$.data.createEvent.event.contact.organization")).isEqualTo("ITU");

		var noZone = asCurator("""
				mutation { updateEvent(input: {id: "%s", expectedVersion: 1, timeZone: null,
				  provenance: []}) { userErrors { field message code } } }
				""".formatted(id("Event", "test/wtpf-13-session")), Map.of());
		assertThat(noZone.<List<Map<String, Object>>>read("$.data.updateEvent.userErrors")).containsExactly(
				Map.of("field", List.of("input", "timeZone"), "code", "VALIDATION", "message", "a date-time needs a 'timeZone'"));
	}

	@Test
	void anInstrumentAsOfAMomentHasItsTitleThen() throws Exception {
		var created = asCurator("""
				mutation { createInstrument(input: {key: "test/report", title: "Draft report", kind: REPORT, date: "2013-05",
				  provenance: [{kind: CURATED, source: "curated/T1", statement: "A test report was drafted in May 2013.",
				                url: "https://example.org/test-report"}]}) {
				  instrument { key title date { value precision } sourceDocument version } userErrors { message } } }
				""", Map.of());
		assertThat(created.<Map<String, Object>>read("$.data.createInstrument.instrument")).isEqualTo(Map.of("key",
				"test/report", "title", "Draft report", "date", Map.of("value", "2013-05", "precision", "MONTH"),
				"sourceDocument", false, "version", 1));
		Thread.sleep(20);
		var between = OffsetDateTime.now();
		Thread.sleep(20);
		asCurator("""
				mutation { updateInstrument(input: {id: "%s", expectedVersion: 1, title: "Final report",
				  provenance: [{kind: CURATED, source: "curated/T1"}]}) { userErrors { message } } }
				""".formatted(id("Instrument", "test/report")), Map.of());
		var then = this.http.query("query($at: DateTime) { instrument(key: \"test/report\", asOf: $at) { title version } }",
				Map.of("at", between.toString()));
		assertThat(then.<Map<String, Object>>read("$.data.instrument")).isEqualTo(Map.of("title", "Draft report", "version", 1));
		var now = this.http.query("{ instrument(key: \"test/report\") { title version } }");
		assertThat(now.<Map<String, Object>>read("$.data.instrument")).isEqualTo(Map.of("title", "Final report", "version", 2));
		var source = this.http.query("{ source(key: \"curated/T1\") { kind statement url } }");
		assertThat(source.<Map<String, Object>>read("$.data.source")).isEqualTo(Map.of("kind", "CURATED_FACT", "statement",
				"A test report was drafted in May 2013.", "url", "https://example.org/test-report"));
	}

	/** The message the dataset reader gives for a dataset holding this file (without its file and line). */
	private static String loaderMessage(String yaml) {
		var files = DatasetFiles.fromClasspath().with("test.yaml", yaml);
		var thrown = assertThatExceptionOfType(DatasetException.class).isThrownBy(() -> DatasetReader.read(files))
			.actual();
		return thrown.reason();
	}

	/** A map that may hold nulls, in order. */
	static Map<String, Object> map(Object... pairs) {
		var map = new java.util.LinkedHashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
