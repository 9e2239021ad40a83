package org.govgraph.api.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.support.SeededApiTest;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions new users asked of the running app, over HTTP, each with the exact answer the graph gives. */
@ExtendWith(OutputCaptureExtension.class)
class ReadAnswersIT extends SeededApiTest {

	static final String TUNIS = "un/wsis/2005/tunis-agenda";

	/** 1. A citation of a part is a citation of the whole: what cites the Tunis Agenda or its paragraphs. */
	@Test
	void documentsCitingTheTunisAgendaIncludeCitationsOfItsParagraphs() {
		var answer = this.http.query("""
				{ instrument(key: "un/wsis/2005/tunis-agenda") {
				    citedBy(depth: 3) { source { ...key } target { ...key } depth pinpoint }
				    whole: citedBy(depth: 3, includeParts: false) { source { ...key } target { ...key } depth pinpoint }
				} }
				fragment key on Node { ... on Instrument { key } ... on Paragraph { key } }""");
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.instrument.citedBy", List.class)).isEqualTo(List.of(
				citing("igf/legacy/itu-event-town-hall-consultation#para_6", TUNIS + "#para_35", "Paragraph 35"),
				citing("itu/wtpf-13/media-backgrounder#para_3", TUNIS + "#para_34", "para. 34"),
				citing("itu/wtpf-13/media-backgrounder#para_4", TUNIS + "#para_35", "para. 35"),
				citing("itu/wtpf-13/media-backgrounder#para_6", TUNIS + "#sec_29-82", "§§ 29-82")));
		// Every citation names a paragraph; WTSA Resolution 48 cites "the relevant outcomes of the two
		// phases of WSIS" (CITES_OUTCOMES_OF the summit), not the Agenda itself.
		assertThat(answer.read("$.data.instrument.whole", List.class)).isEmpty();
	}

	/**
	 * 1b. The same references one page at a time: two pages of two give the list of
	 * {@code citedBy} in its order, the count when asked, and no more pages after them.
	 */
	@Test
	void citingReferencesPageThroughWhatCitedByLists() {
		var page = """
				query($after: String) { instrument(key: "un/wsis/2005/tunis-agenda") {
				    citingReferences(depth: 3, first: 2, after: $after) {
				      totalCount pageInfo { hasNextPage endCursor }
				      edges { cursor node { source { ...key } target { ...key } depth pinpoint } } }
				} }
				fragment key on Node { ... on Instrument { key } ... on Paragraph { key } }""";
		var first = this.http.query(page, new HashMap<>());
		assertThat(first.read("$.errors", List.class)).isNull();
		assertThat(first.read("$.data.instrument.citingReferences.totalCount", Integer.class)).isEqualTo(4);
		assertThat(first.read("$.data.instrument.citingReferences.pageInfo.hasNextPage", Boolean.class)).isTrue();
		var variables = new HashMap<String, Object>();
		variables.put("after", first.read("$.data.instrument.citingReferences.pageInfo.endCursor", String.class));
		var second = this.http.query(page, variables);
		assertThat(second.read("$.data.instrument.citingReferences.pageInfo.hasNextPage", Boolean.class)).isFalse();
		List<Object> nodes = new java.util.ArrayList<>(first.read("$.data.instrument.citingReferences.edges[*].node", List.class));
		nodes.addAll(second.read("$.data.instrument.citingReferences.edges[*].node", List.class));
		assertThat(nodes).isEqualTo(List.of(
				citing("igf/legacy/itu-event-town-hall-consultation#para_6", TUNIS + "#para_35", "Paragraph 35"),
				citing("itu/wtpf-13/media-backgrounder#para_3", TUNIS + "#para_34", "para. 34"),
				citing("itu/wtpf-13/media-backgrounder#para_4", TUNIS + "#para_35", "para. 35"),
				citing("itu/wtpf-13/media-backgrounder#para_6", TUNIS + "#sec_29-82", "§§ 29-82")));
		// a cursor of another depth is not one of this connection
		var otherDepth = this.http.query("""
				query($after: String) { instrument(key: "un/wsis/2005/tunis-agenda") {
				    citingReferences(depth: 1, after: $after) { edges { cursor } } } }""", variables);
		assertThat(otherDepth.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(otherDepth.read("$.errors[0].extensions.argument", String.class)).isEqualTo("after");
	}

	private static Map<String, Object> citing(String source, String target, String pinpoint) {
		var reference = new HashMap<String, Object>();
		reference.put("source", Map.of("key", source));
		reference.put("target", Map.of("key", target));
		reference.put("depth", 1);
		reference.put("pinpoint", pinpoint);
		return reference;
	}

	/** 2. "Issued by a forum (and its organs)" means the same in the filter, the forum's field and the timeline. */
	@Test
	void instrumentsIssuedByItuAndByThePlenipotentiaryConference() {
		var itu = this.http.query("""
				{ instruments(filter: {issuedBy: "ITU", dateFrom: "2010", dateTo: "2013"}) { totalCount edges { node { key } } }
				  timeline(filter: {forum: "ITU", from: "2010", to: "2013", kinds: [INSTRUMENT]}) { edges { node { node { ... on Instrument { key } } } } }
				  forum(acronym: "ITU") { instruments(first: 100) { edges { node { key date { value } } } } }
				}""");
		var itu2010To2013 = List.of("itu/pp/res/101/rev-guadalajara-2010", "itu/pp/res/102/rev-guadalajara-2010",
				"itu/pp/res/133/rev-guadalajara-2010", "itu/pp/res/140/guadalajara-2010", "itu/wtpf-13/opinion/5",
				"itu/wtpf-13/opinion/6", "itu/sg/2013/information-document-cwg-internet");
		assertThat(itu.read("$.data.instruments.edges[*].node.key", List.class)).isEqualTo(itu2010To2013);
		assertThat(itu.read("$.data.timeline.edges[*].node.node.key", List.class)).isEqualTo(itu2010To2013);
		List<Map<String, Object>> forumField = itu.read("$.data.forum.instruments.edges[*].node", List.class);
		assertThat(forumField.stream()
			.filter((n) -> n.get("date") instanceof Map<?, ?> date && ((String) date.get("value")).compareTo("2010") >= 0
					&& ((String) date.get("value")).compareTo("2014") < 0)
			.map((n) -> n.get("key"))
			.toList()).isEqualTo(itu2010To2013);

		var pp = this.http.query("""
				{ instruments(filter: {issuedBy: "PP"}, first: 100) { totalCount edges { node { key } } }
				  forum(acronym: "PP") { instruments(first: 100) { totalCount edges { node { key } } } }
				}""");
		var ppKeys = List.of("itu/pp/res/102/rev-marrakesh-2002", "itu/pp/res/133/marrakesh-2002",
				"itu/pp/res/102/rev-antalya-2006", "itu/pp/res/133/rev-antalya-2006", "itu/pp/res/101/rev-guadalajara-2010",
				"itu/pp/res/102/rev-guadalajara-2010", "itu/pp/res/133/rev-guadalajara-2010",
				"itu/pp/res/140/guadalajara-2010", "itu/pp/res/101", "itu/pp/res/102", "itu/pp/res/133", "itu/pp/res/140");
		assertThat(pp.read("$.data.instruments.totalCount", Integer.class)).isEqualTo(12);
		assertThat(pp.read("$.data.instruments.edges[*].node.key", List.class)).isEqualTo(ppKeys);
		assertThat(pp.read("$.data.forum.instruments.totalCount", Integer.class)).isEqualTo(12);
		assertThat(pp.read("$.data.forum.instruments.edges[*].node.key", List.class)).isEqualTo(ppKeys);
	}

	/** 3. Events by their short name, fora by any key. */
	@Test
	void eventsByShortNameAndForaByKey() {
		var answer = this.http.query("""
				{ wtpf: event(key: "WTPF-13") { key name }
				  pp10: event(key: "PP-10") { key }
				  igf: event(key: "IGF 2013") { key }
				  byKey: event(key: "itu/wtpf-13") { key }
				  pp: forum(acronym: "itu/pp") { key acronym }
				  council: forum(acronym: "itu/council") { key }
				  itu: forum(acronym: "ITU") { key }
				}""");
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.wtpf", Map.class))
			.isEqualTo(Map.of("key", "itu/wtpf-13", "name", "5th World Telecommunication/ICT Policy Forum (WTPF-13)"));
		assertThat(answer.read("$.data.pp10.key", String.class)).isEqualTo("itu/pp-10");
		assertThat(answer.read("$.data.igf.key", String.class)).isEqualTo("igf/2013");
		assertThat(answer.read("$.data.byKey.key", String.class)).isEqualTo("itu/wtpf-13");
		assertThat(answer.read("$.data.pp", Map.class)).isEqualTo(Map.of("key", "itu/pp", "acronym", "PP"));
		assertThat(answer.read("$.data.council.key", String.class)).isEqualTo("itu/council");
		assertThat(answer.read("$.data.itu.key", String.class)).isEqualTo("itu");

		var none = this.http.query("{ event(key: \"WTPF\") { key } }");
		assertThat(none.read("$.data.event", Object.class)).isNull();
		assertThat(none.read("$.errors[0].message", String.class)).isEqualTo("No event has the key or short name 'WTPF'");
		assertThat(none.read("$.errors[0].extensions.classification", String.class)).isEqualTo("NOT_FOUND");
	}

	/** 4. Events by place, and search over cities, venues and countries. */
	@Test
	void eventsInGenevaIn2013() {
		var answer = this.http.query("""
				{ city: events(filter: {city: "geneva", from: "2013", to: "2013"}) { edges { node { key city } } }
				  place: events(filter: {place: "ITU headquarters"}) { edges { node { key venue } } }
				  country: events(filter: {country: "Indonesia"}) { edges { node { key } } }
				  search(query: "Geneva", kinds: [EVENT]) { totalCount edges { snippet node { ... on Event { key } } } }
				}""");
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.city.edges[*].node.key", List.class))
			.isEqualTo(List.of("itu/wtpf-13", "itu/sg/open-talks/2013-10-08-world-cafe"));
		assertThat(answer.read("$.data.place.edges[*].node", List.class)).isEqualTo(List.of(Map.of("key",
				"itu/sg/open-talks/2013-10-08-world-cafe", "venue", "ICT Discovery Museum, ITU headquarters")));
		assertThat(answer.read("$.data.country.edges[*].node.key", List.class))
			.isEqualTo(List.of("igf/2013", "itu/sg/open-talks/2013-10-25-town-hall"));
		assertThat(answer.read("$.data.search.totalCount", Integer.class)).isEqualTo(3);
		assertThat(answer.read("$.data.search.edges[*].node.key", List.class)).isEqualTo(
				List.of("wsis/2003-geneva", "itu/sg/open-talks/2013-10-08-world-cafe", "itu/wtpf-13"));
		assertThat(answer.read("$.data.search.edges[*].snippet", List.class))
			.isEqualTo(List.of("WSIS <mark>Geneva</mark> phase", "<mark>Geneva</mark>", "<mark>Geneva</mark>"));
	}

	/** 5. Every order a description states, as the exact order of keys. */
	@Test
	void everyDocumentedOrderHolds() {
		var answer = this.http.query("""
				{ date: instruments(first: 100) { ...keys }
				  dateDesc: instruments(first: 100, orderBy: {field: DATE, direction: DESC}) { ...keys }
				  title: instruments(first: 100, orderBy: {field: TITLE, direction: ASC}) { ...keys }
				  key: instruments(first: 100, orderBy: {field: KEY, direction: ASC}) { ...keys }
				  start: events(first: 100) { edges { node { key } } }
				  startDesc: events(first: 100, orderBy: {field: START, direction: DESC}) { edges { node { key } } }
				  name: events(first: 100, orderBy: {field: NAME, direction: ASC}) { edges { node { key } } }
				  fora(first: 100) { edges { node { key } } }
				  timeline(filter: {from: "2010", to: "2013-06"}) { edges { node { node { ... on Instrument { key } ... on Event { key } } } } }
				  search(query: "multistakeholder", first: 5) { edges { node { id } } }
				  instrument(key: "un/wsis/2005/tunis-agenda") { paragraphs { edges { node { eId } } } }
				  forum(acronym: "ITU") {
				    events { edges { node { key } } }
				    instruments { ...keys }
				    organs { forum { key } }
				  }
				  versions: instrument(key: "itu/pp/res/102") { versions { instrument { key } } }
				  wsis: event(key: "wsis/summit") { parts { event { key } } }
				}
				fragment keys on InstrumentConnection { edges { node { key } } }""");
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.date.edges[*].node.key", List.class)).isEqualTo(List.of(
				"itu/pp/res/102/rev-marrakesh-2002", "itu/pp/res/133/marrakesh-2002", "un/wsis/2003/geneva-declaration",
				"un/wsis/2003/geneva-plan-of-action", "wgig/2005/report", "un/wsis/2005/tunis-agenda",
				"un/wsis/2005/tunis-commitment", "itu/pp/res/102/rev-antalya-2006", "itu/pp/res/133/rev-antalya-2006",
				"itu/pp/res/101/rev-guadalajara-2010", "itu/pp/res/102/rev-guadalajara-2010",
				"itu/pp/res/133/rev-guadalajara-2010", "itu/pp/res/140/guadalajara-2010", "itu/wtsa/res/48/rev-dubai-2012",
				"itu/wtpf-13/opinion/5", "itu/wtpf-13/opinion/6", "itu/sg/2013/information-document-cwg-internet",
				"igf/legacy/itu-event-town-hall-consultation", "itu/council/res/1336", "itu/pp/res/101", "itu/pp/res/102",
				"itu/pp/res/133", "itu/pp/res/140", "itu/wtpf-13/media-backgrounder"));
		assertThat(answer.read("$.data.dateDesc.edges[*].node.key", List.class)).isEqualTo(List.of(
				"itu/sg/2013/information-document-cwg-internet", "itu/wtpf-13/opinion/6", "itu/wtpf-13/opinion/5",
				"itu/wtsa/res/48/rev-dubai-2012", "itu/pp/res/140/guadalajara-2010", "itu/pp/res/133/rev-guadalajara-2010",
				"itu/pp/res/102/rev-guadalajara-2010", "itu/pp/res/101/rev-guadalajara-2010",
				"itu/pp/res/133/rev-antalya-2006", "itu/pp/res/102/rev-antalya-2006", "un/wsis/2005/tunis-commitment",
				"un/wsis/2005/tunis-agenda", "wgig/2005/report", "un/wsis/2003/geneva-plan-of-action",
				"un/wsis/2003/geneva-declaration", "itu/pp/res/133/marrakesh-2002", "itu/pp/res/102/rev-marrakesh-2002",
				"itu/wtpf-13/media-backgrounder", "itu/pp/res/140", "itu/pp/res/133", "itu/pp/res/102", "itu/pp/res/101",
				"itu/council/res/1336", "igf/legacy/itu-event-town-hall-consultation"));
		assertThat(answer.read("$.data.title.edges[*].node.key", List.class)).isEqualTo(List.of(
				"un/wsis/2003/geneva-declaration", "un/wsis/2003/geneva-plan-of-action",
				"igf/legacy/itu-event-town-hall-consultation", "itu/wtsa/res/48/rev-dubai-2012", "itu/pp/res/101",
				"itu/pp/res/101/rev-guadalajara-2010", "itu/pp/res/102", "itu/pp/res/102/rev-guadalajara-2010",
				"itu/pp/res/140/guadalajara-2010", "itu/sg/2013/information-document-cwg-internet",
				"itu/pp/res/102/rev-antalya-2006", "itu/pp/res/102/rev-marrakesh-2002", "itu/pp/res/133/marrakesh-2002",
				"itu/pp/res/133/rev-antalya-2006", "itu/council/res/1336", "itu/pp/res/140", "itu/pp/res/133",
				"itu/pp/res/133/rev-guadalajara-2010", "itu/wtpf-13/media-backgrounder", "itu/wtpf-13/opinion/5",
				"itu/wtpf-13/opinion/6", "un/wsis/2005/tunis-agenda", "un/wsis/2005/tunis-commitment", "wgig/2005/report"));
		assertThat(answer.read("$.data.key.edges[*].node.key", List.class)).isEqualTo(List.of(
				"igf/legacy/itu-event-town-hall-consultation", "itu/council/res/1336", "itu/pp/res/101",
				"itu/pp/res/101/rev-guadalajara-2010", "itu/pp/res/102", "itu/pp/res/102/rev-antalya-2006",
				"itu/pp/res/102/rev-guadalajara-2010", "itu/pp/res/102/rev-marrakesh-2002", "itu/pp/res/133",
				"itu/pp/res/133/marrakesh-2002", "itu/pp/res/133/rev-antalya-2006", "itu/pp/res/133/rev-guadalajara-2010",
				"itu/pp/res/140", "itu/pp/res/140/guadalajara-2010", "itu/sg/2013/information-document-cwg-internet",
				"itu/wtpf-13/media-backgrounder", "itu/wtpf-13/opinion/5", "itu/wtpf-13/opinion/6",
				"itu/wtsa/res/48/rev-dubai-2012", "un/wsis/2003/geneva-declaration", "un/wsis/2003/geneva-plan-of-action",
				"un/wsis/2005/tunis-agenda", "un/wsis/2005/tunis-commitment", "wgig/2005/report"));
		assertThat(answer.read("$.data.start.edges[*].node.key", List.class)).isEqualTo(List.of("wsis/2003-geneva",
				"wsis/summit", "wsis/2005-tunis", "itu/pp-10", "itu/wtpf-13", "itu/sg/open-talks/2013-10-08-world-cafe",
				"igf/2013", "itu/sg/open-talks/2013-10-25-town-hall", "itu/cwg-internet/2013-11", "itu/sg/open-talks",
				"itu/wtpf-13/preparatory-process"));
		assertThat(answer.read("$.data.startDesc.edges[*].node.key", List.class)).isEqualTo(List.of(
				"itu/cwg-internet/2013-11", "itu/sg/open-talks/2013-10-25-town-hall", "igf/2013",
				"itu/sg/open-talks/2013-10-08-world-cafe", "itu/wtpf-13", "itu/pp-10", "wsis/2005-tunis", "wsis/summit",
				"wsis/2003-geneva", "itu/wtpf-13/preparatory-process", "itu/sg/open-talks"));
		assertThat(answer.read("$.data.name.edges[*].node.key", List.class)).isEqualTo(List.of("itu/wtpf-13",
				"itu/cwg-internet/2013-11", "igf/2013", "itu/sg/open-talks/2013-10-25-town-hall", "itu/pp-10",
				"itu/sg/open-talks", "itu/sg/open-talks/2013-10-08-world-cafe", "wsis/summit", "wsis/2003-geneva",
				"wsis/2005-tunis", "itu/wtpf-13/preparatory-process"));
		assertThat(answer.read("$.data.fora.edges[*].node.key", List.class)).isEqualTo(List.of("icann", "igf",
				"igf/secretariat", "itu", "itu/council", "itu/cwg-internet", "itu/pp", "itu/sg", "itu/wtpf", "itu/wtsa",
				"un/ecosoc", "un/ecosoc/cstd", "un/ga", "unctad", "wgig", "wsis"));
		assertThat(answer.read("$.data.timeline.edges[*].node.node.key", List.class)).isEqualTo(List.of(
				"itu/pp/res/101/rev-guadalajara-2010", "itu/pp/res/102/rev-guadalajara-2010",
				"itu/pp/res/133/rev-guadalajara-2010", "itu/pp/res/140/guadalajara-2010", "itu/pp-10",
				"itu/wtsa/res/48/rev-dubai-2012", "itu/wtpf-13/opinion/5", "itu/wtpf-13/opinion/6", "itu/wtpf-13"));
		assertThat(answer.read("$.data.search.edges[*].node.id", List.class)).isEqualTo(List.of(
				id("Topic", "multistakeholder-model"), id("Paragraph", "igf/legacy/itu-event-town-hall-consultation#para_4"),
				id("Topic", "internet-governance-guiding-principles"), id("Topic", "role-of-governments"), id("Forum", "itu")));
		assertThat(answer.read("$.data.instrument.paragraphs.edges[*].node.eId", List.class))
			.isEqualTo(ReadApiIT.TUNIS_PARAGRAPHS);
		assertThat(answer.read("$.data.forum.events.edges[*].node.key", List.class)).isEqualTo(List.of("itu/pp-10",
				"itu/wtpf-13", "itu/sg/open-talks/2013-10-08-world-cafe", "itu/sg/open-talks/2013-10-25-town-hall",
				"itu/cwg-internet/2013-11", "itu/sg/open-talks", "itu/wtpf-13/preparatory-process"));
		assertThat(answer.read("$.data.forum.instruments.edges[*].node.key", List.class)).isEqualTo(List.of(
				"itu/pp/res/102/rev-marrakesh-2002", "itu/pp/res/133/marrakesh-2002", "itu/pp/res/102/rev-antalya-2006",
				"itu/pp/res/133/rev-antalya-2006", "itu/pp/res/101/rev-guadalajara-2010",
				"itu/pp/res/102/rev-guadalajara-2010", "itu/pp/res/133/rev-guadalajara-2010",
				"itu/pp/res/140/guadalajara-2010", "itu/wtpf-13/opinion/5", "itu/wtpf-13/opinion/6",
				"itu/sg/2013/information-document-cwg-internet", "itu/council/res/1336", "itu/pp/res/101",
				"itu/pp/res/102", "itu/pp/res/133", "itu/pp/res/140"));
		assertThat(answer.read("$.data.forum.organs[*].forum.key", List.class))
			.isEqualTo(List.of("itu/council", "itu/pp", "itu/sg", "itu/wtpf"));
		assertThat(answer.read("$.data.versions.versions[*].instrument.key", List.class)).isEqualTo(List.of(
				"itu/pp/res/102/rev-marrakesh-2002", "itu/pp/res/102/rev-antalya-2006",
				"itu/pp/res/102/rev-guadalajara-2010"));
		assertThat(answer.read("$.data.wsis.parts[*].event.key", List.class))
			.isEqualTo(List.of("wsis/2003-geneva", "wsis/2005-tunis"));
	}

	/** 5. {@code instrumentsReferencingRole}: by instrument date (undated last), then key, over synthetic instruments dated around the Tunis Agenda. */
	@Test
	void instrumentsReferencingARoleByDateThenKey() {
		String create = """
				MATCH (r:Role {key: $role})
				UNWIND [['test/order/a', '2099'], ['test/order/b', '2001'], ['test/order/c', null]] AS spec
				CREATE (n:Instrument {key: spec[0], kind: 'REPORT', title: spec[0], date: spec[1], datePrecision: 'YEAR',
				                      sourceDocument: false, provenanceSources: ['curated/E1'], provenanceLocators: [''],
				                      provenanceQuotes: [''], provenanceKinds: ['CURATED']})
				CREATE (p:Paragraph {key: spec[0] + '#para_1', instrumentKey: spec[0], eId: 'para_1', kind: 'PARAGRAPH',
				                     position: 1, documentOrder: '0001', text: 'Synthetic',
				                     provenanceSources: ['curated/E1'], provenanceLocators: [''], provenanceQuotes: [''], provenanceKinds: ['CURATED']})
				CREATE (p)-[:PART_OF {provenanceSources: ['curated/E1'], provenanceLocators: [''], provenanceQuotes: [''], provenanceKinds: ['CURATED']}]->(n)
				CREATE (p)-[:DEFINES_ROLE {provenanceSources: ['curated/E1'], provenanceLocators: [''], provenanceQuotes: [''], provenanceKinds: ['CURATED']}]->(r)
				""";
		try {
			try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
				session.run(create, Map.of("role", ReadApiIT.STATES_ROLE)).consume();
			}
			var answer = this.http.query("query($role: ID!) { instrumentsReferencingRole(role: $role) { edges { node { key } } } }",
					Map.of("role", id("Role", ReadApiIT.STATES_ROLE)));
			assertThat(answer.read("$.data.instrumentsReferencingRole.edges[*].node.key", List.class))
				.isEqualTo(List.of("test/order/b", TUNIS, "test/order/a", "test/order/c"));
		}
		finally {
			try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
				session.run("MATCH (n) WHERE n.key STARTS WITH 'test/order/' DETACH DELETE n").consume();
			}
		}
	}

	/** 6. A relationship type the data lacks (no {@code PRODUCED_BY} yet) logs nothing. */
	@Test
	void aRelationshipTypeAbsentFromTheDataLogsNoNotification(CapturedOutput output) {
		var answer = this.http.query("{ forum(acronym: \"ITU\") { instruments(first: 1) { totalCount } } }");
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.forum.instruments.totalCount", Integer.class)).isEqualTo(16);
		assertThat(output.getAll()).doesNotContain("cypher.unrecognized").doesNotContain("does not exist in database");
	}

	/** 7. Snippets are text: only {@code &}, {@code <} and {@code >} are escaped. */
	@Test
	void snippetsEscapeOnlyTheHtmlSpecialCharacters() {
		var answer = this.http.query("""
				{ cafe: search(query: "café") { edges { snippet } }
				  forum: search(query: "policy forum", kinds: [PARAGRAPH], first: 1) { edges { snippet } } }""");
		assertThat(answer.read("$.data.cafe.edges[*].snippet", List.class))
			.isEqualTo(List.of("Open Talks World <mark>Café</mark>"));
		assertThat(answer.read("$.data.forum.edges[0].snippet", String.class)).isEqualTo(
				"…ully reviewed by a multi-stakeholder group at ITU’s World Telecommunication/ICT <mark>Policy</mark> <mark>Forum</mark> (WTPF-13) held in May 2013, and its year-long preparatory process. …");
	}

	/** 8. Impossible dates, cursors of another connection or order, and {@code first: 0}. */
	@Test
	void impossibleDatesForeignCursorsAndAnEmptyFirstPage() {
		assertBadRequest(this.http.query("{ events(filter: {from: \"2013-02-30\"}) { totalCount } }"), "filter.from",
				"'2013-02-30' is not a date: 2013-02 has no day 30 (argument 'filter.from')");
		assertBadRequest(this.http.query("{ instruments(filter: {dateTo: \"2013-04-31\"}) { totalCount } }"),
				"filter.dateTo", "'2013-04-31' is not a date: 2013-04 has no day 31 (argument 'filter.dateTo')");
		assertBadRequest(this.http.query("{ timeline(filter: {to: \"2013-13\"}) { totalCount } }"), "filter.to",
				"'2013-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (argument 'filter.to')");

		String eventsCursor = this.http.query("{ events(first: 1) { pageInfo { endCursor } } }")
			.read("$.data.events.pageInfo.endCursor", String.class);
		assertForeignCursor(this.http.query("query($after: String) { instruments(after: $after) { totalCount } }",
				Map.of("after", eventsCursor)));
		assertForeignCursor(this.http.query(
				"query($after: String) { events(after: $after, orderBy: {field: NAME, direction: ASC}) { totalCount } }",
				Map.of("after", eventsCursor)));
		var sameOrder = this.http.query("query($after: String) { events(first: 1, after: $after) { edges { node { key } } } }",
				Map.of("after", eventsCursor));
		assertThat(sameOrder.read("$.data.events.edges[*].node.key", List.class)).isEqualTo(List.of("wsis/summit"));

		// first: 0 gives the position asked: before the first item, or the cursor given; paging on continues from there.
		var empty = this.http.query("{ events(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }");
		assertThat(empty.read("$.data.events.totalCount", Integer.class)).isEqualTo(11);
		assertThat(empty.read("$.data.events.edges", List.class)).isEmpty();
		assertThat(empty.read("$.data.events.pageInfo.hasNextPage", Boolean.class)).isTrue();
		assertThat(empty.read("$.data.events.pageInfo.hasPreviousPage", Boolean.class)).isFalse();
		String start = empty.read("$.data.events.pageInfo.endCursor", String.class);
		assertThat(start).isNotNull().isEqualTo(empty.read("$.data.events.pageInfo.startCursor", String.class));
		var fromStart = this.http.query(
				"query($after: String) { events(first: 2, after: $after) { edges { node { key } } pageInfo { hasPreviousPage endCursor } } }",
				Map.of("after", start));
		assertThat(fromStart.read("$.data.events.edges[*].node.key", List.class))
			.isEqualTo(List.of("wsis/2003-geneva", "wsis/summit"));
		assertThat(fromStart.read("$.data.events.pageInfo.hasPreviousPage", Boolean.class)).isFalse();
		String second = fromStart.read("$.data.events.pageInfo.endCursor", String.class);
		var here = this.http.query("query($after: String) { events(first: 0, after: $after) { pageInfo { hasNextPage startCursor endCursor } } }",
				Map.of("after", second));
		assertThat(here.read("$.data.events.pageInfo", Map.class))
			.isEqualTo(Map.of("hasNextPage", true, "startCursor", second, "endCursor", second));
		var next = this.http.query("query($after: String) { events(first: 2, after: $after) { edges { node { key } } } }",
				Map.of("after", here.read("$.data.events.pageInfo.endCursor", String.class)));
		assertThat(next.read("$.data.events.edges[*].node.key", List.class)).isEqualTo(List.of("wsis/2005-tunis", "itu/pp-10"));
		// The start cursor of events is no cursor of fora.
		assertForeignCursor(this.http.query("query($after: String) { fora(after: $after) { totalCount } }", Map.of("after", start)));
	}

	private static void assertBadRequest(DocumentContext answer, String argument, String message) {
		assertThat(answer.read("$.errors[0].message", String.class)).isEqualTo(message);
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(answer.read("$.errors[0].extensions.argument", String.class)).isEqualTo(argument);
	}

	private static void assertForeignCursor(DocumentContext answer) {
		assertThat(answer.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(answer.read("$.errors[0].extensions.argument", String.class)).isEqualTo("after");
		assertThat(answer.read("$.errors[0].message", String.class)).startsWith("'")
			.endsWith("' is not a cursor of this connection (argument 'after')");
	}

}
