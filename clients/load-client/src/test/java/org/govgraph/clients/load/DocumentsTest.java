package org.govgraph.clients.load;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The valid queries, the flood documents and the JSON they are sent in. */
class DocumentsTest {

	/** The deepest selection-set nesting: the depth of the deepest field (a top-level field is at 1). */
	static int depth(String document) {
		int depth = 0;
		int max = 0;
		for (char c : document.toCharArray()) {
			if (c == '{') {
				max = Math.max(max, ++depth);
			}
			else if (c == '}') {
				depth--;
			}
		}
		assertThat(depth).as("balanced braces").isZero();
		return max;
	}

	static long count(String document, String regex) {
		return Pattern.compile(regex).matcher(document).results().count();
	}

	@Test
	void theDeepDocumentIsExactlyAsDeepAsAsked() {
		assertThat(FloodDocuments.deep(20)).isEqualTo("query Deep { instrument(key: \"un/wsis/2005/tunis-agenda\") {"
				+ " paragraphs(first: 100) { edges { node { instrument {".repeat(4)
				+ " paragraphs(first: 100) { edges { cursor" + " }".repeat(19) + " }");
		assertThat(depth(FloodDocuments.deep(20))).isEqualTo(20);
		assertThat(depth(FloodDocuments.deep(13))).isEqualTo(13);
		assertThat(FloodDocuments.deep(2)).isEqualTo(
				"query Deep { instrument(key: \"un/wsis/2005/tunis-agenda\") { key } }");
	}

	@Test
	void eachFloodDocumentBreaksItsOwnLimit() {
		String aliases = FloodDocuments.aliases(200);
		assertThat(count(aliases, "\\ba\\d+: forum\\(")).isEqualTo(200);
		assertThat(aliases).startsWith("query Aliases { a0: forum(acronym: \"ITU\") { key } a1: forum(")
			.endsWith(" a199: forum(acronym: \"ITU\") { key } }");
		assertThat(depth(aliases)).isEqualTo(2);

		String large = FloodDocuments.large(100 * 1024);
		assertThat(large.getBytes(StandardCharsets.UTF_8)).hasSize(102_400);
		assertThat(large).startsWith("query Large { fora(first: 1) { totalCount totalCount").endsWith(" } }");
		assertThat(depth(large)).isEqualTo(2);

		String costly = FloodDocuments.costly();
		assertThat(depth(costly)).isEqualTo(11);
		assertThat(count(costly, "first: 100")).isEqualTo(3);
		assertThat(count(costly, "\\w+:")).isEqualTo(3); // the three `first:` arguments: no aliases

		assertThat(FloodDocuments.ALL).extracting(ValidQueries.Request::name)
			.containsExactly("depth-20", "aliases-200", "size-100KiB", "cost-1M");
	}

	@Test
	void globalIdsAreBase64UrlOfLabelAndKeyWithoutPadding() {
		assertThat(ValidQueries.globalId("Instrument", "itu/wtpf-13/opinion/5"))
			.isEqualTo("SW5zdHJ1bWVudDppdHUvd3RwZi0xMy9vcGluaW9uLzU");
		assertThat(ValidQueries.globalId("Forum", "itu")).isEqualTo("Rm9ydW06aXR1");
	}

	@Test
	void validQueriesRotate() {
		assertThat(ValidQueries.ALL).extracting(ValidQueries.Request::name)
			.containsExactly("instrument-paragraphs", "itu-events", "search", "fora", "path");
		assertThat(ValidQueries.forIndex(0).name()).isEqualTo("instrument-paragraphs");
		assertThat(ValidQueries.forIndex(7).name()).isEqualTo("search");
		assertThat(ValidQueries.forIndex(9).name()).isEqualTo("path");
		assertThat(ValidQueries.ALL.get(4).body()).endsWith(
				",\"variables\":{\"from\":\"SW5zdHJ1bWVudDppdHUvd3RwZi0xMy9vcGluaW9uLzU\",\"to\":\"UGFyYWdyYXBoOnVuL3dzaXMvMjAwNS90dW5pcy1hZ2VuZGEjcGFyYV8zNQ\"}}")
			.doesNotContain("\n");
	}

	@Test
	void requestBodiesAreJson() {
		assertThat(Json.requestBody("{ a(x: \"q\\\\\") }\n\t", Map.of()))
			.isEqualTo("{\"query\":\"{ a(x: \\\"q\\\\\\\\\\\") }\\n\\t\"}");
		assertThat(Json.string("a\u0001b\r")).isEqualTo("\"a\\u0001b\\r\"");
		assertThat(Json.requestBody("q", Map.of("id", "x\"y"))).isEqualTo(
				"{\"query\":\"q\",\"variables\":{\"id\":\"x\\\"y\"}}");
	}

}
