package org.govgraph.clients.benchmark;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Summing samples of the Prometheus text format, as the API's actuator writes it. */
class PrometheusTextTest {

	static final String TEXT = """
			# HELP govgraph_cypher_statements_total Cypher statements the API has sent to Neo4j
			# TYPE govgraph_cypher_statements_total counter
			govgraph_cypher_statements_total 30.0
			# HELP jvm_memory_used_bytes The amount of used memory
			# TYPE jvm_memory_used_bytes gauge
			jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 7.9691776E7
			jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 7.5238304E7
			jvm_memory_used_bytes{area="heap",id="G1 Survivor Space"} 1.3826592E7
			jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 1.2E8
			jvm_memory_used_bytes{area="nonheap",id="heap-like, area=\\"heap\\""} 5.0
			jvm_memory_used_bytes_max{area="heap"} 9.9E9
			""";

	@Test
	void aMetricWithoutLabelsIsItsOneSample() {
		assertThat(PrometheusText.sum(TEXT, "govgraph_cypher_statements_total")).isEqualTo(30.0);
	}

	@Test
	void samplesAreSummedOverTheirLabelsAndOnlyTheAskedMetric() {
		assertThat(PrometheusText.sum(TEXT, "jvm_memory_used_bytes", Map.of("area", "heap")))
			.isEqualTo(7.9691776E7 + 7.5238304E7 + 1.3826592E7);
		assertThat(PrometheusText.sum(TEXT, "jvm_memory_used_bytes", Map.of("area", "nonheap"))).isEqualTo(1.2E8 + 5.0);
		assertThat(PrometheusText.sum(TEXT, "jvm_memory_used_bytes"))
			.isEqualTo(7.9691776E7 + 7.5238304E7 + 1.3826592E7 + 1.2E8 + 5.0);
	}

	@Test
	void anAbsentMetricSumsToZero() {
		assertThat(PrometheusText.sum(TEXT, "govgraph_requests_total")).isZero();
		assertThat(PrometheusText.sum(TEXT, "jvm_memory_used_bytes", Map.of("area", "stack"))).isZero();
	}

}
