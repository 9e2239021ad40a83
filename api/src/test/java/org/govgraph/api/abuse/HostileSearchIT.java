package org.govgraph.api.abuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search takes any string: generated inputs full of Lucene syntax, unbalanced quotes, control
 * characters and very long text get results or an empty list, never a procedure failure or
 * an internal error. Inputs come from jqwik's generators; a failure lists the inputs it failed on.
 */
class HostileSearchIT extends SeededApiTest {

	static final String LUCENE = "+-&|!(){}[]^\"~*?:\\/ AND OR NOT";

	static final int INPUTS = 1000;

	static Arbitrary<String> hostileText() {
		var lucene = Arbitraries.strings().withChars(LUCENE.toCharArray()).ofMinLength(1).ofMaxLength(40);
		var control = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(10);
		var mixed = Arbitraries.strings()
			.withCharRange('\u0000', '\u024f')
			.withChars(LUCENE.toCharArray())
			.withChars("multistakeholder governments \"'`".toCharArray())
			.ofMinLength(0)
			.ofMaxLength(200);
		var huge = Arbitraries.strings().withChars("ab \"(*:\\".toCharArray()).ofLength(10_000);
		var words = Arbitraries.of("multistakeholder", "\"Tunis Agenda", "role AND (governments", "WSIS*", "para. 35",
				"ITU's", "“quoted”", "NOT", "OR OR OR", "\\", "\"", "*", "?~2", "a:b", "[1 TO 2]", "");
		return Arbitraries.oneOf(lucene, control, mixed, huge.injectDuplicates(0.0), words);
	}

	@Test
	void anyStringGetsResultsOrAnEmptyList() {
		var inputs = hostileText().sampleStream().limit(INPUTS).toList();
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
		assertThat(failures).isEmpty();
		assertThat(withHits).as("some generated inputs contain real words").isGreaterThan(0);
	}

	private static String abbreviate(String text) {
		String printable = text.replaceAll("\\p{Cntrl}", "?");
		return (printable.length() > 120) ? printable.substring(0, 120) + "…(" + text.length() + " chars)" : printable;
	}

}
