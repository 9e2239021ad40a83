package org.govgraph.api.abuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.RandomText;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search takes any string: generated inputs full of Lucene syntax, unbalanced quotes, control
 * characters and very long text get results or an empty list, never a procedure failure or
 * an internal error. Inputs come from a seeded generator; a failure lists the inputs it failed on.
 */
class HostileSearchIT extends SeededApiTest {

	static final int INPUTS = 1000;

	static final long SEED = 20261123L;

	@Test
	void anyStringGetsResultsOrAnEmptyList() {
		var inputs = new RandomText(SEED).strings().limit(INPUTS).toList();
		var failures = new ArrayList<String>();
		int withHits = 0;
		int refusals = 0;
		for (String input : inputs) {
			var response = this.http.post("query($q: String!) { search(query: $q, first: 3) { totalCount edges { snippet node { id } } } }",
					Map.of("q", input));
			var answer = GraphQlHttp.parse(response.body());
			List<?> errors = answer.read("$.errors", List.class);
			Integer total = answer.read("$.data.search.totalCount", Integer.class);
			boolean refused = errors != null && errors.size() == 1
					&& "BAD_REQUEST".equals(answer.read("$.errors[0].extensions.classification", String.class))
					&& "query".equals(answer.read("$.errors[0].extensions.argument", String.class));
			if (response.statusCode() == 200 && refused) {
				refusals++;
			}
			else if (response.statusCode() != 200 || errors != null || total == null) {
				failures.add(response.statusCode() + " for " + abbreviate(input) + ": " + abbreviate(response.body()));
			}
			else if (total > 0) {
				withHits++;
			}
		}
		assertThat(failures).as("inputs generated from seed %d that failed", SEED).isEmpty();
		assertThat(withHits).as("some generated inputs contain real words").isGreaterThan(0);
		assertThat(refusals).as("some generated inputs are longer than 32 words").isGreaterThan(0);
	}

	/**
	 * Texts that are one space-separated word but split into more than 1,024 index tokens (the
	 * index's clause limit) failed with INTERNAL_ERROR: now a typed BAD_REQUEST naming the argument,
	 * in search and in the instruments' text filter alike; 32 such words still search.
	 */
	@Test
	void tokenHeavyTextsAreRefusedWithABadRequest() {
		for (String text : List.of("a,".repeat(1024) + "a", "\uD83D\uDE00".repeat(1025), "\u7F51".repeat(1025))) {
			var search = GraphQlHttp.parse(this.http
				.post("query($q: String!) { search(query: $q) { totalCount } }", Map.of("q", text))
				.body());
			assertThat(search.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
			assertThat(search.read("$.errors[0].extensions.argument", String.class)).isEqualTo("query");
			assertThat(search.read("$.errors[0].message", String.class))
				.startsWith("'query' has more than 32 words as the search index counts them");
			var filter = GraphQlHttp.parse(this.http
				.post("query($q: String!) { instruments(filter: {text: $q}) { totalCount } }", Map.of("q", text))
				.body());
			assertThat(filter.read("$.errors[0].extensions.classification", String.class)).isEqualTo("BAD_REQUEST");
			assertThat(filter.read("$.errors[0].extensions.argument", String.class)).isEqualTo("filter.text");
		}
		var answer = this.http.query("query($q: String!) { search(query: $q) { totalCount } }",
				Map.of("q", "governments,".repeat(31) + "governments"));
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.search.totalCount", Integer.class)).isEqualTo(
				this.http.query("{ search(query: \"governments\") { totalCount } }").read("$.data.search.totalCount", Integer.class));
	}

	private static String abbreviate(String text) {
		String printable = text.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() > 120) ? printable.substring(0, 120) + "…(" + text.length() + " chars)" : printable;
	}

}
