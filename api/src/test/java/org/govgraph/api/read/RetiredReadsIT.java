package org.govgraph.api.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.SeededApiTest;
import org.govgraph.model.graph.GraphRepository;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retired entity leaves every read but identity: each test retires real entities of the
 * seeded dataset as curation stores it (label {@code :Retired}, {@code retired: true}, version
 * + 1), asks the same questions over HTTP before and after, and compares the exact answers.
 */
/*
 * The test Neo4j is one server per JVM, shared by every IT whatever its Spring context, so a
 * dedicated context would isolate nothing: each test puts every node it retired back as it was
 * (label, retired, version) after it, and ITs run one at a time.
 */
class RetiredReadsIT extends SeededApiTest {

	static final String RESOLUTION_48 = "itu/wtsa/res/48/rev-dubai-2012";

	/** Every instrument, by date (undated last, by key): {@code instruments}' default order. */
	static final List<String> INSTRUMENTS_BY_DATE = List.of("itu/pp/res/102/rev-marrakesh-2002",
			"itu/pp/res/133/marrakesh-2002", "un/wsis/2003/geneva-declaration", "un/wsis/2003/geneva-plan-of-action",
			"wgig/2005/report", "un/wsis/2005/tunis-agenda", "un/wsis/2005/tunis-commitment",
			"itu/pp/res/102/rev-antalya-2006", "itu/pp/res/133/rev-antalya-2006", "itu/pp/res/101/rev-guadalajara-2010",
			"itu/pp/res/102/rev-guadalajara-2010", "itu/pp/res/133/rev-guadalajara-2010",
			"itu/pp/res/140/guadalajara-2010", RESOLUTION_48, "itu/wtpf-13/opinion/5", "itu/wtpf-13/opinion/6",
			"itu/sg/2013/information-document-cwg-internet", "igf/legacy/itu-event-town-hall-consultation",
			"itu/council/res/1336", "itu/pp/res/101", "itu/pp/res/102", "itu/pp/res/133", "itu/pp/res/140",
			"itu/wtpf-13/media-backgrounder");

	@Autowired
	GraphRepository graph;

	/** What each retired node was before: its label, key, and previous {@code version} and {@code retired} (null when absent). */
	private record Retired(String label, String key, Object version, Object retired) {
	}

	private final List<Retired> retired = new ArrayList<>();

