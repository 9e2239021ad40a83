package org.govgraph.api.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.govgraph.api.support.SeededApiTest;
import org.govgraph.client.GovernanceGraphClient;
import org.govgraph.client.RateLimitedException;
import org.govgraph.client.RetryPolicy;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The client's answer to 429 through the real rate limiter, given a tiny budget: 600 cost points
 * a minute (10 a second) per API key. One client retries after the {@code Retry-After} the API
 * names and then succeeds; one whose policy allows less waiting than the API asks for gives up at
 * once with a typed {@code RATE_LIMITED}.
 */
@TestPropertySource(properties = { "govgraph.limits.cost-per-minute=600", "govgraph.limits.api-keys=patient,impatient",
		"govgraph.limits.refusal-delay=0ms" })
class JavaClientRateLimitIT extends SeededApiTest {

	@LocalServerPort
	int localPort;

	record Retry(int attempt, Duration delay, String classification, int status, String correlationId) {
	}

	/** Spends the key's budget with forum look-ups (about 111 points each) until the API refuses one. */
	private static int spend(GovernanceGraphClient client) {
		for (int i = 1; i <= 20; i++) {
			try {
				client.forum("ITU");
			}
			catch (RateLimitedException refused) {
				return i;
			}
		}
		throw new AssertionError("never rate limited");
	}

	@Test
	void retriesAfterRetryAfterAndThenSucceeds() {
		var retries = new ArrayList<Retry>();
		var noRetry = GovernanceGraphClient.builder("http://127.0.0.1:" + this.localPort).apiKey("patient")
			.retryPolicy(RetryPolicy.NONE).build();
		int refusedAt = spend(noRetry);
		assertThat(refusedAt).isBetween(5, 7);

		var patient = GovernanceGraphClient.builder("http://127.0.0.1:" + this.localPort)
			.apiKey("patient")
			.retryPolicy(new RetryPolicy(5, Duration.ofSeconds(40), Duration.ofSeconds(1), true))
			.retryListener((document, attempt, wait, refusal) -> retries
				.add(new Retry(attempt, wait, refusal.classification(), refusal.httpStatus(), refusal.correlationId())))
			.build();
		long started = System.nanoTime();
		var itu = patient.forum("ITU").orElseThrow();
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(itu.acronym()).isEqualTo("ITU");
		assertThat(retries).isNotEmpty();
		Retry first = retries.get(0);
		assertThat(first.attempt()).isEqualTo(1);
		assertThat(first.classification()).isEqualTo("RATE_LIMITED");
		assertThat(first.status()).isEqualTo(429);
		assertThat(first.correlationId()).isNotBlank();
		assertThat(first.delay()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(12));
		Duration waited = retries.stream().map(Retry::delay).reduce(Duration.ZERO, Duration::plus);
		assertThat(took).isGreaterThanOrEqualTo(waited);
		System.out.println("refused at request " + refusedAt + "; retries " + retries + "; answered after " + took.toMillis() + " ms");
	}

	@Test
	void givesUpWithATypedRateLimitedWhenTheWaitIsOverItsBound() {
		var impatient = GovernanceGraphClient.builder("http://127.0.0.1:" + this.localPort)
			.apiKey("impatient")
			.retryPolicy(new RetryPolicy(3, Duration.ofMillis(500), Duration.ofMillis(100), true))
			.build();
		var refusal = new ArrayList<RateLimitedException>();
		assertThatExceptionOfType(RateLimitedException.class).isThrownBy(() -> {
			for (int i = 0; i < 20; i++) {
				impatient.forum("ITU");
			}
		}).satisfies(refusal::add);
		RateLimitedException ex = refusal.get(0);
		assertThat(ex.classification()).isEqualTo("RATE_LIMITED");
		assertThat(ex.httpStatus()).isEqualTo(429);
		assertThat(ex.attempts()).isEqualTo(1);
		assertThat(ex.retryAfter()).isGreaterThan(Duration.ofMillis(500));
		assertThat(ex.correlationId()).isNotBlank();
		System.out.println(ex.getMessage() + " retryAfter=" + ex.retryAfter());
	}

}
