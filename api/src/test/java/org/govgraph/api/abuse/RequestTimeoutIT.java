package org.govgraph.api.abuse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that runs past its time limit is answered with a typed {@code TIMEOUT} error and
 * HTTP 504, and leaves no Neo4j transaction running.
 */
@TestPropertySource(properties = { "govgraph.limits.request-timeout=1ms", "spring.transaction.default-timeout=2s" })
class RequestTimeoutIT extends SeededApiTest {

	@Test
	void aRequestPastItsTimeLimitIsAnswered504AndLeavesNoTransactionRunning() throws InterruptedException {
		var response = this.http.post("""
				{ instruments(first: 100) { edges { node { key paragraphs(first: 100) { totalCount } citedBy(depth: 3) { depth } } } } }""",
				Map.of());
		assertThat(response.statusCode()).isEqualTo(504);
		var answer = GraphQlHttp.parse(response.body());
		assertThat(answer.read("$.errors[0].message", String.class)).isEqualTo("The request did not finish within 1 ms");
		assertThat(answer.read("$.errors[0].extensions", Map.class)).containsEntry("classification", "TIMEOUT")
			.containsEntry("limit", "timeout")
			.containsEntry("max", 1);

		// Whatever was still running is bounded by the transaction timeout and gone soon after.
		var deadline = Instant.now().plus(Duration.ofSeconds(10));
		List<String> running = List.of("?");
		while (Instant.now().isBefore(deadline) && !running.isEmpty()) {
			Thread.sleep(200);
			try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
				running = session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN currentQuery")
					.list((r) -> r.get("currentQuery").asString());
			}
		}
		assertThat(running).isEmpty();
	}

}