	/** Retires a node as curation does: the extra label, {@code retired: true}, the next version. */
	private void retire(String label, String key) {
		try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
			var before = session.run("""
					MATCH (n:$($label) {key: $key})
					WITH n, n.version AS version, n.retired AS retired
					SET n:Retired, n.retired = true, n.version = coalesce(n.version, 1) + 1
					RETURN version, retired""", Map.of("label", label, "key", key)).single();
			this.retired.add(new Retired(label, key, before.get("version").asObject(), before.get("retired").asObject()));
		}
	}

	@AfterEach
	void restore() {
		try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
			for (Retired node : this.retired) {
				var parameters = new HashMap<String, Object>();
				parameters.put("label", node.label());
				parameters.put("key", node.key());
				parameters.put("version", node.version());
				parameters.put("retired", node.retired());
				session.run("""
						MATCH (n:$($label) {key: $key})
						REMOVE n:Retired
						SET n.version = $version, n.retired = $retired""", parameters).consume();
			}
			this.retired.clear();
			assertThat(session.run("MATCH (n:Retired) RETURN count(n) AS retired").single().get("retired").asLong())
				.isZero();
		}
	}

	static final String RESOLUTION_48_QUESTIONS = """
			query($resolution: ID!, $summit: ID!) {
			  instruments(first: 100) { totalCount edges { node { key } } }
			  byText: instruments(filter: {text: "multilingual"}) { totalCount edges { node { key } } }
			  issuedByWtsa: instruments(filter: {issuedBy: "WTSA"}) { totalCount edges { node { key } } }
			  search(query: "multilingual domain names") { totalCount edges { node { id } } }
			  timeline(filter: {from: "2012", to: "2012"}) { totalCount edges { node { node { ... on Instrument { key } ... on Event { key } } } } }
			  summit: event(key: "wsis/summit") {
			    outcomesCitedBy { instrument { key } }
			    all: outcomesCitedBy(includeRetired: true) { instrument { key retired version } }
			  }
			  cited: instrument(key: "itu/pp/res/102/rev-guadalajara-2010") { citedBy { source { id } depth } }
			  wtsa: forum(acronym: "WTSA") { key instruments { totalCount edges { node { key } } } }
			  source(key: "curated/I4") {
			    supports(first: 100) { totalCount edges { node { subject { id } relationship object { id } properties } } }
			  }
			  path(from: $resolution, to: $summit) { length }
			  node(id: $resolution) { id version retired ... on Instrument { key issuedBy { forum { key } } } }
			  nodes(ids: [$resolution]) { id retired }
			  byKey: instrument(key: "itu/wtsa/res/48/rev-dubai-2012") { key retired }
			  bySymbol: instrument(key: "Resolution 48 (Rev. Dubai, 2012)") { key }
			}""";

	/** WTSA Resolution 48 (Rev. Dubai, 2012), retired: gone from every list, search, path, citation and source; found by its ID and key. */
	@Test
	void aRetiredInstrumentLeavesEveryReadButIdentity() {
		var variables = Map.<String, Object>of("resolution", id("Instrument", RESOLUTION_48), "summit",
				id("Event", "wsis/summit"));
		var before = this.http.query(RESOLUTION_48_QUESTIONS, variables);
		assertThat(before.read("$.errors", List.class)).isNull();
		assertThat(before.read("$.data.instruments.totalCount", Integer.class)).isEqualTo(24);
		assertThat(before.read("$.data.instruments.edges[*].node.key", List.class)).isEqualTo(INSTRUMENTS_BY_DATE);
		assertThat(before.read("$.data.byText.edges[*].node.key", List.class))
			.isEqualTo(List.of("itu/pp/res/133/rev-guadalajara-2010", RESOLUTION_48, "itu/pp/res/133"));
		assertThat(before.read("$.data.issuedByWtsa.edges[*].node.key", List.class)).isEqualTo(List.of(RESOLUTION_48));
		assertThat(before.read("$.data.search.edges[*].node.id", List.class)).isEqualTo(List.of(
				id("Instrument", RESOLUTION_48), id("Instrument", "itu/pp/res/133"),
				id("Instrument", "itu/pp/res/133/rev-guadalajara-2010")));
		assertThat(before.read("$.data.timeline.edges[*].node.node.key", List.class)).isEqualTo(List.of(RESOLUTION_48));
		assertThat(before.read("$.data.summit.outcomesCitedBy[*].instrument.key", List.class))
			.isEqualTo(List.of(RESOLUTION_48));
		assertThat(before.read("$.data.cited.citedBy[*].source.id", List.class)).isEqualTo(List.of(
				id("Instrument", "itu/council/res/1336"), id("Paragraph", "itu/wtpf-13/media-backgrounder#para_8"),
				id("Instrument", RESOLUTION_48)));
		assertThat(before.read("$.data.wtsa.instruments.totalCount", Integer.class)).isEqualTo(1);
		assertThat(before.read("$.data.source.supports.totalCount", Integer.class)).isEqualTo(6);
		assertThat(before.read("$.data.source.supports.edges[*].node.subject.id", List.class)).isEqualTo(List.of(
				id("Instrument", RESOLUTION_48), id("Instrument", RESOLUTION_48), id("Instrument", RESOLUTION_48),
				id("Forum", "itu/wtsa"), id("Instrument", RESOLUTION_48), id("Instrument", RESOLUTION_48)));
		assertThat(before.read("$.data.path.length", Integer.class)).isEqualTo(1);
		assertThat(before.read("$.data.node.retired", Boolean.class)).isFalse();
		assertThat(before.read("$.data.node.version", Integer.class)).isEqualTo(1);

		retire("Instrument", RESOLUTION_48);
		var after = this.http.query(RESOLUTION_48_QUESTIONS, variables);

		// Lists and their totals, the text filter, "issued by", search and the timeline.
		var live = new ArrayList<>(INSTRUMENTS_BY_DATE);
		live.remove(RESOLUTION_48);
		assertThat(after.read("$.data.instruments.totalCount", Integer.class)).isEqualTo(23);
		assertThat(after.read("$.data.instruments.edges[*].node.key", List.class)).isEqualTo(live);
		assertThat(after.read("$.data.byText.totalCount", Integer.class)).isEqualTo(2);
		assertThat(after.read("$.data.byText.edges[*].node.key", List.class))
			.isEqualTo(List.of("itu/pp/res/133/rev-guadalajara-2010", "itu/pp/res/133"));
		assertThat(after.read("$.data.issuedByWtsa", Map.class)).isEqualTo(Map.of("totalCount", 0, "edges", List.of()));
		assertThat(after.read("$.data.search.totalCount", Integer.class)).isEqualTo(2);
		assertThat(after.read("$.data.search.edges[*].node.id", List.class)).isEqualTo(List.of(
				id("Instrument", "itu/pp/res/133"), id("Instrument", "itu/pp/res/133/rev-guadalajara-2010")));
		assertThat(after.read("$.data.timeline", Map.class)).isEqualTo(Map.of("totalCount", 0, "edges", List.of()));
		// A relationship field of another entity, unless asked with includeRetired.
		assertThat(after.read("$.data.summit.outcomesCitedBy", List.class)).isEmpty();
		assertThat(after.read("$.data.summit.all", List.class)).isEqualTo(List.of(
				Map.of("instrument", Map.of("key", RESOLUTION_48, "retired", true, "version", 2))));
		// What cites Resolution 102 (Rev. Guadalajara, 2010), and the forum's list.
		assertThat(after.read("$.data.cited.citedBy", List.class)).isEqualTo(List.of(
				Map.of("source", Map.of("id", id("Instrument", "itu/council/res/1336")), "depth", 1),
				Map.of("source", Map.of("id", id("Paragraph", "itu/wtpf-13/media-backgrounder#para_8")), "depth", 1)));
		assertThat(after.read("$.data.wtsa", Map.class)).isEqualTo(
				Map.of("key", "itu/wtsa", "instruments", Map.of("totalCount", 0, "edges", List.of())));
		// Of the six facts curated/I4 supports, only the forum's own values are about live entities.
		assertThat(after.read("$.data.source.supports", Map.class)).isEqualTo(Map.of("totalCount", 1, "edges",
				List.of(Map.of("node", fact(id("Forum", "itu/wtsa"), null, null, List.of("acronym", "name"))))));
		// A retired end gives no path, and no error.
		assertThat(after.read("$.data.path", Object.class)).isNull();
		// Identity still finds it, with its own live relationships; a look-up by symbol does not.
		assertThat(after.read("$.data.node", Map.class)).isEqualTo(Map.of("id", id("Instrument", RESOLUTION_48),
				"version", 2, "retired", true, "key", RESOLUTION_48, "issuedBy", List.of(Map.of("forum", Map.of("key", "itu/wtsa")))));
		assertThat(after.read("$.data.nodes", List.class))
			.isEqualTo(List.of(Map.of("id", id("Instrument", RESOLUTION_48), "retired", true)));
		assertThat(after.read("$.data.byKey", Map.class)).isEqualTo(Map.of("key", RESOLUTION_48, "retired", true));
		assertThat(after.read("$.data.bySymbol", Object.class)).isNull();
		assertThat(after.read("$.errors[*].message", List.class))
			.isEqualTo(List.of("No instrument has the key or symbol 'Resolution 48 (Rev. Dubai, 2012)'"));
		assertThat(after.read("$.errors[0].path", List.class)).isEqualTo(List.of("bySymbol"));
	}

	private static Map<String, Object> fact(String subject, String relationship, String object, List<String> properties) {
		var fact = new HashMap<String, Object>();
		fact.put("subject", Map.of("id", subject));
		fact.put("relationship", relationship);
		fact.put("object", (object != null) ? Map.of("id", object) : null);
		fact.put("properties", properties);
		return fact;
	}

	static final String ROLE_OF_GOVERNMENTS_QUESTIONS = """
			query($opinion: ID!, $paragraph: ID!, $topic: ID!) {
			  path(from: $opinion, to: $paragraph) { length nodes { id } }
			  withinThree: path(from: $opinion, to: $paragraph, maxHops: 3) { length }
			  toTopic: path(from: $opinion, to: $topic) { length }
			  same: path(from: $topic, to: $topic) { length }
			  topics { key }
			  paragraph(key: "un/wsis/2005/tunis-agenda#para_35") {
			    topics { topic { key } }
			    all: topics(includeRetired: true) { topic { key retired } }
			  }
			  search(query: "role of governments", first: 3) { totalCount edges { node { id } } }
			}""";

	/** The topic "role of governments", retired: paths go round it, and it leaves the topics and search. */
	@Test
	void pathsGoThroughLiveEntitiesOnly() {
		var variables = Map.<String, Object>of("opinion", id("Instrument", "itu/wtpf-13/opinion/5"), "paragraph",
				id("Paragraph", "un/wsis/2005/tunis-agenda#para_35"), "topic", id("Topic", "role-of-governments"));
		var before = this.http.query(ROLE_OF_GOVERNMENTS_QUESTIONS, variables);
		assertThat(before.read("$.errors", List.class)).isNull();
		assertThat(before.read("$.data.path.nodes[*].id", List.class)).isEqualTo(List.of(
				id("Instrument", "itu/wtpf-13/opinion/5"), id("Event", "itu/wtpf-13"), id("Topic", "role-of-governments"),
				id("Paragraph", "un/wsis/2005/tunis-agenda#para_35")));
		assertThat(before.read("$.data.withinThree.length", Integer.class)).isEqualTo(3);
		assertThat(before.read("$.data.toTopic.length", Integer.class)).isEqualTo(2);
		assertThat(before.read("$.data.same.length", Integer.class)).isZero();
		assertThat(before.read("$.data.topics[*].key", List.class)).hasSize(9).contains("role-of-governments");
		assertThat(before.read("$.data.paragraph.topics[*].topic.key", List.class))
			.isEqualTo(List.of("stakeholder-roles-and-responsibilities", "role-of-governments"));
		assertThat(before.read("$.data.search.totalCount", Integer.class)).isEqualTo(10);
		assertThat(before.read("$.data.search.edges[*].node.id", List.class)).isEqualTo(List.of(
				id("Topic", "role-of-governments"), id("Instrument", "igf/legacy/itu-event-town-hall-consultation"),
				id("Paragraph", "igf/legacy/itu-event-town-hall-consultation#para_4")));

		retire("Topic", "role-of-governments");
		var after = this.http.query(ROLE_OF_GOVERNMENTS_QUESTIONS, variables);

		assertThat(after.read("$.errors", List.class)).isNull();
		// Every path of three hops went through the topic: none is left within three, and the
		// shortest way round takes four (several do; which one comes back is not specified).
		assertThat(after.read("$.data.withinThree", Object.class)).isNull();
		assertThat(after.read("$.data.path.length", Integer.class)).isEqualTo(4);
		List<String> nodes = after.read("$.data.path.nodes[*].id", List.class);
		assertThat(nodes).hasSize(5)
			.startsWith(id("Instrument", "itu/wtpf-13/opinion/5"))
			.endsWith(id("Paragraph", "un/wsis/2005/tunis-agenda#para_35"))
			.doesNotContain(id("Topic", "role-of-governments"));
		// A retired end gives no path, not even the empty one from it to itself.
		assertThat(after.read("$.data.toTopic", Object.class)).isNull();
		assertThat(after.read("$.data.same", Object.class)).isNull();
		assertThat(after.read("$.data.topics[*].key", List.class)).isEqualTo(List.of("enhanced-cooperation",
				"internet-governance-guiding-principles", "internet-related-public-policy-issues", "multistakeholder-model",
				"developing-country-participation", "stakeholder-roles-and-responsibilities",
				"internet-governance-working-definition", "wsis-principles"));
		assertThat(after.read("$.data.paragraph.topics[*].topic.key", List.class))
			.isEqualTo(List.of("stakeholder-roles-and-responsibilities"));
		assertThat(after.read("$.data.paragraph.all", List.class)).isEqualTo(List.of(
				Map.of("topic", Map.of("key", "stakeholder-roles-and-responsibilities", "retired", false)),
				Map.of("topic", Map.of("key", "role-of-governments", "retired", true))));
		assertThat(after.read("$.data.search.totalCount", Integer.class)).isEqualTo(9);
		assertThat(after.read("$.data.search.edges[*].node.id", List.class)).isEqualTo(List.of(
				id("Instrument", "igf/legacy/itu-event-town-hall-consultation"),
				id("Paragraph", "igf/legacy/itu-event-town-hall-consultation#para_4"),
				id("Event", "itu/sg/open-talks/2013-10-25-town-hall")));
	}

	static final String PARAGRAPH_QUESTIONS = """
			{ backgrounder: instrument(key: "itu/wtpf-13/media-backgrounder") {
			    paragraphs(first: 100) { totalCount edges { node { eId } } }
			  }
			  res102: instrument(key: "itu/pp/res/102/rev-guadalajara-2010") { citedBy { source { id } } }
			  res101: instrument(key: "itu/pp/res/101/rev-guadalajara-2010") { citedBy { source { id } } }
			  search(query: "Resolutions 101, 102 and 133", kinds: [PARAGRAPH]) { totalCount edges { node { id } } }
			}""";

	/** Paragraph 8 of the WTPF-13 backgrounder, retired: gone from its instrument's paragraphs, from what cites the Resolutions, and from search. */
	@Test
	void aRetiredParagraphLeavesItsInstrumentsParagraphsAndTheCitations() {
		String paragraph8 = "itu/wtpf-13/media-backgrounder#para_8";
		var before = this.http.query(PARAGRAPH_QUESTIONS);
		assertThat(before.read("$.errors", List.class)).isNull();
		List<String> paragraphs = before.read("$.data.backgrounder.paragraphs.edges[*].node.eId", List.class);
		assertThat(paragraphs).isEqualTo(List.of("para_1", "para_2", "para_3", "para_4", "para_5", "para_5__item_i",
				"para_5__item_ii", "para_5__item_iii", "para_5__item_iv", "para_5__item_v", "para_6", "para_7", "para_8",
				"para_9", "para_10", "para_11", "para_12"));
		assertThat(before.read("$.data.res101.citedBy[*].source.id", List.class)).isEqualTo(List.of(id("Paragraph", paragraph8)));
		assertThat(before.read("$.data.search.edges[*].node.id", List.class)).isEqualTo(List.of(id("Paragraph", paragraph8)));

		retire("Paragraph", paragraph8);
		var after = this.http.query(PARAGRAPH_QUESTIONS);

		assertThat(after.read("$.errors", List.class)).isNull();
		var live = new ArrayList<>(paragraphs);
		live.remove("para_8");
		assertThat(after.read("$.data.backgrounder.paragraphs.totalCount", Integer.class)).isEqualTo(16);
		assertThat(after.read("$.data.backgrounder.paragraphs.edges[*].node.eId", List.class)).isEqualTo(live);
		assertThat(after.read("$.data.res102.citedBy[*].source.id", List.class)).isEqualTo(
				List.of(id("Instrument", "itu/council/res/1336"), id("Instrument", RESOLUTION_48)));
		assertThat(after.read("$.data.res101.citedBy", List.class)).isEmpty();
		assertThat(after.read("$.data.search", Map.class)).isEqualTo(Map.of("totalCount", 0, "edges", List.of()));
	}

	static final String WTPF_QUESTIONS = """
			{ byShortName: event(key: "WTPF-13") { key }
			  byKey: event(key: "itu/wtpf-13") { key retired version }
			  events(first: 100) { totalCount edges { node { key } } }
			  itu: instruments(filter: {issuedBy: "ITU", dateFrom: "2010", dateTo: "2013"}) { totalCount edges { node { key } } }
			  forum(acronym: "ITU") { events(first: 100) { totalCount edges { node { key } } } instruments(first: 100) { totalCount } }
			  preparatoryProcess: event(key: "itu/wtpf-13/preparatory-process") {
			    forum { key }
			    partOf { event { key } }
			    all: partOf(includeRetired: true) { event { key } }
			  }
			  opinion5: instrument(key: "itu/wtpf-13/opinion/5") { adoptedAt { event { key } } }
			  source(key: "curated/E3") { supports(first: 100) { totalCount } }
			}""";

	/**
	 * WTPF-13, retired: it leaves the events and its short name; nothing is reached through it,
	 * so its Opinions are no longer issued by ITU and its preparatory process has no forum.
	 */
	@Test
	void nothingIsReachedThroughARetiredEvent() {
		var before = this.http.query(WTPF_QUESTIONS);
		assertThat(before.read("$.errors", List.class)).isNull();
		assertThat(before.read("$.data.byShortName.key", String.class)).isEqualTo("itu/wtpf-13");
		assertThat(before.read("$.data.events.totalCount", Integer.class)).isEqualTo(11);
		assertThat(before.read("$.data.itu.edges[*].node.key", List.class)).isEqualTo(List.of(
				"itu/pp/res/101/rev-guadalajara-2010", "itu/pp/res/102/rev-guadalajara-2010",
				"itu/pp/res/133/rev-guadalajara-2010", "itu/pp/res/140/guadalajara-2010", "itu/wtpf-13/opinion/5",
				"itu/wtpf-13/opinion/6", "itu/sg/2013/information-document-cwg-internet"));
		assertThat(before.read("$.data.forum.events.totalCount", Integer.class)).isEqualTo(7);
		assertThat(before.read("$.data.forum.instruments.totalCount", Integer.class)).isEqualTo(16);
		assertThat(before.read("$.data.preparatoryProcess.forum.key", String.class)).isEqualTo("itu/wtpf");
		assertThat(before.read("$.data.opinion5.adoptedAt[*].event.key", List.class)).isEqualTo(List.of("itu/wtpf-13"));
		assertThat(before.read("$.data.source.supports.totalCount", Integer.class)).isEqualTo(10);

		retire("Event", "itu/wtpf-13");
		var after = this.http.query(WTPF_QUESTIONS);

		assertThat(after.read("$.data.byShortName", Object.class)).isNull();
		assertThat(after.read("$.errors[*].message", List.class)).isEqualTo(List.of("No event has the key or short name 'WTPF-13'"));
		assertThat(after.read("$.data.byKey", Map.class)).isEqualTo(Map.of("key", "itu/wtpf-13", "retired", true, "version", 2));
		assertThat(after.read("$.data.events.totalCount", Integer.class)).isEqualTo(10);
		assertThat(after.read("$.data.events.edges[*].node.key", List.class)).isEqualTo(List.of("wsis/2003-geneva",
				"wsis/summit", "wsis/2005-tunis", "itu/pp-10", "itu/sg/open-talks/2013-10-08-world-cafe", "igf/2013",
				"itu/sg/open-talks/2013-10-25-town-hall", "itu/cwg-internet/2013-11", "itu/sg/open-talks",
				"itu/wtpf-13/preparatory-process"));
		// The Opinions were ITU's only through their adoption at WTPF-13, a meeting of ITU's organ WTPF.
		assertThat(after.read("$.data.itu.totalCount", Integer.class)).isEqualTo(5);
		assertThat(after.read("$.data.itu.edges[*].node.key", List.class)).isEqualTo(List.of(
				"itu/pp/res/101/rev-guadalajara-2010", "itu/pp/res/102/rev-guadalajara-2010",
				"itu/pp/res/133/rev-guadalajara-2010", "itu/pp/res/140/guadalajara-2010",
				"itu/sg/2013/information-document-cwg-internet"));
		assertThat(after.read("$.data.forum.events.totalCount", Integer.class)).isEqualTo(5);
		assertThat(after.read("$.data.forum.events.edges[*].node.key", List.class)).isEqualTo(List.of("itu/pp-10",
				"itu/sg/open-talks/2013-10-08-world-cafe", "itu/sg/open-talks/2013-10-25-town-hall",
				"itu/cwg-internet/2013-11", "itu/sg/open-talks"));
		assertThat(after.read("$.data.forum.instruments.totalCount", Integer.class)).isEqualTo(14);
		var preparatoryProcess = new HashMap<String, Object>();
		preparatoryProcess.put("forum", null);
		preparatoryProcess.put("partOf", List.of());
		preparatoryProcess.put("all", List.of(Map.of("event", Map.of("key", "itu/wtpf-13"))));
		assertThat(after.read("$.data.preparatoryProcess", Map.class)).isEqualTo(preparatoryProcess);
		assertThat(after.read("$.data.opinion5.adoptedAt", List.class)).isEmpty();
		// curated/E3 supports four facts about WTPF-13 or relationships to it.
		assertThat(after.read("$.data.source.supports.totalCount", Integer.class)).isEqualTo(6);
	}

	/** With and without {@code includeRetired}, a relationship field is one statement per level each: two loaders, not one per parent. */
	@Test
	void includeRetiredIsItsOwnBatchLoader() {
		retire("Topic", "multistakeholder-model");
		long before = this.graph.statementCount();
		DocumentContext answer = this.http.query("""
				{ instruments(first: 100) { edges { node {
				    key
				    topics { topic { key } }
				    live: topics(includeRetired: false) { topic { key } }
				    all: topics(includeRetired: true) { topic { key } }
				} } } }""");
		long statements = this.graph.statementCount() - before;
		assertThat(answer.read("$.errors", List.class)).isNull();
		// instruments (1), topics and topics(includeRetired: false) (1: the same loader), topics(includeRetired: true) (1).
		assertThat(statements).isEqualTo(3);
		assertThat(answer.read("$.data.instruments.edges[?(@.node.key == 'itu/wtpf-13/opinion/5')].node.topics[*].topic.key",
				List.class)).isEqualTo(List.of("developing-country-participation"));
		assertThat(answer.read("$.data.instruments.edges[?(@.node.key == 'itu/wtpf-13/opinion/5')].node.live[*].topic.key",
				List.class)).isEqualTo(List.of("developing-country-participation"));
		assertThat(answer.read("$.data.instruments.edges[?(@.node.key == 'itu/wtpf-13/opinion/5')].node.all[*].topic.key",
				List.class)).isEqualTo(List.of("multistakeholder-model", "developing-country-participation"));
	}

}
