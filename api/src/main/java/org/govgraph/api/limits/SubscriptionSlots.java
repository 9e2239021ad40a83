package org.govgraph.api.limits;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLError;
import org.govgraph.api.limits.LimitError.Classification;
import reactor.core.publisher.Flux;

import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.stereotype.Component;

/**
 * How many subscriptions each client holds open on this instance, bounded by
 * {@code govgraph.limits.subscriptions-per-client}: a client is known as its requests' budgets
 * know it ({@link ClientBudgets#clientKey}). A slot is taken when a subscription's stream is
 * subscribed to and given back however it ends (completed, failed, cancelled by the client or by
 * a closed connection), so no path leaks one. A subscription whose client holds all its slots
 * when its stream starts fails at once, before it reads anything, with a {@code LIMIT_EXCEEDED}
 * error naming the limit (over graphql-ws, the {@code error} message of the subscription).
 */
@Component
public class SubscriptionSlots {

	/** The name of the limit, as errors give it. */
	public static final String LIMIT = "subscriptionsPerClient";

	private final int max;

	private final ConcurrentHashMap<String, Integer> held = new ConcurrentHashMap<>();

	public SubscriptionSlots(LimitsProperties limits) {
		this.max = limits.subscriptionsPerClient();
	}

	/** The most subscriptions one client may hold at once. */
	public int max() {
		return this.max;
	}

	/** How many subscriptions the client holds now. */
	public int held(String client) {
		return this.held.getOrDefault(client, 0);
	}

	/**
	 * The stream, holding one of the client's slots from when it is subscribed to until it ends;
	 * when the client holds all its slots by then, a stream that fails at once with the
	 * {@code LIMIT_EXCEEDED} error.
	 */
	public <T> Flux<T> bound(String client, Flux<T> stream) {
		return Flux.defer(() -> {
			int[] open = new int[1];
			boolean[] taken = new boolean[1];
			this.held.compute(client, (key, count) -> {
				int now = (count != null) ? count : 0;
				open[0] = now;
				taken[0] = now < this.max;
				return taken[0] ? Integer.valueOf(now + 1) : count;
			});
			if (!taken[0]) {
				return Flux.error(new SubscriptionPublisherException(List.of(exceeded(open[0] + 1)), null));
			}
			return stream.doFinally((signal) -> release(client));
		});
	}

	private void release(String client) {
		this.held.computeIfPresent(client, (key, count) -> (count > 1) ? count - 1 : null);
	}

	private GraphQLError exceeded(int wanted) {
		return LimitError.exceeded(Classification.LIMIT_EXCEEDED, LIMIT, this.max, wanted,
				"this client's open subscriptions would number");
	}

}
