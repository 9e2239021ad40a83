package org.govgraph.api.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govgraph.api.support.SeededApiTest;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The questions front-ends and researchers ask, over HTTP, against the seeded graph, with exact answers. */
class ReadApiIT extends SeededApiTest {

	static final String STATES_ROLE = "un/wsis/2005/tunis-agenda/role/states-policy-authority";

	@Test
	void instrumentsReferencingTheStatesPolicyAuthorityRole() {
		var answer = this.http.query("""
				query($role: ID!) {
				  instrumentsReferencingRole(role: $role) {
				    totalCount
				    edges {
				      node { key title }
				      paragraphs { eId label text }
				      definedBy { relationship paragraph { key } provenance { source locator quote kind sourceTitle } }
				    }
				  }
				}""", Map.of("role", id("Role", STATES_ROLE)));
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.instrumentsReferencingRole.totalCount", Integer.class)).isEqualTo(1);
		assertThat(answer.read("$.data.instrumentsReferencingRole.edges[0].node", Map.class))
			.isEqualTo(Map.of("key", "un/wsis/2005/tunis-agenda", "title", "Tunis Agenda for the Information Society"));
		assertThat(answer.read("$.data.instrumentsReferencingRole.edges[0].paragraphs", List.class))
			.isEqualTo(List.of(paragraph("para_35__item_i", null,
					"Policy authority for Internet-related public policy issues is the sovereign right of States. They have rights and responsibilities for international Internet-related public policy issues.")));
		assertThat(answer.read("$.data.instrumentsReferencingRole.edges[0].definedBy", List.class)).isEqualTo(List.of(Map.of(
				"relationship", "DEFINES_ROLE", "paragraph", Map.of("key", "un/wsis/2005/tunis-agenda#para_35__item_i"),
				"provenance",
				List.of(Map.of("source", "itu/wtpf-13/media-backgrounder", "locator", "para_5__item_i", "quote",
						"Policy authority for Internet-related public policy issues is the sovereign right of States.",
						"kind", "QUOTED", "sourceTitle", "Supporting Multi-stakeholderism in Internet Governance")))));
	}

	@Test
	void aboutTheSeededGraphNamesTheShippedDatasetAndNoConflicts() {
		var answer = this.http.query("""
				{ about { dataset { checksum } datasetConflicts { kind key property datasetValue curatedValue checksum at } } }
				""", Map.of());
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.about.dataset.checksum", String.class))
			.isEqualTo(org.govgraph.seed.DatasetFiles.fromClasspath().checksum());
		assertThat(answer.read("$.data.about.datasetConflicts", List.class)).isEqualTo(List.of());
	}

