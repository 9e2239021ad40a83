package org.govgraph.client;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

	static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

	@Test
	void delaySeconds() {
		assertThat(RetryAfter.parse("7", NOW)).isEqualTo(Duration.ofSeconds(7));
		assertThat(RetryAfter.parse(" 120 ", NOW)).isEqualTo(Duration.ofMinutes(2));
		assertThat(RetryAfter.parse("0", NOW)).isEqualTo(Duration.ZERO);
	}

	@Test
	void httpDateFromNow() {
		assertThat(RetryAfter.parse("Wed, 02 Dec 2026 05:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
		// A date that has passed asks for no wait.
		assertThat(RetryAfter.parse("Wed, 02 Dec 2026 04:59:00 GMT", NOW)).isEqualTo(Duration.ZERO);
	}

	@Test
	void nothingUsable() {
		assertThat(RetryAfter.parse(null, NOW)).isNull();
		assertThat(RetryAfter.parse("", NOW)).isNull();
		assertThat(RetryAfter.parse("-3", NOW)).isNull();
		assertThat(RetryAfter.parse("soon", NOW)).isNull();
		assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isNull();
	}

}
