package org.govgraph.api.abuse;

import java.util.Map;

import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus metrics for GraphQL, data fetchers, Neo4j and the limits; one log line per request. */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT extends SeededApiTest {

	@Test
	void metricsForPrometheus() {
		this.http.query("query Fora { fora(first: 2) { edges { node { id acronym } } } }");
		this.http.post("{ fora(first: 101) { totalCount } }", Map.of());
		var metrics = this.http.get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("graphql_request_seconds_count{")
			.contains("graphql_datafetcher_seconds_count{")
			.contains("govgraph_cypher_statements_total")
			.contains("govgraph_graphql_cost_count")
			.contains("govgraph_graphql_rejected_total{limit=\"first\"}")
			.contains("govgraph_neo4j_circuit_open 0.0");
		// data fetchers are timed at the root only: fora, not the id of each forum
		assertThat(metrics.body().lines().filter((l) -> l.startsWith("graphql_datafetcher_seconds_count{")))
			.anyMatch((l) -> l.contains("graphql_field_name=\"fora\""))
			.noneMatch((l) -> l.contains("graphql_field_name=\"id\""));
	}

	@Test
	void oneLogLinePerRequest(CapturedOutput output) {
		var response = this.http.post("query FindItu { forum(acronym: \"ITU\") { name } }", Map.of());
		String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
		var lines = output.getOut().lines().filter((line) -> line.contains("correlationId=" + id)).toList();
		assertThat(lines).hasSize(1);
		assertThat(lines.getFirst()).contains("graphql operation=FindItu cost=2 durationMs=").contains("errors=0");
	}

}
