package org.govgraph.api.abuse;

import java.util.List;
import java.util.Map;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose answer outgrows the response size limit is stopped while it is built and
 * answered with a typed LIMIT_EXCEEDED error instead of the answer (it used to return 33 MiB
 * for a request the cost model let through).
 */
@TestPropertySource(properties = "govgraph.limits.max-response-size=2KB")
class ResponseSizeIT extends SeededApiTest {

	static final String TEXTS = """
			{ instrument(key: "itu/wtpf-13/media-backgrounder") { paragraphs(first: 100) { edges { node { text } } } } }""";

	@Test
	void anAnswerLargerThanTheLimitIsRefusedWithATypedError() {
		var response = this.http.post(TEXTS, Map.of());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body().length()).isLessThan(1_000);
		var answer = GraphQlHttp.parse(response.body());
		assertThat(answer.read("$.data", Object.class)).isNull();
		assertThat(answer.read("$.errors.length()", Integer.class)).isEqualTo(1);
		assertThat(answer.read("$.errors[0].extensions", Map.class)).containsEntry("classification", "LIMIT_EXCEEDED")
			.containsEntry("limit", "responseSize")
			.containsEntry("max", 2048);
		assertThat(answer.read("$.errors[0].extensions.actual", Integer.class)).isGreaterThan(2048);
		assertThat(answer.read("$.errors[0].message", String.class))
			.startsWith("The request exceeds the responseSize limit: the response's size in bytes reached about ");
		assertThat(answer.read("$.errors[0].extensions.correlationId", String.class))
			.isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
	}

	@Test
	void anAnswerWithinTheLimitIsUntouched() {
		var answer = this.http.query("""
				{ instrument(key: "itu/wtpf-13/media-backgrounder") { paragraphs(first: 2) { edges { node { eId } } } } }""");
		assertThat(answer.read("$.errors", List.class)).isNull();
		assertThat(answer.read("$.data.instrument.paragraphs.edges[*].node.eId", List.class)).hasSize(2);
	}

}