	@Test
	void aboutListsAConflictTheLoaderNoted() {
		try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
			session.run("""
					CREATE (:DatasetConflict {label: 'Event', key: 'itu/wtpf-13', property: 'name',
					                          datasetValue: 'WTPF-13, Geneva', curatedValue: 'WTPF 2013', checksum: 'abc',
					                          at: datetime('2026-11-23T10:15:00Z')})
					""").consume();
		}
		try {
			var answer = this.http.query("""
					{ about { datasetConflicts { kind key property datasetValue curatedValue checksum at } } }
					""", Map.of());
			assertThat(answer.read("$.errors", List.class)).isNull();
			assertThat(answer.read("$.data.about.datasetConflicts", List.class)).isEqualTo(List.of(Map.of("kind", "EVENT",
					"key", "itu/wtpf-13", "property", "name", "datasetValue", "WTPF-13, Geneva", "curatedValue",
					"WTPF 2013", "checksum", "abc", "at", "2026-11-23T10:15:00.000Z")));
		}
		finally {
			try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
				session.run("MATCH (c:DatasetConflict {checksum: 'abc'}) DELETE c").consume();
			}
		}
	}

	private static Map<String, Object> paragraph(String eId, String label, String text) {
		var paragraph = new java.util.LinkedHashMap<String, Object>();
		paragraph.put("eId", eId);
		paragraph.put("label", label);
		paragraph.put("text", text);
		return paragraph;
	}

	@Test
	void thePathFromOpinion5ToParagraph35OfTheTunisAgenda() {
		var answer = this.http.query("""
				query($from: ID!, $to: ID!) {
				  path(from: $from, to: $to) {
				    length
				    nodes { id }
				    hops { relationship direction from { id } to { id } provenance { source locator quote kind } }
				  }
				}""", Map.of("from", id("Instrument", "itu/wtpf-13/opinion/5"), "to",
				id("Paragraph", "un/wsis/2005/tunis-agenda#para_35")));
		// Opinion 5 was adopted at WTPF-13, where the role of governments was discussed, which para. 35 refers to.
		assertThat(answer.read("$.data.path.length", Integer.class)).isEqualTo(3);
		assertThat(answer.read("$.data.path.nodes[*].id", List.class)).isEqualTo(List.of(
				id("Instrument", "itu/wtpf-13/opinion/5"), id("Event", "itu/wtpf-13"), id("Topic", "role-of-governments"),
				id("Paragraph", "un/wsis/2005/tunis-agenda#para_35")));
		assertThat(answer.read("$.data.path.hops[*].relationship", List.class))
			.isEqualTo(List.of("ADOPTED_AT", "DISCUSSED_AT", "REFERS_TO"));
		assertThat(answer.read("$.data.path.hops[*].direction", List.class)).isEqualTo(List.of("FORWARD", "BACKWARD", "BACKWARD"));
		assertThat(answer.read("$.data.path.hops[2].provenance", List.class)).isEqualTo(List.of(Map.of("source",
				"igf/legacy/itu-event-town-hall-consultation", "locator", "para_6", "quote",
				"a reference to the role of governments in the multi-stakeholder model can be found in many paragraphs of the Tunis Agenda (2005), including in Paragraph 35",
				"kind", "QUOTED")));
		// Within one hop there is no connection: null, and no error.
		var none = this.http.query("query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 1) { length } }",
				Map.of("from", id("Instrument", "itu/wtpf-13/opinion/5"), "to",
						id("Paragraph", "un/wsis/2005/tunis-agenda#para_35")));
		assertThat(none.read("$.data.path", Object.class)).isNull();
		assertThat(none.read("$.errors", List.class)).isNull();
	}

	@Test
	void searchMultistakeholder() {
		var answer = this.http.query("""
				{ search(query: "multistakeholder", first: 5) {
				    totalCount
				    pageInfo { hasNextPage }
				    edges { snippet node { id __typename ... on Paragraph { instrument { key } } } }
				} }""");
		assertThat(answer.read("$.data.search.totalCount", Integer.class)).isEqualTo(13);
		assertThat(answer.read("$.data.search.pageInfo.hasNextPage", Boolean.class)).isTrue();
		assertThat(answer.read("$.data.search.edges[*].node.id", List.class)).isEqualTo(List.of(
				id("Topic", "multistakeholder-model"),
				id("Paragraph", "igf/legacy/itu-event-town-hall-consultation#para_4"),
				id("Topic", "internet-governance-guiding-principles"), id("Topic", "role-of-governments"), id("Forum", "itu")));
		assertThat(answer.read("$.data.search.edges[1].snippet", String.class)).isEqualTo(
				"…mal consultation of the ITU Secretary-General on the role of governments in the <mark>multistakeholder</mark> model of Internet governance");
		assertThat(answer.read("$.data.search.edges[1].node.instrument.key", String.class))
			.isEqualTo("igf/legacy/itu-event-town-hall-consultation");

		var instruments = this.http.query("""
				{ search(query: "multistakeholder", kinds: [INSTRUMENT, PARAGRAPH]) {
				    edges { node { ... on Instrument { key } ... on Paragraph { instrument { key } } } }
				} }""");
		List<String> keys = instruments.read("$.data.search.edges[*].node..key", List.class);
		assertThat(keys.stream().distinct().sorted().toList())
			.containsExactly("igf/legacy/itu-event-town-hall-consultation", "itu/wtpf-13/media-backgrounder");
	}

	@Test
	void searchTakesLuceneSyntaxLiterally() {
		var answer = this.http.query("""
				{ search(query: "multi-stakeholder AND (model)", kinds: [PARAGRAPH], first: 1) {
				    totalCount edges { snippet }
				} }""");
		assertThat(answer.read("$.errors", List.class)).isNull();
		// Every word the index sees is required: multi, stakeholder, and, model.
		assertThat(answer.read("$.data.search.totalCount", Integer.class)).isEqualTo(1);
		assertThat(answer.read("$.data.search.edges[0].snippet", String.class)).isEqualTo(
				"The <mark>multi</mark>-<mark>stakeholder</mark> <mark>model</mark> has been recognized at WSIS as the way forward for the g…");
	}

	@Test
	void itusEventsOf2013InTimeOrder() {
		var answer = this.http.query("""
				{ events(filter: {forum: "ITU", from: "2013", to: "2013"}) {
				    totalCount edges { node { key start { date { value precision } timeZone instant } forum { name } } }
				} }""");
		assertThat(answer.read("$.data.events.edges[*].node.key", List.class)).isEqualTo(List.of("itu/wtpf-13",
				"itu/sg/open-talks/2013-10-08-world-cafe", "itu/sg/open-talks/2013-10-25-town-hall",
				"itu/cwg-internet/2013-11"));
		assertThat(answer.read("$.data.events.edges[*].node.start.date.value", List.class))
			.isEqualTo(List.of("2013-05-14", "2013-10-08", "2013-10-25", "2013-11"));
		assertThat(answer.read("$.data.events.edges[2].node.start.instant", String.class))
			.isEqualTo("2013-10-25T09:00:00.000+08:00");
		assertThat(answer.read("$.data.events.edges[2].node.start.timeZone", String.class)).isEqualTo("Asia/Makassar");
		assertThat(answer.read("$.data.events.edges[3].node.start.date.precision", String.class)).isEqualTo("MONTH");
		assertThat(answer.read("$.data.events.edges[0].node.forum.name", String.class))
			.isEqualTo("World Telecommunication/ICT Policy Forum");
	}

	static final List<String> TUNIS_PARAGRAPHS = List.of("sec_29-82", "para_34", "para_35", "para_35__item_i",
			"para_35__item_ii", "para_35__item_iii", "para_35__item_iv", "para_35__item_v");

	@Test
	void walksAllParagraphsOfTheTunisAgendaInPagesOfTwo() {
		var seen = walkParagraphs(null);
		assertThat(seen).isEqualTo(TUNIS_PARAGRAPHS);
	}

	@Test
	void aWalkStaysCorrectWhenAParagraphIsInsertedBeforeTheCursor() {
		var inserted = "un/wsis/2005/tunis-agenda#para_33";
		try {
			var seen = walkParagraphs(() -> {
				try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
					session.run("""
							CREATE (:Paragraph {key: $key, instrumentKey: 'un/wsis/2005/tunis-agenda', eId: 'para_33',
							                    kind: 'PARAGRAPH', documentOrder: '0000.0005', position: 5})
							""", Map.of("key", inserted)).consume();
				}
			});
			assertThat(seen).isEqualTo(TUNIS_PARAGRAPHS);
		}
		finally {
			try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
				session.run("MATCH (p:Paragraph {key: $key}) DETACH DELETE p", Map.of("key", inserted)).consume();
			}
		}
	}

	/** Pages of two through the Tunis Agenda's paragraphs; {@code afterFirstPage} runs once the first page is read. */
	private List<String> walkParagraphs(Runnable afterFirstPage) {
		var seen = new ArrayList<String>();
		String after = null;
		int pages = 0;
		while (true) {
			var vars = new java.util.HashMap<String, Object>();
			vars.put("after", after);
			var page = this.http.query("""
					query($after: String) { instrument(key: "un/wsis/2005/tunis-agenda") {
					  paragraphs(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { eId } } }
					} }""", vars);
			List<String> eIds = page.read("$.data.instrument.paragraphs.edges[*].node.eId", List.class);
			assertThat(eIds).hasSizeLessThanOrEqualTo(2);
			seen.addAll(eIds);
			pages++;
			if (pages == 1 && afterFirstPage != null) {
				afterFirstPage.run();
			}
			if (!page.read("$.data.instrument.paragraphs.pageInfo.hasNextPage", Boolean.class)) {
				break;
			}
			after = page.read("$.data.instrument.paragraphs.pageInfo.endCursor", String.class);
		}
		assertThat(pages).isEqualTo(4);
		return seen;
	}

	@Test
	void nodesWithValidUnknownAndMalformedIds() {
		var response = this.http.post("query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Forum { acronym } } }",
				Map.of("ids", List.of(id("Forum", "itu"), id("Forum", "no-such-forum"), "not an id",
						id("Topic", "enhanced-cooperation"))));
		assertThat(response.statusCode()).isEqualTo(200);
		var answer = org.govgraph.api.support.GraphQlHttp.parse(response.body());
		assertThat(answer.read("$.data.nodes", List.class)).isEqualTo(java.util.Arrays.asList(
				Map.of("id", id("Forum", "itu"), "acronym", "ITU"), null, null, Map.of("id", id("Topic", "enhanced-cooperation"))));
		assertThat(answer.read("$.errors[*].extensions.classification", List.class))
			.containsExactlyInAnyOrder("NOT_FOUND", "BAD_REQUEST");
		assertThat(answer.read("$.errors[?(@.extensions.classification == 'BAD_REQUEST')].message", List.class))
			.containsExactly("'not an id' is not a valid ID (argument 'ids[2]')");
		assertThat(answer.read("$.errors[?(@.extensions.classification == 'NOT_FOUND')].path", List.class))
			.containsExactly(List.of("nodes", 1));
	}

	@Test
	void unknownAndMalformedArgumentsGiveTypedErrors() {
		var unknown = this.http.query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id("Event", "nope")));
		assertThat(unknown.read("$.data.node", Object.class)).isNull();
		assertThat(unknown.read("$.errors[0].extensions.classification", String.class)).isEqualTo("NOT_FOUND");

		var tooMany = org.govgraph.api.support.GraphQlHttp.parse(this.http.post("{ fora(first: 101) { totalCount } }", Map.of()).body());
		assertThat(tooMany.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(tooMany.read("$.errors[0].message", String.class))
			.isEqualTo("'first' must be between 0 and 100, not 101 (argument 'first')");

		var negative = org.govgraph.api.support.GraphQlHttp.parse(this.http.post("{ fora(first: -1) { totalCount } }", Map.of()).body());
		assertThat(negative.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
		assertThat(negative.read("$.errors[0].message", String.class))
			.isEqualTo("'first' must be between 0 and 100, not -1 (argument 'first')");

		var badCursor = this.http.query("{ fora(after: \"garbage\") { totalCount } }");
		assertThat(badCursor.read("$.errors[0].extensions.argument", String.class)).isEqualTo("after");

		var badDate = this.http.query("{ events(filter: {from: \"May 2013\"}) { totalCount } }");
		assertThat(badDate.read("$.errors[0].message", String.class))
			.isEqualTo("'May 2013' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (argument 'filter.from')");
	}

	@Test
	void relationshipsInBothDirectionsWithCuratedProvenance() {
		var answer = this.http.query("""
				{ instrument(key: "Resolution 102 (Rev. Guadalajara, 2010)") {
				    key
				    revises { instrument { key } }
				    versionOf { instrument { key } }
				    adoptedAt { event { key } provenance { source kind url statement } }
				    citedBy(depth: 2) { source { id } depth pinpoint }
				  }
				  forum(acronym: "CWG-Internet") { parent { forum { acronym } } establishedBy { instrument { key } } }
				}""");
		assertThat(answer.read("$.data.instrument.key", String.class)).isEqualTo("itu/pp/res/102/rev-guadalajara-2010");
		assertThat(answer.read("$.data.instrument.revises[*].instrument.key", List.class))
			.isEqualTo(List.of("itu/pp/res/102/rev-antalya-2006"));
		assertThat(answer.read("$.data.instrument.versionOf.instrument.key", String.class)).isEqualTo("itu/pp/res/102");
		assertThat(answer.read("$.data.instrument.adoptedAt[0].event.key", String.class)).isEqualTo("itu/pp-10");
		assertThat(answer.read("$.data.instrument.adoptedAt[0].provenance[0]", Map.class)).isEqualTo(Map.of("source",
				"curated/E2", "kind", "CURATED", "url", "http://www.itu.int/plenipotentiary/2010/practical/index.html",
				"statement",
				"The ITU Plenipotentiary Conference 2010 (PP-10) was held at Expo Guadalajara, Guadalajara, Mexico, from 4 to 22 October 2010. It revised Resolutions 101, 102 and 133 (\"Rev. Guadalajara, 2010\")."));
		assertThat(answer.read("$.data.instrument.citedBy[*].source.id", List.class)).containsExactly(
				id("Instrument", "itu/council/res/1336"), id("Paragraph", "itu/wtpf-13/media-backgrounder#para_8"),
				id("Instrument", "itu/wtsa/res/48/rev-dubai-2012"));
		assertThat(answer.read("$.data.forum.parent.forum.acronym", String.class)).isNull();
		assertThat(answer.read("$.data.forum.establishedBy[*].instrument.key", List.class))
			.isEqualTo(List.of("itu/council/res/1336"));
	}

}
