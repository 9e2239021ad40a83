package org.govgraph.client.model;

/**
 * Where a delivery stands.
 */
public enum WebhookDeliveryStatus {

	/**
	 * Not delivered yet: the next attempt is due at {@code nextAttemptAt}.
	 */
	PENDING,

	/**
	 * A 2xx answer was received.
	 */
	DELIVERED,

	/**
	 * Given up: no attempt succeeded within the retry duration ({@code govgraph.webhooks.max-retry-
	 * duration}).
	 */
	FAILED;

}
