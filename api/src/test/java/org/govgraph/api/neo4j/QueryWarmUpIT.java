package org.govgraph.api.neo4j;

import java.util.List;
import java.util.Map;

import org.govgraph.api.limits.ClientBudgets;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.api.support.SeededApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents the app runs before readiness (and the one it sends to its own port) are valid
 * read queries that reach the graph, and what it sends over HTTP is charged to its own budget.
 */
class QueryWarmUpIT extends SeededApiTest {

	@Autowired
	ClientBudgets budgets;

	@Test
	void everyWarmUpDocumentIsAnsweredWithDataAndNoError() {
		for (String document : QueryWarmUp.DOCUMENTS) {
			var answer = this.http.query(document);
			assertThat(answer.read("$.errors", List.class)).as(document).isNull();
			assertThat(answer.read("$.data", Map.class)).as(document).isNotEmpty();
		}
		var first = this.http.query(QueryWarmUp.DOCUMENTS.getFirst());
		assertThat(first.read("$.data.instruments.totalCount", Integer.class)).isPositive();
		var third = this.http.query(QueryWarmUp.DOCUMENTS.get(2));
		assertThat(third.read("$.data.path.length", Integer.class)).isEqualTo(3);
		// the request it sends to its own port, body as it is
		var overHttp = this.http.send(this.http.request("/graphql")
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(QueryWarmUp.OVER_HTTP)));
		assertThat(overHttp.statusCode()).isEqualTo(200);
		assertThat(GraphQlHttp.parse(overHttp.body()).read("$.data.node.id", String.class))
			.isEqualTo("SW5zdHJ1bWVudDppdHUvd3RwZi0xMy9vcGluaW9uLzU");
	}

	/** The warm-up's requests over HTTP ran at start, and spent the warm-up's budget, not the loopback address's. */
	@Test
	void theWarmUpKeySpendsABudgetOfItsOwn() {
		long loopback = this.budgets.remaining("address:127.0.0.1");
		// 1 + 100 × (edges 1 + node 1 + key 1) = 301 points
		String query = "{ fora(first: 100) { edges { node { key } } } }";
		var response = this.http.post(query, Map.of(), Map.of("X-API-Key", this.budgets.warmUpKey()));
		assertThat(response.statusCode()).isEqualTo(200);
		var answer = GraphQlHttp.parse(response.body());
		assertThat(answer.read("$.extensions.cost.requested", Integer.class)).isEqualTo(301);
		long perMinute = this.budgets.perMinute();
		// spent from the warm-up's own bucket (full again, or nearly, since the start's rounds); the loopback address's
		// is untouched (LimitsIT finds the loopback budget whole after the warm-up's rounds at start)
		assertThat(answer.read("$.extensions.cost.remaining", Long.class)).isLessThanOrEqualTo(perMinute - 301);
		assertThat(this.budgets.remaining("address:127.0.0.1")).isGreaterThanOrEqualTo(loopback);
		assertThat(QueryWarmUp.HTTP_ROUNDS).isEqualTo(20);
	}

}
