package org.govgraph.api.scale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.govgraph.api.GovernanceGraphApplication;
import org.govgraph.api.support.CuratedApiTest;
import org.govgraph.api.support.GraphQlHttp;
import org.govgraph.model.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two API instances on one Neo4j, as behind a load balancer: A (the test's application) and B,
 * started here with the same settings. They share nothing but the graph: a cursor of one pages
 * on the other, a write through one is read at once through the other and in both change logs
 * at the same sequence, and each keeps its own cost budgets (a client that has spent its budget
 * on B is still served by A).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "govgraph.limits.cost-per-minute=" + ScaleOutIT.BUDGET,
		"govgraph.limits.max-cost=" + ScaleOutIT.BUDGET, "govgraph.limits.api-keys=" + ScaleOutIT.API_KEY })
class ScaleOutIT extends CuratedApiTest {

	/** The cost points a client may spend per minute on each instance: some fifty of the small query below. */
	static final int BUDGET = 3000;

	/** An API key both instances issued: its client has budgets of its own, apart from this address's. */
	static final String API_KEY = "scale-out-it";

	private ConfigurableApplicationContext instanceB;

	private GraphQlHttp b;

	@BeforeAll
	void startInstanceB() {
		var arguments = new ArrayList<>(List.of("--server.port=0", "--govgraph.dataset.load-on-startup=false",
				"--govgraph.limits.cost-per-minute=" + BUDGET, "--govgraph.limits.max-cost=" + BUDGET,
				"--govgraph.limits.api-keys=" + API_KEY));
		arguments.addAll(TestNeo4j.forWrites().springArguments());
		this.instanceB = new SpringApplicationBuilder(GovernanceGraphApplication.class).run(arguments.toArray(String[]::new));
		this.b = new GraphQlHttp(((WebServerApplicationContext) this.instanceB).getWebServer().getPort());
	}

	@AfterAll
	void stopInstanceB() {
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	private static final String EVENTS = """
			query($after: String) { events(first: 3, after: $after) { pageInfo { endCursor } edges { node { key } } } }""";

	@Test
	void aCursorOfOneInstancePagesOnTheOther() {
		var firstPage = this.http.query(EVENTS, new HashMap<>());
		var after = new HashMap<String, Object>(Map.of("after", firstPage.read("$.data.events.pageInfo.endCursor", String.class)));
		List<String> onA = this.http.query(EVENTS, after).read("$.data.events.edges[*].node.key", List.class);
		List<String> onB = this.b.query(EVENTS, after).read("$.data.events.edges[*].node.key", List.class);
		assertThat(onB).hasSize(3).isEqualTo(onA);
		assertThat(onB).doesNotContainAnyElementsOf(firstPage.read("$.data.events.edges[*].node.key", List.class));
	}

	@Test
	void aWriteThroughOneInstanceIsReadAtOnceThroughTheOtherAndInBothChangeLogs() {
		String key = "scale-out-it/shared-graph";
		var created = asCurator("""
				mutation($key: String!) { createTopic(input: {key: $key, name: "Shared graph", kind: THEME,
				  provenance: [{kind: QUOTED, source: "itu/wtpf-13/media-backgrounder", locator: "para_2",
				                quote: "the global model for Internet governance"}]}) { topic { key } userErrors { message } } }
				""", Map.of("key", key));
		assertThat(created.read("$.data.createTopic.userErrors", List.class)).isEmpty();
		// no cache between the instances and the graph: B reads the topic at once
		var read = this.b.query("query($key: String!) { topic(key: $key) { key name } }", Map.of("key", key));
		assertThat(read.read("$.data.topic", Map.class)).isEqualTo(Map.of("key", key, "name", "Shared graph"));
		// one change log, in the graph: the same change at the same sequence through either instance
		var changes = "{ changes(first: 100, kinds: [TOPIC]) { edges { node { sequence key } } } }";
		List<Map<String, Object>> onA = this.http.query(changes).read("$.data.changes.edges[*].node", List.class);
		List<Map<String, Object>> onB = this.b.query(changes).read("$.data.changes.edges[*].node", List.class);
		assertThat(onB).isEqualTo(onA);
		assertThat(onB).filteredOn((c) -> key.equals(c.get("key"))).hasSize(1);
	}

	@Test
	void eachInstanceKeepsItsOwnCostBudgets() {
		String query = "{ fora(first: 20) { edges { node { key acronym } } } }";
		var headers = Map.of("X-API-Key", API_KEY);
		int status = 0;
		int served = 0;
		DocumentContext refused = null;
		List<Object> fora = null;
		for (int i = 0; i < 200 && refused == null; i++) {
			var answer = this.b.post(query, Map.of(), headers);
			var body = GraphQlHttp.parse(answer.body());
			if (answer.statusCode() == 200 && body.read("$.errors") == null) {
				served++;
				fora = body.read("$.data.fora.edges", List.class);
			}
			else {
				refused = body;
				status = answer.statusCode();
			}
		}
		assertThat(served).as("requests B served before the budget ran out").isBetween(1, 199);
		assertThat(status).isEqualTo(429);
		assertThat(refused.read("$.errors[0].extensions.classification", String.class)).isEqualTo("RATE_LIMITED");
		assertThat(refused.read("$.errors[0].extensions.limit", String.class)).isEqualTo("costPerMinute");
		// A has its own budget for the same client (the same key): untouched by what B counted
		var onA = GraphQlHttp.parse(this.http.post(query, Map.of(), headers).body());
		assertThat(onA.read("$.errors", List.class)).isNull();
		assertThat(onA.read("$.data.fora.edges", List.class)).isNotEmpty().isEqualTo(fora);
	}

}
