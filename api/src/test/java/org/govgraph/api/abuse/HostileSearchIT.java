package org.govgraph.api.abuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
		String apiKey = "hostile-search-" + UUID.randomUUID();
		for (String input : inputs) {
			var response = this.http.post("query($q: String!) { search(query: $q, first: 3) { totalCount edges { snippet node { id } } } }",
					Map.of("q", input), Map.of("X-API-Key", apiKey + "-" + (inputs.indexOf(input) / 500)));
			var answer = GraphQlHttp.parse(response.body());
			List<?> errors = answer.read("$.errors", List.class);
			Integer total = answer.read("$.data.search.totalCount", Integer.class);
			if (response.statusCode() != 200 || errors != null || total == null) {
				failures.add(response.statusCode() + " for " + abbreviate(input) + ": " + abbreviate(response.body()));
			}
			else if (total > 0) {
				withHits++;
			}
		}
		assertThat(failures).as("inputs generated from seed %d that failed", SEED).isEmpty();
		assertThat(withHits).as("some generated inputs contain real words").isGreaterThan(0);
	}

	private static String abbreviate(String text) {
		String printable = text.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() > 120) ? printable.substring(0, 120) + "…(" + text.length() + " chars)" : printable;
	}

}
