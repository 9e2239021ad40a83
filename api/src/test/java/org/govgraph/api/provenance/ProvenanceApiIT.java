package org.govgraph.api.provenance;

import java.util.List;
import java.util.Map;

import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statement-level provenance over HTTP: each value with the entries that support it (quoted,
 * curated or derived by a stated rule), qualified numbers as the source words them, what rests
 * on a source, and the source documents' own relationships one hop away.
 */
class ProvenanceApiIT extends SeededApiTest {

	static final String TOWN_HALL = "itu/sg/open-talks/2013-10-25-town-hall";

	static final String IGF_PAGE = "igf/legacy/itu-event-town-hall-consultation";

	static final String BACKGROUNDER = "itu/wtpf-13/media-backgrounder";

	@Test
	void theTownHallsTimeZoneIsDerivedByAStatedRuleAndItsDurationIsQuoted() {
		var answer = this.http.query("""
				query($key: String!) { event(key: $key) { statements { property value qualifier
				  provenance { kind source locator quote rule derivedFrom supports } } } }""", Map.of("key", TOWN_HALL));
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.event.statements[?(@.property == 'timeZone')]", List.class)).containsExactly(map(
				"property", "timeZone", "value", "Asia/Makassar", "qualifier", null, "provenance",
				List.of(map("kind", "DERIVED", "source", null, "locator", null, "quote", null, "rule",
						"The IANA time zone of the region where it was held: Bali, Indonesia keeps Central Indonesia Time (UTC+8), Asia/Makassar",
						"derivedFrom", List.of("region", "country", "curated/E6"), "supports", List.of("timeZone")))));
		assertThat(answer.read("$.data.event.statements[?(@.property == 'durationMinutes')]", List.class)).containsExactly(map(
				"property", "durationMinutes", "value", "90", "qualifier", null, "provenance",
				List.of(map("kind", "QUOTED", "source", IGF_PAGE, "locator", "para_10", "quote", "Duration: 90 minutes",
						"rule", null, "derivedFrom", List.of(), "supports", List.of("durationMinutes")))));
		// Every value of the event is a statement with at least one entry.
		List<String> properties = answer.read("$.data.event.statements[*].property", List.class);
		assertThat(properties).contains("name", "kind", "start", "timeZone", "durationMinutes", "region", "country",
				"format", "remoteParticipation", "contactOrganization", "contactEmail");
		assertThat(properties).doesNotContain("key", "city");
		List<Integer> entries = answer.read("$.data.event.statements[*].provenance.length()", List.class);
		assertThat(entries).allSatisfy((n) -> assertThat(n).isPositive());
	}

	@Test
	void wtpf13sParticipantsAreApproximateAsTheSourceWordsThem() {
		var answer = this.http.query("""
				{ event(key: "WTPF-13") { participants { value exact qualifier asWritten }
				  statements { property value qualifier asWritten provenance { source } } } }""");
		assertThat(answer.read("$.data.event.participants", Map.class))
			.isEqualTo(Map.of("value", 900, "exact", false, "qualifier", "APPROXIMATE", "asWritten", "some 900"));
		assertThat(answer.read("$.data.event.statements[?(@.property == 'participants')]", List.class)).containsExactly(
				Map.of("property", "participants", "value", "900", "qualifier", "APPROXIMATE", "asWritten", "some 900",
						"provenance", List.of(Map.of("source", "curated/E3"))));
	}

	@Test
	void whatRestsOnACuratedSource() {
		var answer = this.http.query("""
				{ source(key: "curated/E6") { key kind url supports { totalCount edges { node {
				    subject { ... on Event { key } ... on Instrument { key } } relationship
				    object { ... on Event { key } } properties provenance { kind source } } } } } }""");
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.source.kind", String.class)).isEqualTo("CURATED_FACT");
		assertThat(answer.read("$.data.source.url", String.class)).isEqualTo("http://www.intgovforum.org/multilingual/content/itu-open-forum");
		assertThat(answer.read("$.data.source.supports.totalCount", Integer.class)).isEqualTo(5);
		List<Map<String, Object>> facts = answer.read("$.data.source.supports.edges[*].node", List.class);
		assertThat(facts).containsExactly(
				fact(IGF_PAGE, "ANNOUNCES", TOWN_HALL, List.of()),
				fact(TOWN_HALL, null, null, List.of("start", "region", "country", "description")),
				fact(TOWN_HALL, "HELD_DURING", "igf/2013", List.of()),
				fact(IGF_PAGE, null, null, List.of("description")),
				fact(TOWN_HALL, "PART_OF", "itu/sg/open-talks", List.of()));
		var unknown = this.http.query("{ source(key: \"curated/E99\") { key } }");
		assertThat(unknown.read("$.errors[0].extensions.classification", String.class)).isEqualTo("NOT_FOUND");
	}

	/** "Where does the debate continue?": the search hit for the sentence that says so leads to the answer. */
	@Test
	void theSearchHitForASentenceLeadsToTheFactsItSupports() {
		var answer = this.http.query("""
				{ search(query: "the global debate continues", kinds: [PARAGRAPH]) { edges { node { ... on Paragraph {
				    key supports(first: 50) { edges { node { subject { ... on Topic { key } } relationship object { ... on Forum { key } } } } } } } } } }""");
		assertThat(answer.read("$.data.search.edges[0].node.key", String.class)).isEqualTo(IGF_PAGE + "#para_6");
		List<String> fora = answer.read(
				"$.data.search.edges[0].node.supports.edges[?(@.node.relationship == 'DISCUSSED_AT' && @.node.subject.key == 'role-of-governments')].node.object.key",
				List.class);
		assertThat(fora).containsExactly("icann", "igf", "itu", "un/ecosoc/cstd", "un/ga");
	}

	@Test
	void theParagraphOfTheBackgrounderThatCitesPara35() {
		var answer = this.http.query("""
				{ paragraph(key: "un/wsis/2005/tunis-agenda#para_35") {
				    citedBy { source { ... on Paragraph { key } ... on Instrument { key } } depth pinpoint }
				    quotedBy { paragraph { key } provenance { kind } } } }""");
		assertThat(answer.read("$.data.paragraph.citedBy", List.class)).containsExactly(
				Map.of("source", Map.of("key", IGF_PAGE + "#para_6"), "depth", 1, "pinpoint", "Paragraph 35"),
				Map.of("source", Map.of("key", BACKGROUNDER + "#para_4"), "depth", 1, "pinpoint", "para. 35"));
		assertThat(answer.read("$.data.paragraph.quotedBy[*].paragraph.key", List.class))
			.containsExactly(BACKGROUNDER + "#para_5");
	}

	@Test
	void theSourceDocumentsCentralRelationshipsAreOneHopEach() {
		var answer = this.http.query("""
				query($backgrounder: ID!, $wtpf: ID!, $page: ID!, $townHall: ID!) {
				  written: path(from: $backgrounder, to: $wtpf, maxHops: 1) { length hops { relationship direction provenance { quote } } }
				  announced: path(from: $page, to: $townHall, maxHops: 1) { length hops { relationship direction } }
				}""", Map.of("backgrounder", id("Instrument", BACKGROUNDER), "wtpf", id("Event", "itu/wtpf-13"), "page",
				id("Instrument", IGF_PAGE), "townHall", id("Event", TOWN_HALL)));
		assertThat(answer.read("$.data.written.length", Integer.class)).isEqualTo(1);
		assertThat(answer.read("$.data.written.hops[0]", Map.class)).isEqualTo(Map.of("relationship", "PREPARED_FOR",
				"direction", "FORWARD", "provenance",
				List.of(Map.of("quote", "This document is intended as a backgrounder to WTPF-13 to support media in their reporting."))));
		assertThat(answer.read("$.data.announced.hops", List.class))
			.isEqualTo(List.of(Map.of("relationship", "ANNOUNCES", "direction", "FORWARD")));
		var fields = this.http.query("""
				{ instrument(key: "itu/wtpf-13/media-backgrounder") { preparedFor { event { key } } }
				  event(key: "itu/sg/open-talks/2013-10-25-town-hall") { announcedBy { instrument { key } } contactOrganization { forum { key } } } }""");
		assertThat(fields.read("$.data.instrument.preparedFor[*].event.key", List.class)).containsExactly("itu/wtpf-13");
		assertThat(fields.read("$.data.event.announcedBy[*].instrument.key", List.class)).containsExactly(IGF_PAGE);
		assertThat(fields.read("$.data.event.contactOrganization[*].forum.key", List.class)).containsExactly("igf/secretariat");
	}

	@Test
	void theIgfsSecretariatIsTheIgfSecretariat() {
		var answer = this.http.query("{ forum(acronym: \"IGF\") { secretariat { forum { key name } } organs { forum { key } } } }");
		assertThat(answer.read("$.data.forum.secretariat", List.class)).containsExactly(
				Map.of("forum", Map.of("key", "igf/secretariat", "name", "Secretariat of the Internet Governance Forum")));
		assertThat(answer.read("$.data.forum.organs[*].forum.key", List.class)).doesNotContain("igf/secretariat");
	}

	private static Map<String, Object> fact(String subject, String relationship, String object, List<String> properties) {
		return map("subject", Map.of("key", subject), "relationship", relationship, "object",
				(object != null) ? Map.of("key", object) : null, "properties", properties, "provenance",
				Map.of("kind", "CURATED", "source", "curated/E6"));
	}

	/** A map that may hold nulls, in the order given. */
	private static Map<String, Object> map(Object... pairs) {
		var map = new java.util.LinkedHashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
