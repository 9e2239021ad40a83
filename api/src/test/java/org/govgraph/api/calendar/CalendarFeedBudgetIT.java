package org.govgraph.api.calendar;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds spend the per-client budget that GraphQL requests spend: with a feed costing 60 000 of
 * the 100 000 points a minute, a client's second feed request is refused with 429,
 * {@code Retry-After} and a problem detail carrying the correlation id.
 */
@TestPropertySource(properties = "govgraph.calendar.feed-cost=60000")
class CalendarFeedBudgetIT extends SeededApiTest {

	@Test
	void aSpentBudgetRefusesTheNextFeed() {
		assertThat(this.http.get("/calendar/events.ics").statusCode()).isEqualTo(200);
		var refused = this.http.get("/calendar/fora/itu/sg.ics");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json;charset=UTF-8");
		var body = GraphQlHttp.parse(refused.body());
		assertThat(body.<String>read("$.correlationId"))
			.isEqualTo(refused.headers().firstValue("X-Correlation-Id").orElseThrow());
		assertThat(body.<Integer>read("$.status")).isEqualTo(429);
	}

}
