package org.govgraph.clients.benchmark;

import org.govgraph.clients.load.ValidQueries;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The pieces the canonical queries are made of: global IDs, literals, the shape of a connection. */
class CanonicalQueriesTest {

	@Test
	void aGlobalIdGivesBackItsKey() {
		String id = ValidQueries.globalId("Paragraph", "un/wsis/2005/tunis-agenda#para_35");
		assertThat(id).isEqualTo("UGFyYWdyYXBoOnVuL3dzaXMvMjAwNS90dW5pcy1hZ2VuZGEjcGFyYV8zNQ");
		assertThat(CanonicalQueries.keyOf(id)).isEqualTo("un/wsis/2005/tunis-agenda#para_35");
		assertThat(CanonicalQueries.keyOf(ValidQueries.globalId("Role", "a:b"))).isEqualTo("a:b");
	}

	@Test
	void literalsAreEscapedForGraphQl() {
		assertThat(CanonicalQueries.lit("say \"hi\"\\n")).isEqualTo("\"say \\\"hi\\\"\\\\n\"");
	}

	@Test
	void aConnectionsShapeIsItsTotalItsEdgesAndItsFirstKey() {
		var connection = JsonMapper.builder().build().readTree("""
				{"totalCount": 26, "edges": [{"node": {"key": "itu/pp-10"}}, {"node": {"key": "itu/wtpf-13"}}]}""");
		assertThat(CanonicalQueries.connection(connection, (n) -> n.path("key").asString()))
			.isEqualTo(new Answer(26, 2, "itu/pp-10"));
		var empty = JsonMapper.builder().build().readTree("{\"totalCount\": 0, \"edges\": []}");
		assertThat(CanonicalQueries.connection(empty, (n) -> n.path("key").asString())).isEqualTo(new Answer(0, 0, ""));
	}

	@Test
	void theEventsPageSaysHowDeepItGot() {
		assertThat(CanonicalQueries.reached(50)).isEqualTo("page 50");
		assertThat(CanonicalQueries.reached(1)).isEqualTo("page 1, the last (at 20 a page there is 1 page, not 50)");
		assertThat(CanonicalQueries.reached(7)).isEqualTo("page 7, the last (at 20 a page there are 7 pages, not 50)");
	}

}
