package org.govgraph.api.curation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each API instance follows the change log in the graph for its subscribers
 * ({@link ChangeFeed}).
 *
 * @param pollInterval how long the follower waits between two reads of the log when it found
 * nothing more: the most a committed change waits before it reaches the subscribers
 * @param batchSize the most changes one read of the log takes; a full batch is followed at once
 * by the next
 * @param subscriberBuffer the most changes held for one subscriber that has not taken them yet
 * (beyond a few in hand); one more, and its subscription ends with an error telling it to
 * subscribe again with {@code after}. Keep it well above the batch size: the follower publishes
 * a batch at once, and a subscriber that keeps up takes it a moment later.
 */
@ConfigurationProperties("govgraph.changes")
public record ChangeFeedProperties(@DefaultValue("250ms") Duration pollInterval, @DefaultValue("100") int batchSize,
		@DefaultValue("512") int subscriberBuffer) {
}
