package org.govgraph.api.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.govgraph.api.security.HmacSecret;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventSyncTokensTest {

	private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");

	private final EventSyncTokens tokens = new EventSyncTokens(
			EventSyncTokens.derive(HmacSecret.decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ1Ng==")),
			Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void whatItSignsItReadsBackFieldForField() {
		String text = this.tokens.sign(List.of("eventChanges-sync-v1", "125", "1796174796", "itu/sg", ""));
		assertThat(this.tokens.verify(text)).containsExactly("eventChanges-sync-v1", "125", "1796174796", "itu/sg", "");
	}

	@Test
	void aChangedFieldOrAnotherKeyOrGarbageIsNotReadBack() {
		String text = this.tokens.sign(List.of("eventChanges-sync-v1", "125", "1796174796", ""));
		String tampered = text.replaceFirst("\\.MTI1\\.", ".MTI2.");
		assertThat(tampered).isNotEqualTo(text);
		assertThat(this.tokens.verify(tampered)).isNull();
		var other = new EventSyncTokens(EventSyncTokens.derive(HmacSecret.decode(
				"b3RoZXItb3RoZXItb3RoZXItb3RoZXItb3RoZXItMTI=")), Duration.ofDays(30), Clock.systemUTC());
		assertThat(other.verify(text)).isNull();
		for (String garbage : List.of("", ".", "abc", "a.b", "!!!.???", "x".repeat(5000))) {
			assertThat(this.tokens.verify(garbage)).as(garbage).isNull();
		}
	}

	@Test
	void freshForItsTtlAndNotFromTheFuture() {
		assertThat(this.tokens.fresh(NOW)).isTrue();
		assertThat(this.tokens.fresh(NOW.minus(Duration.ofDays(30)).plusSeconds(1))).isTrue();
		assertThat(this.tokens.fresh(NOW.minus(Duration.ofDays(30)))).isFalse();
		assertThat(this.tokens.fresh(NOW.plusSeconds(60))).isTrue();
		assertThat(this.tokens.fresh(NOW.plusSeconds(61))).isFalse();
	}

	@Test
	void theDerivedKeyIsNotTheBearerTokenKey() {
		var bearer = HmacSecret.decode("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ1Ng==");
		assertThat(EventSyncTokens.derive(bearer).getEncoded()).hasSize(32).isNotEqualTo(bearer.getEncoded());
	}

}
