package org.govgraph.client;

import java.time.Duration;

/**
 * When a request refused with HTTP 429 ({@code RATE_LIMITED}) is sent again: after the wait the
 * server names in {@code Retry-After} (or {@code defaultWait} when it names none), at most
 * {@code maxAttempts} times in all, and only while the waits add up to no more than
 * {@code maxTotalWait}; past either bound the client throws {@link RateLimitedException}. No other
 * error is retried. The API refuses a rate-limited request before executing any of it (its budget
 * is checked before the operation runs), so a mutation refused with 429 changed nothing and is
 * retried like a query unless {@code retryMutations} is false.
 *
 * @param maxAttempts how many times a request is sent at most (1: never retried)
 * @param maxTotalWait the longest the waits of one request may add up to
 * @param defaultWait the wait when a 429 has no usable {@code Retry-After}
 * @param retryMutations whether mutations refused with 429 are retried too
 */
public record RetryPolicy(int maxAttempts, Duration maxTotalWait, Duration defaultWait, boolean retryMutations) {

	/** Three attempts, at most 30 s of waiting in all, 1 s when the server names no wait; mutations too. */
	public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofSeconds(1), true);

	/** Never retried: a 429 is thrown at once. */
	public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, false);

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
		}
		if (maxTotalWait == null || maxTotalWait.isNegative() || defaultWait == null || defaultWait.isNegative()) {
			throw new IllegalArgumentException("maxTotalWait and defaultWait must be zero or more");
		}
	}

}
