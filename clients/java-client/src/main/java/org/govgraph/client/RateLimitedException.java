package org.govgraph.client;

import java.time.Duration;
import java.util.List;

/**
 * {@code RATE_LIMITED} (HTTP 429): this client's cost budget is spent. The API refuses such a
 * request before executing it, so nothing was written. Thrown once the {@link RetryPolicy}'s
 * attempts or total wait are used up.
 */
public class RateLimitedException extends GovernanceGraphException {

	private final Duration retryAfter;

	private final int attempts;

	public RateLimitedException(String message, String argument, String correlationId, int httpStatus,
			List<GraphQlError> errors, Duration retryAfter, int attempts) {
		super(message, Classification.RATE_LIMITED, argument, correlationId, httpStatus, errors, null);
		this.retryAfter = retryAfter;
		this.attempts = attempts;
	}

	/** How long the server asked to wait ({@code Retry-After}) in its last answer; null when it did not say. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	/** How many times the request was sent before giving up. */
	public int attempts() {
		return this.attempts;
	}

}
