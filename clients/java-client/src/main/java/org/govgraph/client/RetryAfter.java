package org.govgraph.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@code Retry-After} header (RFC 9110, section 10.2.3): delay-seconds or an HTTP-date. */
public final class RetryAfter {

	private RetryAfter() {
	}

	/**
	 * The wait a {@code Retry-After} value asks for, from {@code now}: {@code "120"} is two minutes,
	 * {@code "Wed, 02 Dec 2026 05:00:00 GMT"} the time until then (zero when it has passed); null for
	 * no value or one that is neither.
	 */
	public static Duration parse(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		if (text.chars().allMatch(Character::isDigit)) {
			try {
				return Duration.ofSeconds(Long.parseLong(text));
			}
			catch (NumberFormatException tooLong) {
				return null;
			}
		}
		try {
			Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(now, at);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
