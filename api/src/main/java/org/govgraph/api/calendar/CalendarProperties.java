package org.govgraph.api.calendar;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The iCalendar feeds ({@link CalendarFeedController}).
 *
 * @param publicBaseUrl the address the API is reached at from outside (behind a proxy), e.g.
 * {@code https://graph.example.org}; unset: the address of each request
 * @param refreshInterval how often a subscribed client should fetch a feed again
 * ({@code REFRESH-INTERVAL}, {@code X-PUBLISHED-TTL})
 * @param cancelledRetention how long a retired event stays in the feeds as {@code STATUS:CANCELLED},
 * so that subscribed clients remove it, before it leaves them
 * @param feedCost the cost points one feed request takes from its client's per-minute budget
 * (the budget GraphQL requests spend too)
 */
@ConfigurationProperties("govgraph.calendar")
public record CalendarProperties(URI publicBaseUrl, @DefaultValue("PT6H") Duration refreshInterval,
		@DefaultValue("P30D") Duration cancelledRetention, @DefaultValue("20") long feedCost) {
}
