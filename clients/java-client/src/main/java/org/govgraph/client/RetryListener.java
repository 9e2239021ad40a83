package org.govgraph.client;

import java.time.Duration;

/** Told before each retry of a rate-limited request, e.g. to log it. */
@FunctionalInterface
public interface RetryListener {

	/**
	 * Called before the client waits and sends the request again.
	 * @param document the document's name, e.g. {@code events}
	 * @param attempt the attempt that was refused (1 for the first)
	 * @param wait how long the client waits now
	 * @param refusal the 429 as a typed exception (classification, correlation id, status)
	 */
	void beforeRetry(String document, int attempt, Duration wait, GovernanceGraphException refusal);

}
