package org.govgraph.clients.load;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The valid requests: real read queries of the schema, sent in rotation. */
public final class ValidQueries {

	private ValidQueries() {
	}

	/** A named GraphQL request and its JSON body. */
	record Request(String name, String body) {

		static Request of(String name, String query, Map<String, String> variables) {
			return new Request(name, Json.requestBody(query, variables));
		}

	}

	/** A global ID as the API encodes it: base64url of {@code Label:key}, without padding. */
	public static String globalId(String label, String key) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((label + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	static final List<Request> ALL = List.of(
			Request.of("instrument-paragraphs", """
					query InstrumentParagraphs { instrument(key: "un/wsis/2005/tunis-agenda") {
					  key title kind date { value precision }
					  paragraphs(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { eId label text } } }
					} }""", Map.of()),
			Request.of("itu-events", """
					query ItuEvents { events(filter: {forum: "ITU"}) {
					  totalCount edges { node { key name kind start { date { value precision } timeZone instant } forum { name } } }
					} }""", Map.of()),
			Request.of("search", """
					query Search { search(query: "multistakeholder", first: 5) {
					  totalCount pageInfo { hasNextPage } edges { snippet node { id __typename } }
					} }""", Map.of()),
			Request.of("fora", """
					query Fora { fora(first: 10) { totalCount edges { cursor node { key acronym name kind } } } }""",
					Map.of()),
			Request.of("path", """
					query Path($from: ID!, $to: ID!) { path(from: $from, to: $to) {
					  length nodes { id } hops { relationship direction provenance { source locator kind } }
					} }""", Map.of("from", globalId("Instrument", "itu/wtpf-13/opinion/5"), "to",
					globalId("Paragraph", "un/wsis/2005/tunis-agenda#para_35"))));

	/** The request sent as the {@code i}-th valid request: the mix in rotation. */
	static Request forIndex(long i) {
		return ALL.get((int) (i % ALL.size()));
	}

}
