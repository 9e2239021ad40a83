package org.govgraph.api.abuse;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that run out of time together are each answered within a small margin of their
 * deadline, and the executions they leave are cancelled: they stop resolving fields, log one
 * line per request (not one stack trace per field, which once grew a log by gigabytes and kept
 * both cores busy for minutes), leave no Neo4j transaction running, and leave the CPU idle.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "govgraph.limits.request-timeout=" + ConcurrentTimeoutIT.TIMEOUT_MILLIS + "ms",
		"spring.transaction.default-timeout=2s", "govgraph.limits.cost-per-minute=100000000" })
class ConcurrentTimeoutIT extends SeededApiTest {

	static final String HEAVY = """
			{ instruments(first: 100) { edges { node { key title paragraphs(first: 100) { totalCount }
			  citedBy(depth: 3) { depth source { id } } cites { pinpoint } } } } }""";

	static final long TIMEOUT_MILLIS = 25;

	/** How late an answer may be past the deadline, on a busy two-core machine. */
	static final long MARGIN_MILLIS = 1_500;

	record Outcome(int status, long millis, String correlationId) {
	}

	@Test
	void concurrentTimeoutsAreAnsweredInTimeAndLeaveNothingRunning(CapturedOutput output) throws Exception {
		var outcomes = new ArrayList<Outcome>();
		try (var pool = Executors.newFixedThreadPool(6)) {
			var futures = new ArrayList<Future<Outcome>>();
			for (int i = 0; i < 24; i++) {
				futures.add(pool.submit((Callable<Outcome>) () -> {
					long started = System.nanoTime();
					HttpResponse<String> response = this.http.post(HEAVY, Map.of());
					long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
					return new Outcome(response.statusCode(), millis,
							response.headers().firstValue("X-Correlation-Id").orElseThrow());
				}));
			}
			for (var future : futures) {
				outcomes.add(future.get());
			}
		}
		var timedOut = outcomes.stream().filter((o) -> o.status() == 504).toList();
		assertThat(outcomes).allSatisfy((o) -> assertThat(o.status()).isIn(200, 504));
		// How many cannot finish in time depends on the machine (at 150 ms it was 4 of 24 on one idle
		// machine and none on a faster one, which failed the test there); what follows must hold for
		// each that did not.
		assertThat(timedOut).as("some of these requests cannot finish in %d ms", TIMEOUT_MILLIS).isNotEmpty();
		assertThat(outcomes).allSatisfy((o) -> assertThat(o.millis()).as("answered within the deadline and a margin")
			.isLessThan(TIMEOUT_MILLIS + MARGIN_MILLIS));

		// Nothing keeps running: no transaction (each is bounded by the time its request had left) ...
		List<String> running = runningTransactions();
		long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (!running.isEmpty() && System.nanoTime() < until) {
			Thread.sleep(100);
			running = runningTransactions();
		}
		assertThat(running).isEmpty();
		// ... and no work: over two seconds the app uses less than half a core.
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuBefore = os.getProcessCpuTime();
		Thread.sleep(2_000);
		long cpuNanos = os.getProcessCpuTime() - cpuBefore;
		assertThat(Duration.ofNanos(cpuNanos)).isLessThan(Duration.ofMillis(1_000));

		// One log line per request, none per cancelled field.
		String log = output.getAll();
		assertThat(log).doesNotContain("Unresolved").doesNotContain("AbortExecutionException");
		for (var outcome : outcomes) {
			assertThat(log.lines().filter((line) -> line.contains("correlationId=" + outcome.correlationId())))
				.as("request log lines of %s", outcome.correlationId())
				.hasSize(1);
		}
		assertThat(log.lines().filter((line) -> line.contains("graphql operation=") && line.contains("TIMEOUT")))
			.hasSize(timedOut.size())
			.as("a timed-out request's log line says what it was costed at")
			.anyMatch((line) -> line.contains("cost=14701 "));
		// The app is not left impaired: the next request is answered.
		var answer = GraphQlHttp.parse(this.http.post("{ __typename }", Map.of()).body());
		assertThat(answer.read("$.data.__typename", String.class)).isEqualTo("Query");
	}

	private static List<String> runningTransactions() {
		try (var driver = TestNeo4j.get().newDriver(); var session = driver.session()) {
			return session
				.run("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN currentQuery")
				.list((r) -> r.get("currentQuery").asString());
		}
	}

}
