package org.govgraph.api.abuse;

import java.util.Map;

import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy listed as trusted, a client's budget is keyed by the address the proxy
 * forwards (Tomcat's RemoteIpValve); LimitsIT shows that without that setting the header is ignored.
 */
@TestPropertySource(properties = { "govgraph.limits.cost-per-minute=500",
		"server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1" })
class TrustedProxyIT extends SeededApiTest {

	static final String QUERY = "{ fora(first: 100) { edges { node { key } } } }";

	@Test
	void eachForwardedAddressHasItsOwnBudget() {
		var first = this.http.post(QUERY, Map.of(), Map.of("X-Forwarded-For", "203.0.113.7"));
		var again = this.http.post(QUERY, Map.of(), Map.of("X-Forwarded-For", "203.0.113.7"));
		var other = this.http.post(QUERY, Map.of(), Map.of("X-Forwarded-For", "203.0.113.8"));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(429);
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(GraphQlHttp.parse(other.body()).read("$.extensions.cost.remaining", Integer.class)).isBetween(199, 205);
	}

}
