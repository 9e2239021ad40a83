package org.govgraph.api.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@link WebhookDispatcher}) and which URLs they may have
 * ({@link WebhookAddresses}).
 *
 * @param enabled whether this instance delivers webhooks (every instance may: deliveries are claimed in the graph)
 * @param allowLoopback whether URLs on loopback addresses (127.0.0.0/8, ::1, {@code localhost}) are
 * accepted, for tests and local use; private, link-local and other internal ranges are refused always
 * @param pollInterval how long the dispatcher waits between two rounds when it found nothing to do
 * @param initialBackoff the wait after the first failed attempt; it doubles after each further one
 * @param maxRetryDuration how long after its change a delivery is still retried; the attempt
 * that would come later is not made, and the delivery is {@code FAILED}
 * @param timeout the most one attempt takes to connect, and then to get its answer
 * @param batchSize the most changes, and the most deliveries, one round of the dispatcher takes
 */
@ConfigurationProperties("govgraph.webhooks")
public record WebhookProperties(@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean allowLoopback,
		@DefaultValue("250ms") Duration pollInterval, @DefaultValue("1s") Duration initialBackoff,
		@DefaultValue("24h") Duration maxRetryDuration, @DefaultValue("5s") Duration timeout,
		@DefaultValue("50") int batchSize) {
}
